namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

// Published 2025 figures, pinned. Line numbers are those of the files as DfE publishes them
// (../shared/fixtures/dfe-published, from dfe-analytical-services/CSC_outcomes_and_enablers data-raw/ at 2f5d11a).
public class PublishedFigureTests
{
    [Fact]
    public void The_real_files_read_without_errors()
    {
        var published = DfeFiles.All;
        Assert.False(published.HasErrors, string.Join("\n", published.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        Assert.NotNull(published.Neighbours);
    }

    [Fact]
    public void England_looked_after_rate_2025_is_the_published_67()
    {
        // cla_number_and_rate_per_10k_children.csv line 3, column rate_per_10000: 67 (children_count 81770,
        // population_estimate 12183016).
        var figure = DfeFiles.All.Figure("cla-rate", DfeFiles.Year2025, "E92000001")!;
        Assert.Equal(67m, figure.Value.Number);
        Assert.Equal(81_770m, figure.Numerator);
        Assert.Equal(12_183_016m, figure.Denominator);
        Assert.Equal("rate_per_10000", figure.Column);
        Assert.False(figure.Computed);
    }

    [Fact]
    public void West_Midlands_looked_after_rate_2025_is_the_published_86()
    {
        // cla_number_and_rate_per_10k_children.csv line 18, column rate_per_10000: 86.
        Assert.Equal(86m, DfeFiles.All.Figure("cla-rate", DfeFiles.Year2025, "E12000005")!.Value.Number);
    }

    [Fact]
    public void Walsall_looked_after_rate_2025_is_the_published_81_by_old_or_new_code()
    {
        // cla_number_and_rate_per_10k_children.csv line 255, column rate_per_10000: 81 (578 of 71799).
        var byOld = DfeFiles.All.Figure("cla-rate", DfeFiles.Year2025, "335")!;
        var byNew = DfeFiles.All.Figure("cla-rate", DfeFiles.Year2025, "E08000030")!;
        Assert.Equal(81m, byOld.Value.Number);
        Assert.Same(byOld, byNew);
        Assert.Equal("Walsall", byOld.Area.Name);
        Assert.Equal("E12000005", byOld.Area.RegionCode);
    }

    [Fact]
    public void Percentages_are_the_published_ones_not_recomputed_from_counts()
    {
        // c1_..._2013_to_2025.csv line 2, rereferral_percent 22.6 (142900 of 632830 is 22.58).
        var reReferrals = DfeFiles.All.Figure("re-referrals-12m", DfeFiles.Year2025, "E92000001")!;
        Assert.Equal(22.6m, reReferrals.Value.Number);
        Assert.Equal((142_900m, 632_830m), (reReferrals.Numerator!.Value, reReferrals.Denominator!.Value));

        // d3_..._2013_to_2025.csv line 2, CPP_subsequent_percent 24.5; line 85 Walsall 24.5 (80 of 326).
        Assert.Equal(24.5m, DfeFiles.All.Figure("cpp-second-subsequent", DfeFiles.Year2025, "E92000001")!.Value.Number);
        Assert.Equal(24.5m, DfeFiles.All.Figure("cpp-second-subsequent", DfeFiles.Year2025, "335")!.Value.Number);

        // la_cla_placement_stability.csv lines 336-337: Barnsley 50 of 366 with 3 or more placements, published as 14
        // (a whole number; 13.66 unrounded). The denominator is the Total children row.
        var barnsley = DfeFiles.All.Figure("cla-3plus-placements", DfeFiles.Year2025, "370")!;
        Assert.Equal(14m, barnsley.Value.Number);
        Assert.Equal((50m, 366m), (barnsley.Numerator!.Value, barnsley.Denominator!.Value));
    }

    [Fact]
    public void A_rate_published_only_as_a_count_is_computed_from_the_ONS_population_and_marked()
    {
        // b1_..._2013_to_2025.csv line 2, At31_episodes 402400; ONS mid-2024 England 12183016 (line 2 of
        // ons_mid-year_population_estimates_2012_to_2024.csv): 402400 / 12183016 x 10000 = 330.2959...
        var figure = DfeFiles.All.Figure("cin-rate", DfeFiles.Year2025, "E92000001")!;
        Assert.True(figure.Computed);
        Assert.Equal(402_400m, figure.Numerator);
        Assert.Equal(12_183_016m, figure.Denominator);
        Assert.Equal(330.2959m, Math.Round(figure.Value.Number!.Value, 4));
    }

    [Fact]
    public void Workforce_agency_rate_of_Walsall_and_a_joint_return()
    {
        // csww_indicators_2017_to_2025.csv line 84, agency_rate_fte 7.7; line 70 the joint return 940 / 941.
        Assert.Equal(7.7m, DfeFiles.All.Figure("workforce-agency-share", DfeFiles.Year2025, "335")!.Value.Number);
        var joint = DfeFiles.All.Figure("workforce-agency-share", DfeFiles.Year2025, "940 / 941")!;
        Assert.True(joint.Area.IsJointReturn);
        Assert.Equal(["940", "941"], joint.Area.JointCodes);
        Assert.Null(DfeFiles.All.Figure("workforce-agency-share", DfeFiles.Year2025, "940"));
    }

    [Fact]
    public void The_ONS_estimate_of_the_year_before_is_the_population_of_the_returns_year()
    {
        // ons_mid-year_population_estimates_2012_to_2024.csv line 85: Walsall mid-2024, 71799; the CLA file uses the
        // same figure for 2025.
        Assert.Equal(71_799L, DfeFiles.All.Population("335", DfeFiles.Year2025));
        Assert.Equal(71_799L, DfeFiles.All.Population("E08000030", DfeFiles.Year2025));
        Assert.Null(DfeFiles.All.Population("335", ReportingYear.Ending(2027)));
    }
}
