namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

// Files written here in the EES layout, and copies of the real ones damaged on purpose.
public class DamagedFileTests
{
    private const string ClaName = "cla_number_and_rate_per_10k_children.csv";
    private const string ClaHeader = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000";
    private const string Looked = "Children looked after on 31 March each year";

    [Fact]
    public void A_file_written_in_the_published_layout_reads_as_published()
    {
        var text = $"""
            {ClaHeader}
            2025,Reporting year,National,E92000001,England,,,,,,{Looked},1000000,6000,60
            2025,Reporting year,Regional,E92000001,England,E12000005,West Midlands,,,,{Looked},100000,700,70
            2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,335,Walsall,E08000030,{Looked},10000,80,80
            2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,336,Wolverhampton,E08000031,Children starting to be looked after each year,10000,20,20
            """;
        var published = DfeFiles.ReadText(ClaName, text);

        Assert.Empty(published.Diagnostics);
        Assert.Equal([60m, 70m, 80m], published.Figures.Select(f => f.Value.Number!.Value));
        Assert.Equal([2L, 3L, 4L], published.Figures.Select(f => f.Line));
        Assert.Equal(70m, published.Region("cla-rate", DfeFiles.Year2025, "E08000030").Comparator!.Value);
    }

    [Fact]
    public void Columns_are_found_by_name_whatever_their_order()
    {
        var text = $"""
            rate_per_10000,children_count,new_la_code,population_estimate,old_la_code,la_name,geographic_level,population_type,time_period,region_code
            81,578,E08000030,71799,335,Walsall,Local authority,{Looked},2025,E12000005
            """;
        var figure = Assert.Single(DfeFiles.ReadText(ClaName, text).Figures);

        Assert.Equal((81m, 578m, 71_799m), (figure.Value.Number!.Value, figure.Numerator!.Value, figure.Denominator!.Value));
        Assert.Equal("Walsall", figure.Area.Name);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_reads_the_same()
    {
        // The real CLA file starts with one (EF BB BF).
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(DfeFiles.File(ClaName))[..3]);
        var withMark = PublishedCsv.ReadFiles([DfeFiles.File(ClaName)]);
        var text = File.ReadAllText(DfeFiles.File(ClaName));
        var without = DfeFiles.ReadText(ClaName, text.TrimStart('\uFEFF'));

        Assert.Empty(withMark.Diagnostics);
        Assert.Equal(without.Figures.Count, withMark.Figures.Count);
        Assert.Equal(67m, withMark.Figure("cla-rate", DfeFiles.Year2025, "E92000001")!.Value.Number);
    }

