using System.Xml;

namespace ChildrensSocialCare.Indicators.Formats;

// Walks the elements of a container (the root, Children) one at a time, so a document of any size is read with the
// memory of one record. Elements the caller does not take are skipped and reported by the shape.
internal sealed class XmlWalker(XmlReader reader, XmlShape shape, FieldReader fields)
{
    public XmlReader Reader { get; } = reader;

    public XmlSubtreeReader Subtrees { get; } = new(reader);

    public int LineNumber => Subtrees.LineNumber;

    // The reader is on the container's start tag. For each child element, take(name) either consumes it (leaving the
    // reader on its end tag, or on it when empty) and returns true, or returns false to skip it. Returns with the reader
    // on the container's end tag.
    // Moves to the document element and checks that it is the format's root; otherwise reports that nothing is read.
    public bool StartsWithRoot(string root, string format, Findings findings, string source)
    {
        Reader.MoveToContent();
        if (Reader.NodeType == XmlNodeType.Element && Reader.LocalName == root)
        {
            return true;
        }

        findings.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.XmlRootUnexpected,
            $"The root element is <{Reader.LocalName}>, not <{root}>: this is not {format}. Nothing is read.")
        {
            Source = source,
            Line = LineNumber,
        });
        return false;
    }

    public void Children(XmlTreeNode container, Func<string, bool> take)
    {
        if (Reader.IsEmptyElement)
        {
            return;
        }

        Next(container);
        while (Reader.NodeType != XmlNodeType.EndElement)
        {
            switch (Reader.NodeType)
            {
                case XmlNodeType.Element:
                    var name = Reader.LocalName;
                    if (take(name))
                    {
                        Next(container);
                    }
                    else
                    {
                        fields.Begin(null, container);
                        shape.Ignored(container.AddChild(name, LineNumber), fields);
                        Reader.Skip();
                        if (Reader.EOF)
                        {
                            throw new XmlException($"The document ends inside <{container.Name}>.", null, LineNumber, 0);
                        }
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    var text = Reader.Value.Trim();
                    if (text.Length > 0)
                    {
                        fields.Begin(LineNumber, container);
                        fields.Report(DiagnosticSeverity.Warning, DiagnosticCodes.XmlUnexpectedText, null, text,
                            "Text between elements is not part of the format; it is ignored.");
                    }

                    Next(container);
                    break;
                default:
                    Next(container);
                    break;
            }
        }
    }

    private void Next(XmlTreeNode container)
    {
        if (!Reader.Read())
        {
            throw new XmlException($"The document ends inside <{container.Name}>.", null, LineNumber, 0);
        }
    }
}
