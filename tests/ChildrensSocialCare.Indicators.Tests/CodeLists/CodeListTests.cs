using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.CodeLists;

// The one source of code lists (Ssda903CodeLists, CinCensusCodeLists): well formed, read by the record types, and
// answering by collection year as the schemas say.
public class CodeListTests
{
    private static readonly IEnumerable<CodeList> s_all = Ssda903CodeLists.All.Concat(CinCensusCodeLists.All);

    [Fact]
    public void Every_list_has_codes_each_once_with_first_year_not_after_last()
    {
        Assert.All(s_all, list =>
        {
            Assert.NotEmpty(list.Codes);
            Assert.Equal(list.Codes.Count, list.KnownCodes.Count);
            Assert.All(list.Codes, c => Assert.True(c.FirstYear is null || c.LastYear is null || c.FirstYear <= c.LastYear, $"{list.Item} {c.Code}"));
            Assert.All(list.Codes, c => Assert.Equal(c.Code.Trim().ToUpperInvariant(), c.Code));
        });
    }

    [Fact]
    public void Items_are_unique_within_a_return()
    {
        Assert.Equal(Ssda903CodeLists.All.Count, Ssda903CodeLists.All.Select(l => l.Item).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(CinCensusCodeLists.All.Count, CinCensusCodeLists.All.Select(l => l.Item).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_list_property_is_in_All()
    {
        static IEnumerable<CodeList> Properties(Type type) => type.GetProperties()
            .Where(p => p.PropertyType == typeof(CodeList))
            .Select(p => (CodeList)p.GetValue(null)!);

        Assert.Equal(Properties(typeof(Ssda903CodeLists)), Ssda903CodeLists.All);
        Assert.Equal(Properties(typeof(CinCensusCodeLists)), CinCensusCodeLists.All);
    }

    [Theory]
    [InlineData("PLACE", "H5", 2024, true)]
    [InlineData("PLACE", "H5", 2025, false)]
    [InlineData("PLACE", "K3", 2024, false)]
    [InlineData("PLACE", "k3 ", 2025, true)]
    [InlineData("REC", "E43", 2018, true)]
    [InlineData("REC", "E43", 2019, false)]
    [InlineData("REC", "E45", 2019, true)]
    [InlineData("REC", "E45", 2010, false)]    // before the earliest year: the earliest lists
    [InlineData("SEX", "M", 2030, true)]       // after the latest year: the latest lists
    [InlineData("SEX", "1", 2030, false)]
    [InlineData("SW_REASON", "MANAGE", 2020, true)] // an item newer than the year answers with its first list
    [InlineData("LS", "", 2020, false)]
    [InlineData("LS", null, 2020, false)]
    public void Codes_are_valid_in_the_years_of_their_rows(string item, string? code, int year, bool valid)
    {
        var list = Ssda903CodeLists.All.Single(l => l.Item == item);
        Assert.Equal(valid, list.IsValid(code, year));
    }

    [Fact]
    public void First_and_last_years_are_those_of_the_schema_changes()
    {
        Assert.Equal(2025, Ssda903CodeLists.PlacementType.FirstYear("K3"));
        Assert.Equal(2024, Ssda903CodeLists.PlacementType.LastYear("H5"));
        Assert.Null(Ssda903CodeLists.PlacementType.FirstYear("U1"));
        Assert.Equal(2019, Ssda903CodeLists.ReasonEpisodeCeased.FirstYear("e45"));
        Assert.Equal(2023, CinCensusCodeLists.ReasonForClosure.FirstYear("RC9"));
        Assert.Throws<ArgumentException>(() => Ssda903CodeLists.PlacementType.FirstYear("H6"));
    }

    [Fact]
    public void The_record_types_know_the_codes_of_their_lists_in_every_year()
    {
        Assert.Equal(Union(Ssda903CodeLists.LegalStatus), LegalStatus.KnownCodes.Order());
        Assert.Equal(Union(Ssda903CodeLists.ReasonForNewEpisode), ReasonForNewEpisode.KnownCodes.Order());
        Assert.Equal(Union(Ssda903CodeLists.PlacementType), PlacementType.KnownCodes.Order());
        Assert.Equal(Union(Ssda903CodeLists.PlacementProvider), PlacementProvider.KnownCodes.Order());
        Assert.Equal(Union(Ssda903CodeLists.ReasonEpisodeCeased), ReasonEpisodeCeased.KnownCodes.Order());
        Assert.Equal(Union(Ssda903CodeLists.ReasonPlaceChange), ReasonPlaceChange.KnownCodes.Order());
        Assert.Equal(Union(Ssda903CodeLists.InTouch), InTouch.KnownCodes.Order());
        Assert.Equal(Union(Ssda903CodeLists.Activity), Activity.KnownCodes.Order());
        Assert.Equal(Union(Ssda903CodeLists.Sex, CinCensusCodeLists.Sex), Sex.KnownCodes.Order());
        Assert.Equal(Union(Ssda903CodeLists.CategoryOfNeed, CinCensusCodeLists.PrimaryNeed), CategoryOfNeed.KnownCodes.Order());
        Assert.Equal(Union(CinCensusCodeLists.ReasonForClosure), ReasonForClosure.KnownCodes.Order());
        Assert.Equal(Union(CinCensusCodeLists.CategoryOfAbuse), CategoryOfAbuse.KnownCodes.Order());

        // S and X exist only as S2 and X2 for the care-leaver indicators, although the schema lists S1 and X1.
        Assert.Equal(Union(Ssda903CodeLists.Accommodation).Except(["S1", "X1"]), Accommodation.KnownCodes.Order());
        Assert.False(new Accommodation("S1").IsSuitable);
    }

    private static IEnumerable<string> Union(params CodeList[] lists) =>
        lists.SelectMany(l => l.Codes).Select(c => c.Code).Distinct().Order();
}
