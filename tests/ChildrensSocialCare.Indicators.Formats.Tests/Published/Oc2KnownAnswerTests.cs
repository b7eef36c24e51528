namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

// Known answers for the OC2 indicators (specification section 8): DfE's national figures for 2025 (children looked
// after for at least 12 months at 31 March 2025), from la_conviction_health_outcome_cla.csv as published on Explore
// Education Statistics ("Outcomes for children in need, including children looked after", 2025; Fixtures/
// dfe-published-outcomes, see its SOURCES.md). DfE publishes a count and a whole-number percent per row; the
// indicator's own arithmetic (Percentage at the definition's precision, half away from zero) over DfE's counts gives
// DfE's percent. The SDQ row settles the base: 14,320 of the 33,790 children with a score (42%), not of the 43,220
// aged 5 to 16 (33%), as the specification reads it.
public class Oc2KnownAnswerTests
{
    private static readonly string s_file =
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "dfe-published-outcomes", "la_conviction_health_outcome_cla.csv");

    [Theory]
    // Hand check: 5,580 / 6,360 = 87.7% -> 88.
    [InlineData("cla-development-assessments", "Development assessments up to date", "Total ages 0 to 4 years")]
    // 52,580 / 58,530 = 89.8% -> 90.
    [InlineData("cla-health-checks", "Had their annual health assessment", "Total all ages")]
    // 49,160 / 58,530 = 84.0% -> 84.
    [InlineData("cla-immunisations", "Had their immunisations up to date", "Total all ages")]
    // 47,320 / 58,530 = 80.8% -> 81.
    [InlineData("cla-dental-checks", "Had their teeth checked by a dentist", "Total all ages")]
    // 14,320 / 33,790 = 42.4% -> 42 (the base is the children with a score).
    [InlineData("cla-sdq-concern", "SDQ score is a cause for concern", "SDQ score was received")]
    // 1,780 / 58,530 = 3.04% -> 3.
    [InlineData("cla-substance-misuse", "Identified as having a substance misuse problem", "Total all ages")]
    // 800 / 40,990 = 1.95% -> 2 (the quoted breakdown holds commas).
    [InlineData("cla-convicted", "Convicted or subject to youth cautions, or youth conditional cautions during the year", "Total ages 10 to 17 years")]
    public void The_indicators_arithmetic_over_DfEs_national_counts_gives_DfEs_percent(string id, string numerator, string denominator)
    {
        var rows = NationalRows();
        var definition = Catalogue.Find(id);
        Assert.NotNull(definition);

        var share = Percentage.Of(rows[numerator].Count, rows[denominator].Count);

        Assert.Equal(rows[numerator].Percent, share.Format(definition.Decimals));
    }

    [Fact]
    public void The_SDQ_share_of_all_children_aged_5_to_16_would_not_give_DfEs_figure()
    {
        // The rejected reading: 14,320 / 43,220 = 33.1% -> 33, not the published 42.
        var rows = NationalRows();
        var wrong = Percentage.Of(rows["SDQ score is a cause for concern"].Count, rows["Total ages 5 to 16 years"].Count);

        Assert.Equal("33", wrong.Format(0));
        Assert.NotEqual(rows["SDQ score is a cause for concern"].Percent, wrong.Format(0));
    }

    [Fact]
    public void The_file_holds_the_18_national_rows_of_2025()
    {
        var lines = File.ReadAllLines(s_file);
        Assert.Equal(19, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("2025,Reporting year,National,E92000001,England,", line));
    }

    // The national rows by breakdown: children_count and children_percent (the last two fields).
    private static Dictionary<string, (long Count, string Percent)> NationalRows()
    {
        var rows = new Dictionary<string, (long, string)>();
        foreach (var line in File.ReadLines(s_file).Skip(1))
        {
            var fields = Split(line);
            if (long.TryParse(fields[12], out var count))
            {
                rows[fields[11]] = (count, fields[13]);
            }
        }

        return rows;
    }

    // RFC 4180 fields: a quoted field may hold commas (the convictions row does).
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
