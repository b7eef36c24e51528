using System.Xml;

namespace ChildrensSocialCare.Indicators.Formats;

// Reads the element the XmlReader is on, with everything inside it, into an XmlTreeNode. If the document breaks off
// (malformed, truncated, too large) the XmlException propagates and Partial holds what was read, so the caller can
// count and report the record that was being read.
internal sealed class XmlSubtreeReader(XmlReader reader)
{
    // The formats nest at most eight deep; a document nested far deeper is hostile or broken.
    public const int MaxDepth = 64;

    private readonly IXmlLineInfo? _lines = reader as IXmlLineInfo;
    private readonly Stack<XmlTreeNode> _stack = new();

    public XmlTreeNode? Partial { get; private set; }

    public int LineNumber => _lines?.LineNumber ?? 0;

    // Precondition: the reader is on a start element. Afterwards it is on the element's end tag (or still on the
    // element when it is empty); the caller moves on, so a fault after a complete element is not the element's.
    public XmlTreeNode Read(XmlTreeNode? parent)
    {
        var root = parent is null ? new XmlTreeNode(reader.LocalName, null, 1, LineNumber) : parent.AddChild(reader.LocalName, LineNumber);
        Partial = root;
        if (reader.IsEmptyElement)
        {
            root.Complete = true;
            return root;
        }

        // One stack for every subtree of the file (a subtree is read to its end or the reading stops).
        var stack = _stack;
        stack.Clear();
        stack.Push(root);
        Advance(stack);
        while (stack.Count > 0)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var child = stack.Peek().AddChild(reader.LocalName, LineNumber);
                    if (reader.IsEmptyElement)
                    {
                        child.Complete = true;
                    }
                    else if (stack.Count >= MaxDepth)
                    {
                        throw new XmlException($"Elements are nested more than {MaxDepth} deep inside <{root.Name}>.", null, LineNumber, 0);
                    }
                    else
                    {
                        stack.Push(child);
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                    stack.Peek().AppendText(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    stack.Pop().Complete = true;
                    break;
            }

            if (stack.Count > 0)
            {
                Advance(stack);
            }
        }

        return root;
    }

    private void Advance(Stack<XmlTreeNode> stack)
    {
        if (!reader.Read())
        {
            throw new XmlException($"The document ends inside <{stack.Peek().Name}>.", null, LineNumber, 0);
        }
    }
}
