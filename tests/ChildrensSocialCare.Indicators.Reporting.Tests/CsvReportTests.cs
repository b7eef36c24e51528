using System.Globalization;
using ChildrensSocialCare.Indicators.Synthetic;
using nietras.SeparatedValues;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// The CSV writer was written with Sep in the scorecard sample; in the package (BCL only) it writes RFC 4180 itself.
// SepCsv below is that writer as it was, so the output stays byte for byte the same.
public class CsvReportTests
{
    private static readonly Lazy<SyntheticAuthority> s_demo = new(() => SyntheticAuthority.Generate(DemoAuthority.Options with { Children = 1_500 }));

    public static TheoryData<bool> Publication => new() { false, true };

    [Theory]
    [MemberData(nameof(Publication))]
    public void The_demo_authoritys_csv_is_byte_for_byte_what_Sep_wrote(bool publication)
    {
        var demo = s_demo.Value;
        var card = demo.ToDataSet().Scorecard(ReportingPeriod.Year(2014), demo.EvaluationOptions)
            .WithComparators([PresentationData.EnglandReReferrals, PresentationData.NeighboursAssessments]);
        var disclosure = publication ? DisclosureControl.LocalAuthority : null;

        Assert.Equal(SepCsv.Write(card, disclosure), CsvReport.Write(card, disclosure));
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_as_Sep_quoted_them()
    {
        var hostile = new Comparator("re-referrals-12m", "Neighbours, \"close\"\nand far", ComparatorKind.StatisticalNeighbours, 20m, "invented\r\nfor tests", "2013-14");
        var card = PresentationData.Scorecard().WithComparators([hostile]);

        var csv = CsvReport.Write(card, null);

        Assert.Equal(SepCsv.Write(card, null), csv);
        // 40.0% (Wilson 11.8-76.9 on 5 referrals) against 20: similar on the interval (the earlier rule said worse).
        Assert.Contains("\"Neighbours, \"\"close\"\"\nand far 2013-14 20 similar\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_row_names_the_columns_and_each_indicator_has_a_row()
    {
        var card = PresentationData.Scorecard();

        var lines = CsvReport.Write(card, null).Split('\n');

        Assert.Equal("period_start,period_end,id,title,unit,polarity,numerator,denominator,value,display,annualised,note,comparators,family", lines[0]);
        Assert.Equal(card.Count + 2, lines.Length);
        Assert.Equal("", lines[^1]);
        // Re-referrals (PresentationData): 2 of 5 = 40.0%.
        Assert.Contains(lines, l => l.StartsWith("2013-04-01,2014-03-31,re-referrals-12m,", StringComparison.Ordinal) && l.Contains(",%,-,2,5,40,40.0,false,,", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_scorecard_is_an_empty_text_as_with_Sep()
    {
        var card = PresentationData.Create().Scorecard(Array.Empty<string>(), PresentationData.Year, PresentationData.Options);

        Assert.Equal(SepCsv.Write(card, null), CsvReport.Write(card, null));
        Assert.Equal("", CsvReport.Write(card, null));
    }

    // samples/Scorecard/CsvReport.cs before the move (da7b16b), with JsonReport's helpers written out.
    private static class SepCsv
    {
        public static string Write(Scorecard card, DisclosureControl? disclosure)
        {
            using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToText();
            foreach (var r in card)
            {
                var display = disclosure is null ? r.IsAvailable ? r.Display : "n/a" : r.Present(disclosure);
                var suppressed = disclosure is not null && display == DisclosureControl.Suppressed;
                var hidden = !r.IsAvailable || suppressed;
                using var row = writer.NewRow();
                row["period_start"].Set(Iso(card.Period.Start));
                row["period_end"].Set(Iso(card.Period.End));
                row["id"].Set(r.Id);
                row["title"].Set(r.Indicator.Title);
                row["unit"].Set(JsonReport.UnitToken(r.Unit));
                row["polarity"].Set(JsonReport.PolarityToken(r.Indicator.Polarity));
                row["numerator"].Set(hidden ? "" : Number(r.Numerator));
                row["denominator"].Set(hidden ? "" : Number(r.Denominator));
                row["value"].Set(hidden || r.Value is not { } v ? "" : Number(v));
                row["display"].Set(display);
                row["annualised"].Set(r.IsAnnualised ? "true" : "false");
                row["note"].Set(r.NotAvailableReason ?? "");
                row["comparators"].Set(string.Join("; ", r.Comparisons.Select(c =>
                    $"{c.Comparator.Name} {c.Comparator.Year} {Number(c.Comparator.Value)} {JsonReport.JudgementToken(suppressed ? Judgement.NotJudged : c.Judgement)}")));
                row["family"].Set(JsonReport.FamilyToken(r.Indicator.Family));
            }

            return writer.ToString();
        }

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
