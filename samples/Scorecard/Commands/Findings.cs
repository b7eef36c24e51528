namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// The diagnostics of a table or CSV run, on standard error: a count, then the first ten, most severe first, one line
// each (the JSON output carries them all).
internal static class Findings
{
    public static void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        stderr.WriteLine();
        stderr.WriteLine($"{diagnostics.Count} finding(s) about the input and the evaluation ({errors} error(s), {warnings} warning(s)); the first:");
        foreach (var d in diagnostics.OrderByDescending(d => d.Severity).Take(10))
        {
            stderr.WriteLine($"  {ScorecardApp.OneLine(d.ToString())}");
        }

        if (diagnostics.Count > 10)
        {
            stderr.WriteLine("  ... (--format json lists them all)");
        }
    }
}
