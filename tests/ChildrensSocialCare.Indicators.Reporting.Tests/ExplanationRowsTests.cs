using ChildrensSocialCare.Indicators.Reporting;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

public class ExplanationRowsTests
{
    private static readonly IndicatorDefinition s_indicator = Catalogue.Get("re-referrals-12m");

    private static ExplanationEntry Entry(string child, int day) =>
        new(child, "referral", [new KeyDate("referral", new DateOnly(2013, 5, day))]);

    [Fact]
    public void Entries_added_separately_to_numerator_and_denominator_are_matched_by_content()
    {
        var explanation = new Explanation(s_indicator, PresentationData.Year,
            numerator: [Entry("A", 1)], denominator: [Entry("B", 2), Entry("A", 1)], excluded: []);

        var rows = ExplanationRows.Of(explanation);

        Assert.Equal([("B", false, true), ("A", true, true)], rows.Select(r => (r.Entry.ChildId, r.InNumerator, r.InDenominator)));
    }

    [Fact]
    public void Two_identical_records_stay_two_rows_and_each_numerator_entry_is_matched_once()
    {
        // Two referrals of one child on one day in one return are two referrals (specification 1.5); one of them is in
        // the numerator.
        var explanation = new Explanation(s_indicator, PresentationData.Year,
            numerator: [Entry("A", 1)], denominator: [Entry("A", 1), Entry("A", 1)], excluded: []);

        var rows = ExplanationRows.Of(explanation);

        Assert.Equal([true, false], rows.Select(r => r.InNumerator));
    }

    [Fact]
    public void Numerator_entries_outside_the_denominator_follow_it_and_exclusions_come_last()
    {
        var shared = Entry("S", 3);
        var explanation = new Explanation(s_indicator, PresentationData.Year,
            numerator: [Entry("N", 4), shared], denominator: [shared], excluded: [new Exclusion(Entry("X", 5), "a rule")]);

        var rows = ExplanationRows.Of(explanation);

        Assert.Equal([("S", true, true, null), ("N", true, false, null), ("X", false, false, "a rule")],
            rows.Select(r => (r.Entry.ChildId, r.InNumerator, r.InDenominator, r.ExcludedBy)));
    }
}
