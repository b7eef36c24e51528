using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic.Tests;

[Collection(DemoCollection.Name)]
public class ReturnsTests(DemoFixture demo)
{
    [Fact]
    public void Combining_the_yearly_returns_gives_the_same_scorecards_as_all_records()
    {
        var fromReturns = DataSet.Create(demo.Authority.Returns);
        var options = demo.Authority.EvaluationOptions;
        foreach (var year in Enumerable.Range(2012, 4))
        {
            var expected = demo.Data.Scorecard(ReportingPeriod.Year(year), options);
            var actual = fromReturns.Scorecard(ReportingPeriod.Year(year), options);
            foreach (var result in expected)
            {
                var other = actual[result.Id];
                Assert.True(result.Numerator == other.Numerator && result.Denominator == other.Denominator && result.Value == other.Value,
                    $"{year} {result.Id}: {result.Numerator}/{result.Denominator} from the records, {other.Numerator}/{other.Denominator} from the returns");
            }
        }
    }

    [Fact]
    public void Combining_the_yearly_returns_gives_back_every_record()
    {
        var fromReturns = DataSet.Create(demo.Authority.Returns);
        Same(demo.Data.Children, fromReturns.Children);
        Same(demo.Data.CinEpisodes, fromReturns.CinEpisodes);
        Same(demo.Data.Assessments, fromReturns.Assessments);
        Same(demo.Data.LegacyAssessments, fromReturns.LegacyAssessments);
        Same(demo.Data.Section47Enquiries, fromReturns.Section47Enquiries);
        Same(demo.Data.ChildProtectionPlans, fromReturns.ChildProtectionPlans);
        Same(demo.Data.Contacts, fromReturns.Contacts);
        Same(demo.Data.Episodes, fromReturns.Episodes);
        Same(demo.Data.CareLeaverOutcomes, fromReturns.CareLeaverOutcomes);
        Same(demo.Data.Adoptions, fromReturns.Adoptions);
        Same(demo.Data.PlacedForAdoption, fromReturns.PlacedForAdoption);
        Same(demo.Data.WorkforceSnapshots, fromReturns.WorkforceSnapshots);
        Same(demo.Data.SicknessAbsences, fromReturns.SicknessAbsences);
    }

    [Fact]
    public void Each_return_holds_its_year_as_it_stood_on_31_March()
    {
        var returns = demo.Authority.Returns;
        Assert.Equal(new[] { 2012, 2013, 2014, 2015 }, returns.Select(r => r.CollectionYear!.Value));
        foreach (var r in returns)
        {
            var year = ReportingYear.Ending(r.CollectionYear!.Value);
            Assert.All(r.CinEpisodes, e => Assert.True(e.ReferralDate <= year.End && (e.ClosureDate is null || (e.ClosureDate >= year.Start && e.ClosureDate <= year.End))));
            Assert.All(r.Assessments, a => Assert.True(a.StartDate <= year.End && (a.AuthorisationDate is null || (a.AuthorisationDate >= year.Start && a.AuthorisationDate <= year.End))));
            Assert.All(r.ChildProtectionPlans, p => Assert.True(p.StartDate <= year.End && (p.EndDate is null || (p.EndDate >= year.Start && p.EndDate <= year.End))));
            Assert.All(r.ChildProtectionPlans, p => Assert.All(p.ReviewDates, d => Assert.True(d <= year.End)));
            Assert.All(r.Section47Enquiries, s => Assert.True(s.StartDate <= year.End && (s.InitialConferenceDate is null || s.InitialConferenceDate <= year.End)));
            Assert.All(r.Episodes, e => Assert.True(e.Start <= year.End && (e.End is null || (e.End >= year.Start && e.End <= year.End))));
            Assert.All(r.Contacts, c => Assert.True(year.Contains(c.Date)));
            Assert.All(r.CareLeaverOutcomes, o => Assert.Equal(r.CollectionYear, o.CollectionYear));

            // Every child with a record in the return has its header there.
            var headers = r.Children.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            Assert.All(r.CinEpisodes, e => Assert.Contains(e.ChildId, headers));
            Assert.All(r.Episodes, e => Assert.Contains(e.ChildId, headers));
            Assert.All(r.CareLeaverOutcomes, o => Assert.Contains(o.ChildId, headers));
        }
    }

    [Fact]
    public void A_record_open_across_31_March_is_in_both_returns_open_then_closed()
    {
        var (y2013, y2014) = (demo.Authority.Return(2013), demo.Authority.Return(2014));
        var end2013 = ReportingYear.Ending(2013).End;
        var closedLater = y2014.CinEpisodes.Where(e => e.ReferralDate <= end2013 && e.ClosureDate is not null).ToList();
        Assert.NotEmpty(closedLater);
        var earlier = y2013.CinEpisodes.ToDictionary(e => e.Id!, StringComparer.Ordinal);
        Assert.All(closedLater, e =>
        {
            Assert.True(earlier.TryGetValue(e.Id!, out var then));
            Assert.Null(then!.ClosureDate);
            Assert.Equal(e with { ClosureDate = null, ReasonForClosure = default, DateOfInitialCpc = then.DateOfInitialCpc }, then);
        });

        var openEpisodes = y2014.Episodes.Where(e => e.Start <= end2013).Select(e => (e.ChildId, e.Start)).ToHashSet();
        Assert.All(y2013.Episodes.Where(e => e.End is null), e => Assert.Contains((e.ChildId, e.Start), openEpisodes));
    }

    [Fact]
    public void Return_rejects_a_year_that_was_not_generated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => demo.Authority.Return(2016));
    }

    private static void Same<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual)
        where T : notnull
    {
        var e = Canonical.Text(expected.Cast<object>()).Split('\n').Order(StringComparer.Ordinal);
        var a = Canonical.Text(actual.Cast<object>()).Split('\n').Order(StringComparer.Ordinal);
        Assert.Equal(e, a);
    }
}
