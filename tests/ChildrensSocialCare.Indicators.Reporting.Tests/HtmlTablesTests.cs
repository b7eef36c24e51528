using System.Xml.Linq;
using ChildrensSocialCare.Indicators.Reporting;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

public class HtmlTablesTests
{
    private static readonly Scorecard s_card = PresentationData.Scorecard()
        .WithComparators([PresentationData.EnglandReReferrals, PresentationData.NeighboursAssessments, PresentationData.NeighboursNfa]);

    [Fact]
    public void Scorecard_table_has_one_row_per_indicator_grouped_by_area_in_scorecard_order()
    {
        var table = Xml.Parse(HtmlTables.Scorecard(s_card));

        var ids = table.Descendants("tr").Select(tr => (string?)tr.Attribute("data-indicator")).OfType<string>().ToList();
        var families = s_card.Select(r => r.Indicator.Family).Distinct().ToList();
        Assert.Equal(s_card.OrderBy(r => families.IndexOf(r.Indicator.Family)).Select(r => r.Id), ids);
        Assert.Equal("table", table.Name.LocalName);
        Assert.Contains("csc-scorecard", (string?)table.Attribute("class"));
    }

    [Fact]
    public void Scorecard_rows_are_grouped_under_their_area_of_work()
    {
        var table = Xml.Parse(HtmlTables.Scorecard(s_card));

        var families = table.WithClass("csc-family").Select(e => e.Text()).ToList();

        Assert.Contains("Referrals", families);
        Assert.Contains("Children looked after", families);
        // Child protection indicators are not contiguous in the catalogue (cin-rate sits among them): one heading.
        Assert.Equal(families.Count, families.Distinct().Count());
        Assert.Equal(s_card.Select(r => r.Indicator.Family).Distinct().Count(), families.Count);
    }

    [Fact]
    public void Scorecard_shows_the_value_at_published_precision_and_the_numerator_over_the_denominator()
    {
        var row = Xml.Parse(HtmlTables.Scorecard(s_card)).Row("re-referrals-12m");

        // 2 re-referrals of 5 referrals (PresentationData): 40.0% at 1 decimal place.
        Assert.Equal("40.0", row.WithClass("csc-value").Single().Text());
        Assert.Equal("2 / 5", row.WithClass("csc-fraction").Single().Text());
        Assert.Equal("%", row.WithClass("csc-unit").Single().Text());
        Assert.Contains("Re-referrals within 12 months", row.Element("th")!.Text());
    }

    [Fact]
    public void A_rate_shows_the_population_as_its_denominator_with_thousands_separators()
    {
        var row = Xml.Parse(HtmlTables.Scorecard(s_card)).Row("cla-rate");

        // 3 children looked after at 31 March 2014 in a population of 10,000: 3 per 10,000, a whole number.
        Assert.Equal("3", row.WithClass("csc-value").Single().Text());
        Assert.Equal("3 / 10,000", row.WithClass("csc-fraction").Single().Text());
    }

    [Fact]
    public void Worse_than_a_comparator_on_a_lower_is_better_indicator_is_red_and_says_worse()
    {
        // 40.0% on 5 referrals: Wilson 95% 11.8-76.9, wholly above 5.0, and lower is better.
        var card = PresentationData.Scorecard().WithComparators([PresentationData.EnglandReReferrals with { Value = 5.0m }]);
        var cell = Xml.Parse(HtmlTables.Scorecard(card)).Row("re-referrals-12m").WithClass("csc-comparison").First(c => c.Text().Length > 0);

        Assert.Equal("5.0 (+35.0) worse", cell.Figure());
        var badge = cell.WithClass("csc-judgement").Single();
        Assert.Contains("csc-worse", (string?)badge.Attribute("class"));
        Assert.Contains("color:#942514", (string?)badge.Attribute("style"));
        Assert.Equal("DfE CIN 2013-14 (via S19)", (string?)cell.Attribute("title"));
    }

