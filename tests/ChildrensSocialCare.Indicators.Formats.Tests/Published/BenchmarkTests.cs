namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

// Comparators for the scored year only, from the real 2025 files (lines cited as in PublishedFigureTests).
public class BenchmarkTests
{
    private static readonly ReportingYear s_2025 = DfeFiles.Year2025;

    [Fact]
    public void England_region_and_neighbours_of_Walsall_for_2024_25()
    {
        var benchmarks = DfeFiles.All.Benchmarks("cla-rate", s_2025, "335");

        Assert.Equal([ComparatorKind.England, ComparatorKind.Region, ComparatorKind.StatisticalNeighbours], benchmarks.Select(b => b.Kind));
        var (england, region) = (benchmarks[0].Comparator!, benchmarks[1].Comparator!);
        Assert.Equal(("England", 67m, "2024-25"), (england.Name, england.Value, england.Year));
        Assert.Equal(("West Midlands", 86m, "2024-25"), (region.Name, region.Value, region.Year));
        Assert.Contains("cla_number_and_rate_per_10k_children.csv", england.Source, StringComparison.Ordinal);
        Assert.Contains("rate_per_10000", england.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Walsalls_neighbours_average_is_the_mean_worked_by_hand()
    {
        // sn_model_2025_wide.csv, Walsall (335): 354, 861, 357, 336, 371, 831, 350, 372, 812, 333. Their 2025 rates
        // (cla_number_and_rate_per_10k_children.csv, rate_per_10000): Rochdale 102 (line 111), Stoke-on-Trent 170
        // (234), Tameside 123 (120), Wolverhampton 73 (258), Doncaster 74 (171), Derby 88 (195), Bolton 78 (99),
        // Rotherham 80 (174), North East Lincolnshire 131 (156), Sandwell 92 (249).
        // Sum 102+170+123+73+74+88+78+80+131+92 = 1011; mean 1011 / 10 = 101.1.
        var neighbours = DfeFiles.All.StatisticalNeighbours("cla-rate", s_2025, "335");

        Assert.Equal(101.1m, neighbours.Comparator!.Value);
        Assert.Equal((10, 10), (neighbours.Used, neighbours.Of));
        Assert.Equal("Statistical neighbours (mean of 10 of 10)", neighbours.Name);
        Assert.Equal(ComparatorKind.StatisticalNeighbours, neighbours.Comparator.Kind);
    }

    [Fact]
    public void Barnsleys_neighbours_average_matches_LAIT_and_the_pooled_rate_the_reference_notes()
    {
        // published-data.md 3.5: Barnsley's 2025 neighbours, mean of published rates 101.6 (LAIT), pooled 98.6:
        // 80+89+123+74+81+93+118+124+144+90 = 1016 over 10; pooled 5903 children of 598661 = 98.603 per 10,000.
        Assert.Equal(101.6m, DfeFiles.All.StatisticalNeighbours("cla-rate", s_2025, "370").Comparator!.Value);

        var pooled = DfeFiles.Read(new PublishedOptions { NeighbourAverage = NeighbourAverage.Pooled });
        var value = pooled.StatisticalNeighbours("cla-rate", s_2025, "E08000016").Comparator!.Value;
        Assert.Equal(98.603m, Math.Round(value, 3));
    }

    [Fact]
    public void Neighbours_named_by_the_caller_leave_out_suppressed_values_and_say_how_many_were_used()
    {
        // City of London (201) is published as c (line 405); Walsall (by its new code) 81; 999 is no authority.
        var benchmark = DfeFiles.All.StatisticalNeighbours("cla-rate", s_2025, "370", ["201", "E08000030", "999"]);

        Assert.Equal(81m, benchmark.Comparator!.Value);
        Assert.Equal((1, 3), (benchmark.Used, benchmark.Of));
        Assert.Contains(benchmark.Notes, n => n.Contains("201 (c)", StringComparison.Ordinal) && n.Contains("999 (no 2024-25 figure)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_that_is_not_published_is_a_note_never_another_year()
    {
        var benchmark = DfeFiles.All.England("cla-rate", ReportingYear.Ending(2026));

        Assert.Null(benchmark.Comparator);
        Assert.Null(benchmark.FigureYear);
        Assert.Contains(benchmark.Notes, n => n.Contains("No 2025-26 figure", StringComparison.Ordinal));
    }

    [Fact]
    public void The_option_takes_the_latest_earlier_year_and_shows_it()
    {
        var published = DfeFiles.Read(new PublishedOptions { LatestEarlierYear = true });
        var benchmark = published.England("cla-rate", ReportingYear.Ending(2026));

        Assert.Equal(67m, benchmark.Comparator!.Value);
        Assert.Equal("2024-25", benchmark.Comparator.Year);
        Assert.Equal(s_2025, benchmark.FigureYear);
        Assert.Contains(benchmark.Notes, n => n.Contains("latest earlier year, 2024-25", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scored_year_is_taken_when_an_earlier_one_is_also_published()
    {
        // The copy holds 2024 and 2025; 2023-24 is asked for and given.
        var earlier = DfeFiles.All.England("cla-rate", ReportingYear.Ending(2024));
        Assert.Equal("2023-24", earlier.Comparator!.Year);
        Assert.Equal(ReportingYear.Ending(2024), earlier.FigureYear);
    }

    [Fact]
    public void A_London_boroughs_region_is_Inner_or_Outer_London_unless_the_option_says_London()
    {
        // City of London's row names Inner London (E13000001): 59 (line 33); London (E12000007): 48 (line 24).
        Assert.Equal(("Inner London", 59m), Region(DfeFiles.All));
        Assert.Equal(("London", 48m), Region(DfeFiles.Read(new PublishedOptions { London = LondonRegion.London })));

        static (string, decimal) Region(PublishedStatistics published) =>
            published.Region("cla-rate", s_2025, "201").Comparator is { } c ? (c.Name, c.Value) : ("none", 0m);
    }

    [Fact]
    public void A_suppressed_authority_has_no_comparator_and_says_why()
    {
        var benchmark = DfeFiles.All.Authority("cla-rate", s_2025, "201");

        Assert.Null(benchmark.Comparator);
        Assert.Equal(PublishedSymbol.Suppressed, benchmark.Value.Symbol);
        Assert.Contains(benchmark.Notes, n => n.Contains("suppressed (c)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_low_reliability_figure_is_shown_with_a_warning()
    {
        // c1_..._2013_to_2025.csv line 243: Herefordshire (884) 2024 is u in every column.
        var benchmark = DfeFiles.All.Authority("re-referrals-12m", ReportingYear.Ending(2024), "884");

        Assert.True(benchmark.LowReliability);
        Assert.Null(benchmark.Comparator);
        Assert.Equal("u", benchmark.Value.Text);
        Assert.Contains(benchmark.Notes, n => n.Contains("low reliability", StringComparison.Ordinal));
    }

    [Fact]
    public void An_authority_in_a_joint_return_has_no_single_figure()
    {
        // csww_indicators_2017_to_2025.csv line 70: 940 / 941 North and West Northamptonshire.
        var benchmark = DfeFiles.All.Authority("workforce-agency-share", s_2025, "E06000062");

        Assert.Null(benchmark.Comparator);
        Assert.Contains(benchmark.Notes, n => n.Contains("joint return 940 / 941", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indicator_without_a_published_column_says_so()
    {
        var benchmark = DfeFiles.All.England("assessments-45wd", s_2025);

        Assert.Null(benchmark.Comparator);
        Assert.Contains(benchmark.Notes, n => n.Contains("no published column", StringComparison.Ordinal));
    }

    [Fact]
    public void Comparators_for_a_scorecard_are_of_the_scored_year_only()
    {
        var comparators = DfeFiles.All.Comparators(s_2025, "335");

        Assert.NotEmpty(comparators);
        Assert.All(comparators, c => Assert.Equal("2024-25", c.Year));
        Assert.All(comparators, c => Assert.NotNull(Catalogue.Find(c.IndicatorId)));
        Assert.Contains(comparators, c => c is { IndicatorId: "cla-rate", Kind: ComparatorKind.Region, Value: 86m });
    }

    [Fact]
    public void An_authority_is_found_by_old_or_new_code()
    {
        Assert.Equal("Barnsley", DfeFiles.All.FindAuthority("E08000016")!.Name);
        Assert.Equal("E08000016", DfeFiles.All.FindAuthority("370")!.NewCode);
        // Barnsley's 9-digit code changed on 1 May 2025: the CLA files of 2025 still carry E08000016, the workforce file
        // (at 30 September 2025; csww_indicators_2017_to_2025.csv) E08000038. The old code 370 joins them.
        Assert.Equal("370", DfeFiles.All.FindAuthority("E08000038")!.Code);
        Assert.Null(DfeFiles.All.FindAuthority("E08000099"));
    }
}
