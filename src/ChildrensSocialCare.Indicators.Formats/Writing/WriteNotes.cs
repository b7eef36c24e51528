using System.Globalization;

namespace ChildrensSocialCare.Indicators.Formats;

// What a writer could not write, counted per kind and reported once each with the count and an example child.
internal sealed class WriteNotes(string target)
{
    private readonly Dictionary<string, (int Count, string? Child)> _notes = new(StringComparer.Ordinal);

    public void Add(string what, string? child = null, int count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        _notes.TryGetValue(what, out var seen);
        _notes[what] = (seen.Count + count, seen.Child ?? child);
    }

    public IEnumerable<Diagnostic> Diagnostics() => _notes.Select(n => new Diagnostic(
        DiagnosticSeverity.Warning,
        DiagnosticCodes.WriteNotRepresentable,
        string.Create(CultureInfo.InvariantCulture, $"{n.Value.Count} x {n.Key}"))
    {
        Source = target,
        ChildId = n.Value.Child,
    });
}
