using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Tests.Evaluation;

// Specification section 6 through the engine: each unit's interval on a whole scorecard of the demo authority.
public class ResultIntervalTests
{
    private static readonly Lazy<(DataSet Data, EvaluationOptions Options)> s_demo = new(() =>
    {
        var demo = SyntheticAuthority.Generate(DemoAuthority.Options with { Children = 5_000 });
        return (demo.ToDataSet(), demo.EvaluationOptions);
    });

    private static Scorecard Card(EvaluationOptions? options = null) =>
        s_demo.Value.Data.Scorecard(ReportingPeriod.Year(2015), options ?? s_demo.Value.Options);

    [Fact]
    public void A_percentage_has_the_Wilson_interval_of_its_counts()
    {
        var r = Card()["re-referrals-12m"];

        Assert.Equal(ConfidenceInterval.Wilson((long)r.Numerator, (long)r.Denominator), r.Interval);
    }

    [Fact]
    public void A_rate_has_the_interval_of_its_count_over_the_population()
    {
        var r = Card()["referrals-rate"];

        Assert.Equal(ConfidenceInterval.ForRate(RatePer10000.From((long)r.Numerator, (long)r.Denominator)), r.Interval);
    }

    [Fact]
    public void An_annualised_rate_has_the_annualised_interval()
    {
        var half = new ReportingPeriod(new DateOnly(2014, 4, 1), new DateOnly(2014, 9, 30));
        var r = s_demo.Value.Data.Evaluate("referrals-rate", half, s_demo.Value.Options with { Annualise = true });

        Assert.True(r.IsAnnualised);
        Assert.Equal(ConfidenceInterval.ForRate(RatePer10000.Annualised((long)r.Numerator, (long)r.Denominator, half)), r.Interval);
        Assert.True(r.Interval!.Value.Contains(r.Value!.Value));
    }

    [Fact]
    public void A_mean_of_days_has_a_normal_interval_centred_on_it()
    {
        var r = Card()["adoption-entry-to-placement-days"];

        Assert.True(r.Denominator >= 2, $"The demo should adopt at least 2 children in 2014-15: {r}.");
        var ci = r.Interval!.Value;
        Assert.Equal(r.Value, (ci.Lower + ci.Upper) / 2);
        Assert.True(ci.Upper > ci.Lower, ci.ToString());
    }

    [Fact]
    public void A_count_has_no_interval()
    {
        Assert.Null(Card()["contacts-outcomes"].Interval);
    }

    [Fact]
    public void The_99_8_percent_intervals_are_wider_and_say_their_level()
    {
        var narrow = Card();
        var wide = Card(s_demo.Value.Options with { ConfidenceLevel = ConfidenceLevel.Percent99Point8 });

        foreach (var (n, w) in narrow.Zip(wide).Where(p => p.First.Interval is not null))
        {
            Assert.Equal(ConfidenceLevel.Percent99Point8, w.Interval!.Value.Level);
            Assert.True(w.Interval.Value.Lower <= n.Interval!.Value.Lower && n.Interval.Value.Upper <= w.Interval.Value.Upper, n.Id);
        }
    }
}