    [Fact]
    public void Better_than_a_comparator_on_a_higher_is_better_indicator_is_green_and_says_better()
    {
        // 3 of 4 assessments within 45 working days = 75.0%: Wilson 95% 30.1-95.4, wholly above 20.0, and higher is better.
        var card = PresentationData.Scorecard().WithComparators([PresentationData.NeighboursAssessments with { Value = 20.0m }]);
        var cell = Xml.Parse(HtmlTables.Scorecard(card)).Row("assessments-45wd").WithClass("csc-comparison").First(c => c.Text().Length > 0);

        Assert.Equal("20.0 (+55.0) better", cell.Figure());
        var badge = cell.WithClass("csc-judgement").Single();
        Assert.Contains("csc-better", (string?)badge.Attribute("class"));
        Assert.Contains("color:#005a30", (string?)badge.Attribute("style"));
    }

    [Fact]
    public void A_context_indicator_shows_the_difference_and_higher_lower_or_similar_never_coloured()
    {
        var cell = Xml.Parse(HtmlTables.Scorecard(s_card)).Row("referrals-nfa").WithClass("csc-comparison").First(c => c.Text().Length > 0);
        var far = PresentationData.Scorecard().WithComparators([PresentationData.NeighboursNfa with { Value = 90.0m }]);
        var lower = Xml.Parse(HtmlTables.Scorecard(far)).Row("referrals-nfa").WithClass("csc-comparison").First(c => c.Text().Length > 0);

        // 1 NFA referral of 5 = 20.0% (Wilson 3.6-62.4), against 10.0: similar; against 90.0: lower. referrals-nfa is
        // context, so neither is better or worse, and neither is coloured as a judgement.
        Assert.Equal("10.0 (+10.0) similar", cell.Figure());
        Assert.Equal("90.0 (-70.0) lower", lower.Figure());
        foreach (var badge in cell.WithClass("csc-judgement").Concat(lower.WithClass("csc-judgement")))
        {
            Assert.DoesNotContain("color:#942514", (string?)badge.Attribute("style"));
            Assert.DoesNotContain("color:#005a30", (string?)badge.Attribute("style"));
        }
    }

    [Fact]
    public void The_difference_is_between_the_figures_as_shown_so_a_zero_difference_is_same()
    {
        // 39.95 rounds to 40.0 (half away from zero), the same as our 40.0: difference 0.0, judged the same under the
        // earlier rule (option Judgement = Difference); on the interval it is similar.
        var card = PresentationData.Scorecard(PresentationData.Options with { Judgement = JudgementRule.Difference })
            .WithComparators([PresentationData.EnglandReReferrals with { Value = 39.95m }]);

        var cell = Xml.Parse(HtmlTables.Scorecard(card)).Row("re-referrals-12m").WithClass("csc-comparison").Single();

        Assert.Equal("40.0 (0.0) same", cell.Figure());
        Assert.Contains("csc-same", (string?)cell.WithClass("csc-judgement").Single().Attribute("class"));
    }

    [Fact]
    public void Scorecard_shows_each_results_interval_at_the_indicators_precision()
    {
        var table = Xml.Parse(HtmlTables.Scorecard(s_card));

        // 2 of 5 re-referrals: Wilson 95% 11.8 to 76.9 (worked in JsonReportTests); the head says the level.
        Assert.Equal("95% interval", table.WithClass("csc-interval-head").Single().Text());
        Assert.Equal("11.8 to 76.9", table.Row("re-referrals-12m").WithClass("csc-interval").Single().Text());
        // Under disclosure control the suppressed 40.0% (a numerator of 2) has no interval either.
        var published = Xml.Parse(HtmlTables.Scorecard(s_card, new PresentationOptions { Disclosure = DisclosureControl.LocalAuthority }));
        Assert.Equal("", published.Row("re-referrals-12m").WithClass("csc-interval").Single().Text());
    }

