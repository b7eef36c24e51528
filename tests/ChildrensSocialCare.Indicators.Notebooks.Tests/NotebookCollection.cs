// .NET Interactive's Formatter is process-wide static state, and a kernel redirects Console while it runs a
// submission: every test here runs serially, in one collection, and none runs beside another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace ChildrensSocialCare.Indicators.Notebooks.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "notebooks";
}