    [Fact]
    public void A_column_the_map_needs_and_the_file_lacks_is_an_error_naming_both()
    {
        // The 2025 release renamed number to children_count; a file with the old name is not read silently.
        var text = File.ReadAllText(DfeFiles.File(ClaName)).Replace(",children_count,", ",number,", StringComparison.Ordinal);
        var published = DfeFiles.ReadText(ClaName, text);

        var error = Assert.Single(published.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, DiagnosticCodes.PublishedColumnMissing, "children_count"), (error.Severity, error.Code, error.Column));
        Assert.Contains("cla-rate", error.Message, StringComparison.Ordinal);
        Assert.Empty(published.Figures);
        Assert.Contains(published.England("cla-rate", DfeFiles.Year2025).Notes, n => n.Contains("No figures of cla-rate were read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_the_layouts_columns_is_an_error()
    {
        var published = DfeFiles.ReadText(ClaName, $"year,geographic_level,population_type,rate_per_10000\n2025,National,{Looked},67\n");

        Assert.Contains(published.Diagnostics, d => d is { Code: DiagnosticCodes.PublishedColumnMissing, Column: "time_period", Severity: DiagnosticSeverity.Error });
        Assert.Empty(published.Figures);
    }

    [Fact]
    public void Bad_symbols_blank_cells_and_obsolete_symbols_are_reported_where_they_are()
    {
        var text = $"""
            {ClaHeader}
            2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,335,Walsall,E08000030,{Looked},71799,578,n/a
            2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,336,Wolverhampton,E08000031,{Looked},68405,501,
            2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,333,Sandwell,E08000028,{Looked},88593,816,~
            2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,332,Dudley,E08000027,{Looked},71124,575,:
            """;
        var published = DfeFiles.ReadText(ClaName, text);

        var findings = published.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.Value)).ToList();
        Assert.Equal(
            [
                (DiagnosticCodes.PublishedValueInvalid, 2L, "rate_per_10000", "n/a"),
                (DiagnosticCodes.PublishedValueInvalid, 3L, "rate_per_10000", ""),
                (DiagnosticCodes.PublishedSymbolObsolete, 4L, "rate_per_10000", "~"),
                (DiagnosticCodes.PublishedSymbolObsolete, 5L, "rate_per_10000", ":"),
            ],
            findings);
        Assert.All(published.Diagnostics, d => Assert.Equal(ClaName, d.Source));
        Assert.Equal(
            [PublishedSymbol.Unrecognised, PublishedSymbol.Unrecognised, PublishedSymbol.RoundsToZero, PublishedSymbol.NotAvailable],
            published.Figures.Select(f => f.Value.Symbol));
        Assert.Contains("n/a", published.Diagnostics[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_time_periods_and_codes_reject_the_row_and_say_why()
    {
        var text = $"""
            {ClaHeader}
            2024-25,Reporting year,National,E92000001,England,,,,,,{Looked},1,1,67
            202426,Reporting year,National,E92000001,England,,,,,,{Looked},1,1,67
            202425,Reporting year,National,E92000001,England,,,,,,{Looked},1,1,67
            2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,33,Walsall,E08000030,{Looked},1,1,81
            2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,335,Walsall,E0800003,{Looked},1,1,81
            2025,Reporting year,Regional,E92000001,England,,,,,,{Looked},1,1,86
            2025,Reporting year,Local authority district,E92000001,England,E12000005,West Midlands,335,Walsall,E08000030,{Looked},1,1,81
            """;
        var published = DfeFiles.ReadText(ClaName, text);

        Assert.Equal(
            [
                (DiagnosticCodes.PublishedTimePeriodInvalid, 2L, "2024-25"),
                (DiagnosticCodes.PublishedTimePeriodInvalid, 3L, "202426"),
                (DiagnosticCodes.PublishedAreaCodeInvalid, 5L, "33"),
                (DiagnosticCodes.PublishedAreaCodeInvalid, 6L, "E0800003"),
                (DiagnosticCodes.PublishedAreaCodeInvalid, 7L, ""),
                (DiagnosticCodes.PublishedLevelIgnored, 8L, "Local authority district"),
            ],
            published.Diagnostics.Select(d => (d.Code, d.Line!.Value, d.Value!)));

        // 202425 is the year ending 31 March 2025.
        var figure = Assert.Single(published.Figures);
        Assert.Equal((ReportingYear.Ending(2025), 4L), (figure.Year, figure.Line));
    }

    [Fact]
    public void A_second_row_for_one_place_and_year_is_a_warning_and_the_first_is_used()
    {
        var text = $"""
            {ClaHeader}
            2025,Reporting year,National,E92000001,England,,,,,,{Looked},1,1,67
            2025,Reporting year,National,E92000001,England,,,,,,{Looked},1,1,99
            """;
        var published = DfeFiles.ReadText(ClaName, text);

        Assert.Equal(DiagnosticCodes.PublishedRowRepeated, Assert.Single(published.Diagnostics).Code);
        Assert.Equal(67m, Assert.Single(published.Figures).Value.Number);
    }

    [Fact]
    public void A_file_no_entry_of_the_map_reads_is_reported_and_not_read()
    {
        var published = DfeFiles.ReadText("la_cla_school_moves.csv", "time_period,geographic_level\n2025,National\n");

        var finding = Assert.Single(published.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.PublishedFileUnmapped), (finding.Severity, finding.Code));
        Assert.Empty(published.Figures);
    }

    [Fact]
    public void An_empty_file_and_a_short_row_do_not_throw()
    {
        Assert.Equal(DiagnosticCodes.CsvEmpty, Assert.Single(DfeFiles.ReadText(ClaName, "").Diagnostics).Code);

        var shortRow = DfeFiles.ReadText(ClaName, $"{ClaHeader}\n2025,Reporting year,National,E92000001,England,,,,,,{Looked}\n");
        Assert.Contains(shortRow.Diagnostics, d => d.Code == DiagnosticCodes.PublishedValueInvalid);
    }

    [Fact]
    public void An_unterminated_quote_is_reported_not_thrown()
    {
        var text = $"{ClaHeader}\n2025,Reporting year,National,E92000001,\"England,,,,,,{Looked},1,1,67\n";
        var published = DfeFiles.ReadText(ClaName, text);

        Assert.All(published.Diagnostics, d => Assert.Equal(ClaName, d.Source));
        Assert.DoesNotContain(published.Figures, f => f.Value.Number is not null);
    }

    [Fact]
    public void A_computed_rate_without_the_population_file_is_not_available_and_says_why()
    {
        var published = PublishedCsv.ReadFiles([DfeFiles.File("b1_children_in_need_2013_to_2025.csv")]);

        var figure = published.Figure("cin-rate", DfeFiles.Year2025, "E92000001")!;
        Assert.Null(figure.Value.Number);
        Assert.True(figure.Computed);
        Assert.Contains(published.Diagnostics, d => d.Code == DiagnosticCodes.PublishedPopulationMissing && d.Message.Contains("ons_mid-year_population_estimates", StringComparison.Ordinal));
        Assert.Contains(published.England("cin-rate", DfeFiles.Year2025).Notes, n => n.Contains("ONS population of England", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2021_groupings_layout_reads_with_its_own_headers()
    {
        var published = PublishedCsv.ReadFiles([DfeFiles.File("New_Statistical_Neighbour_Groupings_April_2021.csv")]);

        Assert.False(published.HasErrors, string.Join("\n", published.Diagnostics));
        // Line 3: Camden (202), nearest first 213, 205, 207, ...
        Assert.Equal(["213", "205", "207"], published.Neighbours!.Of("202").Take(3));
    }

    [Fact]
    public void Options_validate_when_set()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedOptions { MaxRepeatedFindings = -1 });
        Assert.Throws<ArgumentNullException>(() => new PublishedOptions { Map = null! });
        Assert.Throws<ArgumentException>(() => new PublishedColumnMap("2025", [new PublishedColumn("no-such-id", "x", "y")]));
    }
}
