namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// The model that TextTable writes and a terminal draws: the same cells, the alignment and judgements as data.
public class TextTableModelTests
{
    private static readonly Scorecard s_card = PresentationData.Scorecard()
        .WithComparators([PresentationData.EnglandReReferrals, PresentationData.NeighboursAssessments]);

    [Fact]
    public void A_scorecard_aligns_its_figures_right_and_its_words_left()
    {
        var table = TextTableModel.Scorecard(s_card);

        Assert.Equal(["Indicator", "Value", "Unit", "Numerator / denominator", "England 2013-14", "Statistical neighbours 2013-14"], table.Columns.Select(c => c.Header));
        Assert.Equal([TextAlignment.Left, TextAlignment.Right, TextAlignment.Left, TextAlignment.Right, TextAlignment.Left, TextAlignment.Left],
            table.Columns.Select(c => c.Alignment));
        Assert.Equal(["Scorecard: 2013-14 (1 April 2013 to 31 March 2014)", ""], table.Heading);
        // Each family's indicators under a row naming it, families in DfE's order (the scorecard's here).
        var families = s_card.Select(r => r.Indicator.Family).Distinct().ToList();
        var expected = s_card.GroupBy(r => r.Indicator.Family)
            .SelectMany(g => g.Select(r => r.Id).Prepend(Figures.Family(g.Key)));
        Assert.True(families.Count > 1);
        Assert.Equal(expected, table.Rows.Select(r => r[0].Text));
        Assert.All(table.Rows.Where(r => !s_card.Any(c => c.Id == r[0].Text)), r => Assert.All(r.Skip(1), c => Assert.Equal("", c.Text)));
    }

    [Fact]
    public void A_scorecard_of_one_family_has_no_family_rows()
    {
        var card = s_card.Where(r => r.Indicator.Family == IndicatorFamily.ChildProtection).Select(r => r.Id).ToList();
        var table = TextTableModel.Scorecard(PresentationData.Create().Scorecard(card, PresentationData.Year, PresentationData.Options));

        Assert.Equal(card, table.Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void A_comparison_cell_carries_its_judgement_and_says_it_in_words()
    {
        var table = TextTableModel.Scorecard(s_card);
        TextTableCell Cell(string id, int column) => table.Rows.Single(r => r[0].Text == id)[column];

        // 40.0% against England's 23.4%, lower is better (PresentationData); 75.0% against neighbours' 60.0%, higher is
        // better. On 5 referrals and 4 assessments both intervals contain the comparator: similar (the earlier rule said
        // worse and better).
        Assert.Equal("23.4 (+16.6) similar", Cell("re-referrals-12m", 4).Text);
        Assert.Equal(Judgement.Similar, Cell("re-referrals-12m", 4).Judgement);
        Assert.Equal(Judgement.Similar, Cell("assessments-45wd", 5).Judgement);
        Assert.Equal(Judgement.NotJudged, Cell("assessments-45wd", 1).Judgement);
        Assert.Same(TextTableCell.Empty, Cell("cla-rate", 4));
    }

    [Fact]
    public void Not_available_reasons_and_the_symbols_key_are_notes_below_the_table()
    {
        var table = TextTableModel.Scorecard(PresentationData.Scorecard(EvaluationOptions.Default), new PresentationOptions { Disclosure = DisclosureControl.LocalAuthority });

        Assert.Equal(["", "Not available:"], table.Notes.Take(2));
        Assert.Contains(table.Notes, l => l.StartsWith("  cla-rate: needs the population aged 0-17", StringComparison.Ordinal));
        Assert.Equal(TextTable.SymbolsKey, table.Notes[^1]);
    }

    [Fact]
    public void An_explanation_cut_short_says_how_many_rows_are_left_out()
    {
        var table = TextTableModel.Explanation(s_card["assessments-45wd"].Explain(), new PresentationOptions { MaxRows = 1 });

        Assert.Equal(["Child", "Kind", "Key dates", "Numerator", "Denominator", "Excluded by rule"], table.Columns.Select(c => c.Header));
        Assert.Single(table.Rows);
        Assert.Equal("3 in the numerator, 4 in the denominator, 1 excluded.", table.Heading[1]);
        Assert.StartsWith("... and 4 more rows", Assert.Single(table.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_headers_and_lines_are_one_line_without_control_characters()
    {
        var table = new TextTableModel([new TextTableColumn("a\tb")], [[new TextTableCell("X\u001b[2J\r\nY")]])
        {
            Heading = ["one\ntwo"],
            Notes = ["\u0007bell"],
        };

        Assert.Equal("a b", table.Columns[0].Header);
        Assert.Equal("X?[2J  Y", table.Rows[0][0].Text);
        Assert.Equal(["one two"], table.Heading);
        Assert.Equal(["?bell"], table.Notes);
    }

    [Fact]
    public void A_row_has_one_cell_per_column_and_a_table_has_a_column()
    {
        TextTableColumn[] two = [new("a"), new("b", TextAlignment.Right)];

        Assert.Throws<ArgumentException>(() => new TextTableModel(two, [[new TextTableCell("1")]]));
        Assert.Throws<ArgumentException>(() => new TextTableModel([], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextTableColumn("a", (TextAlignment)2));
    }

    [Fact]
    public void Written_plain_a_model_is_ruled_aligned_and_has_its_lines_around_it()
    {
        var table = new TextTableModel([new TextTableColumn("Name"), new TextTableColumn("Count", TextAlignment.Right)],
            [[new TextTableCell("referrals"), new TextTableCell("12")], [new TextTableCell("s47"), new TextTableCell("3")]])
        {
            Heading = ["Counts", ""],
            Notes = ["", "Invented."],
        };

        Assert.Equal("Counts\n\nName       Count\n---------  -----\nreferrals     12\ns47            3\n\nInvented.\n", TextTable.Write(table));
    }
}
