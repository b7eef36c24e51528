using System.Text;

namespace ChildrensSocialCare.Indicators.Formats;

// One element of a record's subtree, read by XmlSubtreeReader: its name, text, children, position and line. A record
// (a CIN census Child, an SSDA903 CHILD) is read into a small tree, mapped to records, then dropped.
internal sealed class XmlTreeNode(string name, XmlTreeNode? parent, int index, int line)
{
    // Record-like elements that repeat; their paths always carry a position, as in /Message/Children/Child[3].
    private static readonly HashSet<string> s_repeating = new(StringComparer.Ordinal)
    {
        "Child", "CINdetails", "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans", "CPPreviewDate",
        "Disability", "AssessmentFactors", "CHILD", "EPISODE", "AREVIEW", "AMISSING", "AD_PLACED",
    };

    private StringBuilder? _text;
    private List<XmlTreeNode>? _children;

    public string Name { get; } = name;

    public XmlTreeNode? Parent { get; } = parent;

    // 1-based position among the parent's children of the same name.
    public int Index { get; } = index;

    public int Line { get; } = line;

    // Whether the end tag was read (false for the element being read when the document broke off).
    public bool Complete { get; set; }

    public IReadOnlyList<XmlTreeNode> Children => _children ?? (IReadOnlyList<XmlTreeNode>)[];

    public string Text => _text?.ToString() ?? "";

    public ReadOnlySpan<char> TrimmedText => _text is null ? [] : Text.AsSpan().Trim();

    public string Path => Parent is null
        ? "/" + Name
        : Parent.Path + "/" + Name + (Index > 1 || s_repeating.Contains(Name) ? $"[{Index}]" : "");

    public XmlTreeNode AddChild(string childName, int childLine)
    {
        _children ??= [];
        var index = 1;
        foreach (var c in _children)
        {
            if (string.Equals(c.Name, childName, StringComparison.Ordinal))
            {
                index++;
            }
        }

        var node = new XmlTreeNode(childName, this, index, childLine);
        _children.Add(node);
        return node;
    }

    public void AppendText(string value) => (_text ??= new StringBuilder()).Append(value);

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

    public IEnumerable<XmlTreeNode> All(string childName) =>
        Children.Where(c => string.Equals(c.Name, childName, StringComparison.Ordinal));

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
