namespace ChildrensSocialCare.Indicators.Synthetic.Tests;

// The generator gives every indicator something to count: each id of the catalogue has a non-zero numerator on a
// small demo authority in 2014-15, and the new inputs come in both kinds (reviews on time and late, OC2 rows with
// blanks, missing and away incidents, UASC, disabilities, assessment factors and "no factors").
public class VarietyTests
{
    private static readonly Lazy<SyntheticAuthority> s_authority = new(() => SyntheticAuthority.Generate(DemoAuthority.Options with { Children = 4_000 }));

    public static TheoryData<string> Ids() => [.. Catalogue.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_indicator_has_something_to_count_on_the_demo_authority(string id)
    {
        var a = s_authority.Value;
        var result = a.ToDataSet().Evaluate(id, ReportingPeriod.Year(2015), a.EvaluationOptions);

        Assert.True(result.IsAvailable, result.NotAvailableReason);
        Assert.NotEqual(0m, result.Numerator);
    }

    [Fact]
    public void The_new_inputs_come_in_both_kinds()
    {
        var data = s_authority.Value.ToDataSet();
        var period = ReportingPeriod.Year(2015);
        var options = s_authority.Value.EvaluationOptions;

        foreach (var id in new[] { "cla-reviews-on-time", "cpp-reviews-on-time", "cla-health-checks", "cla-sdq-concern", "cla-uasc-share", "cla-missing", "cin-disabled-share" })
        {
            var result = data.Evaluate(id, period, options);
            Assert.True(result.Numerator > 0 && result.Numerator < result.Denominator, $"{id}: {result}");
        }

        // OC2 rows with a blank score (an SDQ_REASON instead), and assessments with "no factors" (21) beside others.
        Assert.Contains(data.HealthOutcomes, o => o.SdqScore is null && o.SdqReason is not null);
        Assert.Contains(data.MissingEpisodes, m => m.Kind == "A");
        Assert.Contains(data.Assessments, x => x.Factors.Contains("21"));
        Assert.Contains(data.Assessments, x => x.Factors.Count > 1);
    }
}