    [Fact]
    public void Under_the_earlier_rule_a_difference_inside_the_interval_is_written_but_not_coloured()
    {
        // 40.0% of 5 (Wilson 11.8 to 76.9) against 23.4: the earlier rule says worse, the interval says the difference
        // may be noise, so the word is shown on the neutral badge. Against 5.0 (below the interval) worse is red.
        var options = PresentationData.Options with { Judgement = JudgementRule.Difference };
        var noise = Xml.Parse(HtmlTables.Scorecard(PresentationData.Scorecard(options).WithComparators([PresentationData.EnglandReReferrals])))
            .Row("re-referrals-12m").WithClass("csc-judgement").Single();
        var real = Xml.Parse(HtmlTables.Scorecard(PresentationData.Scorecard(options).WithComparators([PresentationData.EnglandReReferrals with { Value = 5.0m }])))
            .Row("re-referrals-12m").WithClass("csc-judgement").Single();

        Assert.Equal("worse", noise.Text());
        Assert.DoesNotContain("color:#942514", (string?)noise.Attribute("style"));
        Assert.DoesNotContain("csc-significant", (string?)noise.Attribute("class"));
        Assert.Equal("worse", real.Text());
        Assert.Contains("color:#942514", (string?)real.Attribute("style"));
        Assert.Contains("csc-significant", (string?)real.Attribute("class"));
    }

    [Fact]
    public void Every_comparators_figure_shows_its_year_and_source_and_where_known_the_results_rank()
    {
        var ranked = PresentationData.EnglandReReferrals with { Rank = 3, Of = 6, Quartile = 2 };
        var table = Xml.Parse(HtmlTables.Scorecard(PresentationData.Scorecard().WithComparators([ranked, PresentationData.NeighboursNfa])));

        var england = table.Row("re-referrals-12m").WithClass("csc-comparison").Single(c => c.Text().Length > 0);
        Assert.Equal("2013-14: DfE CIN 2013-14 (via S19)", england.WithClass("csc-source").Single().Text());
        Assert.Equal("rank 3 of 6, quartile 2", england.WithClass("csc-rank").Single().Text());
        var neighbours = table.Row("referrals-nfa").WithClass("csc-comparison").Single(c => c.Text().Length > 0);
        Assert.Equal("2013-14: invented for tests", neighbours.WithClass("csc-source").Single().Text());
        Assert.Empty(neighbours.WithClass("csc-rank"));
    }

    [Fact]
    public void Comparator_columns_are_one_per_comparator_name_and_year()
    {
        var headings = Xml.Parse(HtmlTables.Scorecard(s_card)).WithClass("csc-comparator").Select(h => h.Text()).ToList();

        Assert.Equal(["England2013-14", "Statistical neighbours2013-14"], headings);
    }

    [Fact]
    public void An_indicator_that_is_not_available_says_why()
    {
        var card = PresentationData.Scorecard(EvaluationOptions.Default);

        var row = Xml.Parse(HtmlTables.Scorecard(card)).Row("cla-rate");

        Assert.Equal("not available", row.WithClass("csc-value").Single().Text());
        Assert.Contains("population", row.WithClass("csc-reason").Single().Text());
        Assert.Contains("csc-not-available", (string?)row.Attribute("class"));
    }

    [Fact]
    public void A_zero_denominator_is_not_applicable_and_says_so()
    {
        // No child protection plans at all: no plans ended in the year, so the share lasting 2 years is 0 / 0.
        var row = Xml.Parse(HtmlTables.Scorecard(s_card)).Row("cpp-ended-2y-plus");

        Assert.Equal("n/a", row.WithClass("csc-value").Single().Text());
        Assert.Contains("denominator is zero", row.WithClass("csc-note").Single().Text());
    }

    [Fact]
    public void Under_disclosure_control_a_value_built_on_a_small_count_is_suppressed_with_its_numerator_and_denominator()
    {
        var html = HtmlTables.Scorecard(s_card, new PresentationOptions { Disclosure = DisclosureControl.LocalAuthority });

        var row = Xml.Parse(html).Row("re-referrals-12m");

        // The denominator, 5 referrals, is a count of 1 to 5: the percentage is c, and so are its parts.
        Assert.Equal("c", row.WithClass("csc-value").Single().Text());
        Assert.Equal("c / c", row.WithClass("csc-fraction").Single().Text());
        // England's figure is published; the difference and the judgement would tell ours, so they are left out.
        Assert.Equal("23.4", row.WithClass("csc-comparison").First(c => c.Text().Length > 0).Figure());
        Assert.Empty(row.WithClass("csc-judgement"));
    }

