using System.Text.RegularExpressions;
using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Tests.Evaluation;

// Layers one way (records -> data set -> evaluation -> results): the catalogue names what evaluation runs, and nothing
// points back. A scan of the source, comments and XML docs included, since a cref is a reference too.
public partial class LayeringTests
{
    [Theory]
    [InlineData("Evaluation", "Catalogue")]
    [InlineData("Evaluation", "CatalogueEvaluation")]
    [InlineData("DataSets", "Engine")]
    [InlineData("DataSets", "Catalogue")]
    [InlineData("DataSets", "IndicatorComputation")]
    public void A_lower_layer_does_not_name_a_higher_one(string folder, string name)
    {
        var root = Path.Combine(RepositoryRoot.Find(), "src", "ChildrensSocialCare.Indicators", folder);
        var word = new Regex($"(?<![A-Za-z0-9_]){name}(?![A-Za-z0-9_])", RegexOptions.CultureInvariant);
        var offences = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllLines(f).Select((line, n) => (f, line, n)))
            .Where(x => word.IsMatch(x.line) && !InWords().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.n + 1}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offences);
    }

    // "the catalogue" in prose is not a reference; <c>Catalogue</c> names it without linking to it.
    [GeneratedRegex("<c>(Catalogue|CatalogueEvaluation)</c>")]
    private static partial Regex InWords();
}
