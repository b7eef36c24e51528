using System.Runtime.InteropServices;
using System.Text;

namespace ChildrensSocialCare.Indicators.Formats;

// One element of a record's subtree, read by XmlSubtreeReader: its name, text, children, position and line. A record
// (a CIN census Child, an SSDA903 CHILD) is read into a small tree, mapped to records, then dropped.
internal sealed class XmlTreeNode(string name, XmlTreeNode? parent, int index, int line, bool retainsChildren = true)
{
    // Record-like elements that repeat; their paths always carry a position, as in /Message/Children/Child[3].
    private static readonly HashSet<string> s_repeating = new(StringComparer.Ordinal)
    {
        "Child", "CINdetails", "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans", "CPPreviewDate",
        "Disability", "AssessmentFactors", "CHILD", "EPISODE", "AREVIEW", "AMISSING", "AD_PLACED",
    };

    // An element's text is almost always one text node, kept as the reader's string; a builder joins several.
    private string? _text;
    private StringBuilder? _joined;
    private List<XmlTreeNode>? _children;

    // A container that streams its records (the document root, Children) keeps only how many of each name it has
    // seen, so that a document of any size is read in the memory of one record and in time linear in its length.
    private Dictionary<string, int>? _seen;

    public string Name { get; } = name;

    public XmlTreeNode? Parent { get; } = parent;

    // 1-based position among the parent's children of the same name.
    public int Index { get; } = index;

    public int Line { get; } = line;

    // Whether the end tag was read (false for the element being read when the document broke off).
    public bool Complete { get; set; }

    public IReadOnlyList<XmlTreeNode> Children => _children ?? (IReadOnlyList<XmlTreeNode>)[];

    public string Text => _joined?.ToString() ?? _text ?? "";

    public ReadOnlySpan<char> TrimmedText => Text.AsSpan().Trim();

    public string Path => Parent is null
        ? "/" + Name
        : Parent.Path + "/" + Name + (Index > 1 || s_repeating.Contains(Name) ? $"[{Index}]" : "");

    // A node whose children are read, mapped and dropped one at a time: its Children stay empty.
    public static XmlTreeNode Container(string name, XmlTreeNode? parent, int line) =>
        parent is null ? new(name, null, 1, line, retainsChildren: false) : parent.Add(name, line, childRetainsChildren: false);

    public XmlTreeNode AddChild(string childName, int childLine) => Add(childName, childLine, childRetainsChildren: true);

    private XmlTreeNode Add(string childName, int childLine, bool childRetainsChildren)
    {
        var node = new XmlTreeNode(childName, this, NextIndex(childName), childLine, childRetainsChildren);
        if (retainsChildren)
        {
            (_children ??= []).Add(node);
        }

        return node;
    }

    // The 1-based position the next child named childName takes among its namesakes.
    private int NextIndex(string childName)
    {
        if (!retainsChildren)
        {
            _seen ??= new Dictionary<string, int>(StringComparer.Ordinal);
            ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_seen, childName, out _);
            return ++seen;
        }

        var index = 1;
        foreach (var c in _children ?? [])
        {
            if (string.Equals(c.Name, childName, StringComparison.Ordinal))
            {
                index++;
            }
        }

        return index;
    }

    public void AppendText(string value)
    {
        if (_text is null && _joined is null)
        {
            _text = value;
            return;
        }

        (_joined ??= new StringBuilder(_text)).Append(value);
        _text = null;
    }

    public XmlTreeNode? First(string childName)
    {
        if (_children is null)
        {
            return null;
        }

        foreach (var c in _children)
        {
            if (string.Equals(c.Name, childName, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }

    // The children named childName, in order, without an iterator or closure per call (it is called for every
    // repeating element of every record).
    public Named Each(string childName) => new(_children, childName);

    public IEnumerable<XmlTreeNode> All(string childName) =>
        Children.Where(c => string.Equals(c.Name, childName, StringComparison.Ordinal));

    // The children of one name: a struct enumerable, so foreach over it allocates nothing.
    public readonly struct Named(List<XmlTreeNode>? children, string name)
    {
        public Enumerator GetEnumerator() => new(children, name);

        public struct Enumerator(List<XmlTreeNode>? children, string name)
        {
            private int _index = -1;

            public readonly XmlTreeNode Current => children![_index];

            public bool MoveNext()
            {
                if (children is null)
                {
                    return false;
                }

                while (++_index < children.Count)
                {
                    if (string.Equals(children[_index].Name, name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    // The number of elements named elementName in the subtree, this one included (iterative: no recursion on depth).
    public int Count(string elementName)
    {
        var count = 0;
        var pending = new Stack<XmlTreeNode>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (string.Equals(node.Name, elementName, StringComparison.Ordinal))
            {
                count++;
            }

            foreach (var child in node.Children)
            {
                pending.Push(child);
            }
        }

        return count;
    }
}