    [Fact]
    public void Under_disclosure_control_a_not_applicable_value_is_z_and_a_not_available_one_is_x()
    {
        var card = PresentationData.Scorecard(EvaluationOptions.Default);
        var table = Xml.Parse(HtmlTables.Scorecard(card, new PresentationOptions { Disclosure = DisclosureControl.LocalAuthority }));

        Assert.Equal("z", table.Row("cpp-ended-2y-plus").WithClass("csc-value").Single().Text());
        Assert.Equal("x", table.Row("cla-rate").WithClass("csc-value").Single().Text());
    }

    [Fact]
    public void A_previous_scorecard_is_the_first_comparator_column_with_the_change()
    {
        var data = PresentationData.Create();
        var now = data.Scorecard(PresentationData.Year, PresentationData.Options);
        var before = data.Scorecard(ReportingPeriod.Year(2013), PresentationData.Options);

        var table = Xml.Parse(HtmlTables.Scorecard(now, previous: before));

        Assert.Equal("Previous2012-13", table.WithClass("csc-comparator").First().Text());
        // Looked after at 31 March 2013: L1 only (1 per 10,000); at 31 March 2014: 3, whose exact Poisson interval
        // (0.62-8.77 per 10,000) contains 1: similar (cla-rate is context: never better or worse).
        Assert.Equal("1 (+2) similar", table.Row("cla-rate").WithClass("csc-comparison").First().Text());
        // 2012-13 had one referral (A, 2012-06-01), no re-referral: 0.0%; now 40.0% (Wilson 11.8-76.9, wholly above 0.0),
        // lower is better: worse.
        Assert.Equal("0.0 (+40.0) worse", table.Row("re-referrals-12m").WithClass("csc-comparison").First().Text());
    }

    [Fact]
    public void Comparator_names_and_sources_are_escaped()
    {
        const string name = "<img src=x onerror=alert(1)>";
        const string source = "\"><script>alert(2)</script>";
        var card = PresentationData.Scorecard().WithComparators([PresentationData.EnglandReReferrals with { Name = name, Source = source }]);

        var html = HtmlTables.Scorecard(card);
        var table = Xml.Parse(html);

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<script", html);
        Assert.Empty(table.Descendants("img"));
        Assert.Empty(table.Descendants("script"));
        Assert.Equal(name, table.WithClass("csc-comparator").Single().Nodes().OfType<XText>().First().Value);
        Assert.Equal(source, (string?)table.Row("re-referrals-12m").WithClass("csc-comparison").Single().Attribute("title"));
    }

    [Fact]
    public void Result_table_explains_the_numerator_and_denominator_in_words_and_figures()
    {
        var result = s_card["re-referrals-12m"];

        var table = Xml.Parse(HtmlTables.Result(result));

        Assert.Equal("Re-referrals within 12 months of a previous referral", table.Element("caption")!.Text());
        Assert.Equal("40.0", table.WithClass("csc-value").Single().Text());
        Assert.Equal("2", table.WithClass("csc-numerator").Single().Text());
        Assert.Equal("5", table.WithClass("csc-denominator").Single().Text());
        Assert.Contains(result.Indicator.Numerator, table.Text());
        Assert.Contains("lower is better", table.Text());
        // On 5 referrals the interval (11.8-76.9) contains England's 23.4: similar (the earlier rule said worse).
        Assert.Equal("23.4 (+16.6) similar", table.WithClass("csc-comparison").Single().Figure());
    }

    [Fact]
    public void Explanation_lists_every_record_with_its_dates_and_whether_it_is_counted()
    {
        var explanation = s_card["re-referrals-12m"].Explain();

        var table = Xml.Parse(HtmlTables.Explanation(explanation));

        var headings = table.Element("thead")!.Descendants("th").Select(h => h.Text()).ToList();
        Assert.Equal(["Child", "Kind", "referral", "previous referral", "closure", "In numerator", "In denominator"], headings);
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(5, rows.Count);
        var a = rows.Single(r => r.WithClass("csc-child").Single().Text() == "A").Elements("td").Select(c => c.Text()).ToList();
        Assert.Equal(["referral", "2013-05-10", "2012-06-01", "(none)", "yes", "yes"], a);
        var b = rows.Single(r => r.WithClass("csc-child").Single().Text() == "B").Elements("td").Select(c => c.Text()).ToList();
        Assert.Equal(["referral", "2013-07-01", "(none)", "2013-07-05", "no", "yes"], b);
    }

