using System.Globalization;
using System.Runtime.InteropServices;

namespace ChildrensSocialCare.Indicators.Formats;

// Collects the diagnostics of one read call. Warnings and information repeat per kind, column and file at most
// MaxRepeatedFindings times; the rest are counted and summarised, so a systematic fault in a large file cannot make
// memory grow with the file. Errors are always kept: every rejected record is listed.
internal sealed class Findings(int maxRepeated)
{
    private readonly List<Diagnostic> _list = [];
    private readonly Dictionary<(string?, string, string?), int> _repeats = [];

    public IReadOnlyList<Diagnostic> All => _list;

    public void Add(Diagnostic diagnostic)
    {
        if (Admit(diagnostic.Severity, diagnostic.Source, diagnostic.Code, diagnostic.Column))
        {
            _list.Add(diagnostic);
        }
    }

    // Counts a finding and says whether it is to be listed (then pass it to List); a caller that builds many findings
    // asks first, so that it builds only those listed.
    public bool Admit(DiagnosticSeverity severity, string? source, string code, string? column)
    {
        if (severity == DiagnosticSeverity.Error)
        {
            return true;
        }

        ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_repeats, (source, code, column), out _);
        return seen++ < maxRepeated;
    }

    // Lists a finding that Admit let through.
    public void List(Diagnostic diagnostic) => _list.Add(diagnostic);

    // Summarises what was not listed for one source (every source when null); called when the source has been read.
    public void Close(string? source = null)
    {
        foreach (var ((s, code, column), seen) in _repeats.Where(r => (source is null || r.Key.Item1 == source) && r.Value > maxRepeated).ToList())
        {
            _list.Add(new Diagnostic(
                DiagnosticSeverity.Information,
                DiagnosticCodes.Suppressed,
                string.Create(CultureInfo.InvariantCulture, $"{seen - maxRepeated} more '{code}' findings not listed ({seen} in all)."))
            {
                Source = s,
                Column = column,
            });
            _repeats.Remove((s, code, column));
        }
    }
}
