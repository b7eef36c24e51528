namespace ChildrensSocialCare.Indicators.Formats.Tests;

// The record containers of an XML document (its root, CIN census Children) stream their records: each record gets its
// position for diagnostics without the container keeping the records read before it. Keeping them made reading time
// grow with the square of the number of children and memory with the document.
public class XmlTreeNodeTests
{
    [Fact]
    public void A_container_numbers_its_records_without_keeping_them()
    {
        var root = XmlTreeNode.Container("Message", null, 1);
        var children = XmlTreeNode.Container("Children", root, 2);

        var first = children.AddChild("Child", 3);
        var second = children.AddChild("Child", 10);
        var other = children.AddChild("Unexpected", 12);
        var third = children.AddChild("Child", 14);

        Assert.Empty(children.Children);
        Assert.Empty(root.Children);
        Assert.Equal("/Message/Children/Child[1]", first.Path);
        Assert.Equal("/Message/Children/Child[2]", second.Path);
        Assert.Equal("/Message/Children/Unexpected", other.Path);
        Assert.Equal("/Message/Children/Child[3]", third.Path);
    }

    [Fact]
    public void A_record_keeps_its_elements_and_numbers_repeats()
    {
        var child = XmlTreeNode.Container("Children", null, 1).AddChild("Child", 2);

        var details1 = child.AddChild("CINdetails", 3);
        var details2 = child.AddChild("CINdetails", 20);
        details2.AddChild("Assessments", 21);

        Assert.Equal(2, child.Children.Count);
        Assert.Equal([details1, details2], child.All("CINdetails"));
        Assert.Equal("/Children/Child[1]/CINdetails[2]/Assessments[1]", details2.Children[0].Path);
        Assert.Equal(1, child.Count("Assessments"));
    }
}