    [Fact]
    public void Explanation_shows_an_excluded_record_with_the_rule_that_excluded_it()
    {
        var table = Xml.Parse(HtmlTables.Explanation(s_card["assessments-45wd"].Explain()));

        var excluded = table.WithClass("csc-excluded").Single();
        Assert.Equal("D", excluded.WithClass("csc-child").Single().Text());
        Assert.Equal("authorised before it started", excluded.WithClass("csc-rule").Single().Text());
        Assert.Equal(3, table.WithClass("csc-in-numerator").Count());
    }

    [Fact]
    public void Explanation_escapes_a_hostile_child_id()
    {
        var html = HtmlTables.Explanation(s_card["re-referrals-12m"].Explain());

        var table = Xml.Parse(html);

        Assert.DoesNotContain("<script", html);
        Assert.Empty(table.Descendants("script"));
        Assert.Equal(2, table.WithClass("csc-child").Count(c => c.Text() == PresentationData.Hostile));
    }

    [Fact]
    public void Explanation_of_a_rate_says_the_denominator_is_the_population()
    {
        var table = Xml.Parse(HtmlTables.Explanation(s_card["cla-rate"].Explain()));

        Assert.Contains("population aged 0-17", table.Element("caption")!.Text());
        Assert.DoesNotContain("In denominator", table.Element("thead")!.Text());
        Assert.Equal(3, table.Element("tbody")!.Elements("tr").Count());
    }

    [Fact]
    public void Explanation_rows_beyond_the_limit_are_counted_in_a_last_row()
    {
        var table = Xml.Parse(HtmlTables.Explanation(s_card["re-referrals-12m"].Explain(), new PresentationOptions { MaxRows = 2 }));

        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("... and 3 more rows (PresentationOptions.MaxRows is 2).", rows[2].Text());
    }

    [Fact]
    public void Time_series_table_has_a_row_per_period_labelled_by_month_end_for_a_snapshot()
    {
        var series = PresentationData.Create().Series("cla-rate", PresentationData.Months, PresentationData.Options);

        var table = Xml.Parse(HtmlTables.TimeSeries(series));

        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(["Apr 2013", "May 2013", "Jun 2013", "Jul 2013", "Aug 2013", "Sep 2013", "Oct 2013", "Nov 2013", "Dec 2013", "Jan 2014", "Feb 2014", "Mar 2014"],
            rows.Select(r => r.Element("th")!.Text()));
        // Looked after at each month end (PresentationData): 1 1 2 2 2 3 3 3 2 2 3 3.
        Assert.Equal(["1", "1", "2", "2", "2", "3", "3", "3", "2", "2", "3", "3"], rows.Select(r => r.WithClass("csc-value").Single().Text()));
        Assert.Equal("At end of", table.Element("thead")!.Descendants("th").First().Text());
    }

    [Fact]
    public void Catalogue_table_lists_every_indicator_with_its_definition()
    {
        var table = Xml.Parse(HtmlTables.Catalogue());

        var rows = table.Element("tbody")!.Elements("tr").ToList();
        // The whole catalogue, grouped by family (Catalogue.ByFamily).
        Assert.Equal(Catalogue.ByFamily.Select(d => d.Id), rows.Select(r => (string?)r.Attribute("data-indicator")));
        var reReferrals = table.Row("re-referrals-12m").Elements("td").Select(c => c.Text()).ToList();
        Assert.Contains("lower is better", reReferrals);
        Assert.Contains(Catalogue.Get("re-referrals-12m").Decisions[0], table.Row("re-referrals-12m").Text());
    }

    [Fact]
    public void Tables_are_self_contained_with_inline_styles_only()
    {
        var html = HtmlTables.Scorecard(s_card) + HtmlTables.Catalogue() + HtmlTables.Explanation(s_card["re-referrals-12m"].Explain());

        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("http", html);
    }
}
