using ChildrensSocialCare.Indicators.Reporting;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

public class TextTableTests
{
    private static readonly Scorecard s_card = PresentationData.Scorecard()
        .WithComparators([PresentationData.EnglandReReferrals, PresentationData.NeighboursAssessments]);

    private static string[] Lines(string text) => text.Split('\n');

    private static string Row(string text, string id) => Lines(text).Single(l => l.StartsWith(id + " ", StringComparison.Ordinal));

    [Fact]
    public void Scorecard_text_has_a_heading_a_rule_and_a_row_per_indicator()
    {
        var text = TextTable.Scorecard(s_card);

        var lines = Lines(text);
        Assert.Equal("Scorecard: 2013-14 (1 April 2013 to 31 March 2014)", lines[0]);
        Assert.StartsWith("Indicator", lines[2]);
        Assert.Matches("^-+( +-+)+$", lines[3]);
        foreach (var r in s_card)
        {
            Assert.Single(lines, l => l.StartsWith(r.Id + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Values_are_right_aligned_under_their_heading()
    {
        var text = TextTable.Scorecard(s_card);
        var header = Lines(text)[2];
        var end = header.IndexOf("Value", StringComparison.Ordinal) + "Value".Length;

        // 40.0 (re-referrals, PresentationData) and 3 (cla-rate) end in the same column as the heading.
        Assert.Equal("40.0", Row(text, "re-referrals-12m")[(end - 4)..end]);
        Assert.Equal(" 3", Row(text, "cla-rate")[(end - 2)..end]);
        Assert.Equal("%", Row(text, "re-referrals-12m")[(end + 2)..(end + 3)]);
    }

    [Fact]
    public void Comparator_columns_show_figure_difference_and_judgement()
    {
        var text = TextTable.Scorecard(s_card);

        Assert.Contains("England 2013-14", Lines(text)[2]);
        // On 5 referrals and 4 assessments the intervals (Wilson 11.8-76.9 and 30.1-95.4) contain both comparators:
        // similar, though the earlier rule said worse and better; the differences are still shown.
        Assert.EndsWith("2 / 5  23.4 (+16.6) similar", Row(text, "re-referrals-12m"));
        Assert.EndsWith("60.0 (+15.0) similar", Row(text, "assessments-45wd"));
    }

    [Fact]
    public void Indicators_not_available_are_listed_with_their_reasons()
    {
        var text = TextTable.Scorecard(PresentationData.Scorecard(EvaluationOptions.Default));

        Assert.Contains("not available", Row(text, "cla-rate"));
        var notes = Lines(text).SkipWhile(l => l != "Not available:").ToList();
        Assert.Contains(notes, l => l.StartsWith("  cla-rate: needs the population aged 0-17", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_disclosure_control_symbols_are_shown_and_explained()
    {
        var text = TextTable.Scorecard(s_card, new PresentationOptions { Disclosure = DisclosureControl.LocalAuthority });

        Assert.Matches(@"^re-referrals-12m +c +% +c / c +23\.4$", Row(text, "re-referrals-12m"));
        Assert.Contains("c = suppressed", text);
    }

    [Fact]
    public void A_previous_scorecard_adds_a_first_comparator_column()
    {
        var data = PresentationData.Create();
        var text = TextTable.Scorecard(data.Scorecard(PresentationData.Year, PresentationData.Options),
            previous: data.Scorecard(ReportingPeriod.Year(2013), PresentationData.Options));

        Assert.Contains("Previous 2012-13", Lines(text)[2]);
        Assert.EndsWith("0.0 (+40.0) worse", Row(text, "re-referrals-12m"));
    }

    [Fact]
    public void Lines_have_no_trailing_spaces()
    {
        var text = TextTable.Scorecard(s_card);

        Assert.All(Lines(text), l => Assert.False(l.EndsWith(' ')));
    }

    [Fact]
    public void Explanation_text_keeps_control_characters_out_of_the_terminal()
    {
        var records = new Records.RecordSet { CollectionYear = 2014 };
        records.CinEpisodes.Add(new Records.CinEpisode("X\u001b[2J\nY", new DateOnly(2013, 5, 1)));
        var explanation = DataSet.Create(records).Evaluate("re-referrals-12m", PresentationData.Year).Explain();

        var text = TextTable.Explanation(explanation);

        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("X?[2J Y", text);
    }

    [Fact]
    public void Explanation_text_lists_records_dates_and_rules()
    {
        var text = TextTable.Explanation(s_card["assessments-45wd"].Explain());

        Assert.Contains("3 in the numerator, 4 in the denominator, 1 excluded.", text);
        var d = Lines(text).Single(l => l.StartsWith("D ", StringComparison.Ordinal));
        Assert.Contains("start 2013-12-01; authorised 2013-11-20", d);
        Assert.Matches("  no +no +authorised before it started$", d);
    }

    [Fact]
    public void Time_series_text_has_a_row_per_period()
    {
        var series = PresentationData.Create().Series("re-referrals-12m", ReportingPeriod.Consecutive(new DateOnly(2013, 4, 1), 4, PeriodLength.Quarter));

        var lines = Lines(TextTable.TimeSeries(series));

        // Referrals by quarter (PresentationData): Apr-Jun A (re-referral) 1/1; Jul-Sep B, C 0/2; Oct-Dec the hostile
        // id's first 0/1; Jan-Mar its second (re-referral) 1/1.
        Assert.Matches("^Period +Value \\(%\\) +Numerator / denominator +Notes$", lines[2]);
        Assert.Matches("^Apr-Jun 2013 +100.0 +1 / 1$", lines[4]);
        Assert.Matches("^Jul-Sep 2013 +0.0 +0 / 2$", lines[5]);
        Assert.Matches("^Jan-Mar 2014 +100.0 +1 / 1$", lines[7]);
        Assert.Equal(lines[4].Length, lines[5].Length);
    }
}
