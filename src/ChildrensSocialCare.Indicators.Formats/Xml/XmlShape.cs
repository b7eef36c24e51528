using System.Globalization;

namespace ChildrensSocialCare.Indicators.Formats;

// The elements a format's record elements may hold, which of them may repeat, and the checks that go with that:
// an element the format does not use is ignored (reported once per name per file), a single element that repeats
// is reported (the first is used), and text between elements is reported.
internal sealed class XmlShape
{
    private readonly Dictionary<string, (HashSet<string> Single, HashSet<string> Multiple)> _elements = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ignoredReported = new(StringComparer.Ordinal);

    public XmlShape Element(string name, string single, string multiple = "")
    {
        _elements[name] = (
            new HashSet<string>(single.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal),
            new HashSet<string>(multiple.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal));
        return this;
    }

    public bool IsComplex(string name) => _elements.ContainsKey(name);

    public void ResetFile() => _ignoredReported.Clear();

    public void Check(XmlTreeNode node, FieldReader fr)
    {
        if (!_elements.TryGetValue(node.Name, out var allowed))
        {
            // A leaf: anything inside it other than its text is not part of the format.
            foreach (var child in node.Children)
            {
                Ignored(child, fr);
            }

            return;
        }

        if (!node.TrimmedText.IsEmpty)
        {
            Report(fr, node, DiagnosticSeverity.Warning, DiagnosticCodes.XmlUnexpectedText, null, node.TrimmedText.ToString(),
                "Text between elements is not part of the format; it is ignored.");
        }

        foreach (var child in node.Children)
        {
            if (allowed.Single.Contains(child.Name))
            {
                if (child.Index == 2)
                {
                    Report(fr, child, DiagnosticSeverity.Warning, DiagnosticCodes.XmlElementRepeated, child.Name, null,
                        $"<{node.Name}> holds one <{child.Name}>; the first is used and the others ignored.");
                }

                Check(child, fr);
            }
            else if (allowed.Multiple.Contains(child.Name))
            {
                Check(child, fr);
            }
            else
            {
                Ignored(child, fr);
            }
        }
    }

    public void Ignored(XmlTreeNode node, FieldReader fr)
    {
        if (_ignoredReported.Add(node.Name))
        {
            Report(fr, node, DiagnosticSeverity.Information, DiagnosticCodes.XmlElementIgnored, node.Name, null,
                string.Create(CultureInfo.InvariantCulture, $"<{node.Name}> is not an element this reader uses; it and its content are ignored (reported once per file)."));
        }
    }

    private static void Report(FieldReader fr, XmlTreeNode node, DiagnosticSeverity severity, string code, string? column, string? value, string message) =>
        fr.Findings.Add(new Diagnostic(severity, code, message)
        {
            Source = fr.Source,
            Line = node.Line > 0 ? node.Line : null,
            Element = node.Path,
            Column = column,
            Value = value,
            ChildId = fr.ChildId,
        });
}
