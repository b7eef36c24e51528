using System.CommandLine;
using System.Globalization;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// scorecard generate --children N --years 2012-2015 --seed S --out DIR: a synthetic authority (never real data)
// written as the files a council would have, with the library's own writers: DIR/ssda903/SSDA903_<year>_<table>.csv
// (every table of every year, side by side in one folder, as the SSDA903 reader takes them) and
// DIR/cin/CIN_Census_<year>.xml, and the Ofsted Annex A workbook of the last year's 31 March,
// DIR/annex-a/Annex_A_<date>.xlsx (AnnexAExtract: the lists the authority would send for an inspection then). The
// summary on standard output ends with the command that scores the files, with the authority's population.
internal sealed class GenerateCommand
{
    public Option<int> Children { get; } = OptionValues.Read<int>("--children", "N",
        string.Create(CultureInfo.InvariantCulture, $"children with a record in the years (default {SyntheticOptions.Default.Children:N0}; 1 to 10,000,000)"),
        (string text, out int size) =>
        {
            var read = OptionValues.TryWholeNumber(text, out var n) && n is >= 1 and <= 10_000_000;
            size = read ? (int)n : 0;
            return read;
        },
        "is not a whole number from 1 to 10,000,000");

    public Option<(int First, int Last)> Years { get; } = OptionValues.Read<(int First, int Last)>("--years", "FIRST-LAST",
        string.Create(CultureInfo.InvariantCulture, $"collection years (ending 31 March), e.g. 2012-2015 or 2015 (default {SyntheticOptions.Default.FirstCollectionYear}-{SyntheticOptions.Default.LastCollectionYear})"),
        TryYears, YearsProblem());

    public Option<int> Seed { get; } = OptionValues.Read<int>("--seed", "S",
        string.Create(CultureInfo.InvariantCulture, $"the generator's seed: the same options give the same files (default {SyntheticOptions.Default.Seed})"),
        (string text, out int seed) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed),
        "is not a whole number");

    public Option<string> Out { get; } = new("--out")
    {
        HelpName = "DIR",
        Description = "the folder to write ssda903/ and cin/ into (created when missing; files of the same names are replaced)",
    };

    public IReadOnlyList<Option> All => [Children, Years, Seed, Out];

    public Command Create(Streams streams)
    {
        var generate = new Command("generate", "write a synthetic authority's SSDA903 and CIN census returns as files");
        foreach (var option in All)
        {
            generate.Options.Add(option);
        }

        generate.Validators.Add(result =>
        {
            if (result.GetResult(Out) is null)
            {
                result.AddError("generate needs --out <folder>");
            }
        });
        generate.SetAction(parsed =>
        {
            var options = SyntheticOptions.Default;
            if (parsed.GetResult(Children) is not null)
            {
                options = options with { Children = parsed.GetValue(Children) };
            }

            if (parsed.GetResult(Years) is not null)
            {
                var (first, last) = parsed.GetValue(Years);
                options = options with { FirstCollectionYear = first, LastCollectionYear = last };
            }

            if (parsed.GetResult(Seed) is not null)
            {
                options = options with { Seed = parsed.GetValue(Seed) };
            }

            return Run(options, parsed.GetValue(Out)!, streams);
        });
        return generate;
    }

    private static int Run(SyntheticOptions options, string folder, Streams streams)
    {
        if (File.Exists(folder))
        {
            throw new InputException($"--out: {folder} is a file, not a folder");
        }

        var authority = Progress.Step(streams.Progress, string.Create(CultureInfo.InvariantCulture, $"generating {options.Children:N0} children"),
            () => SyntheticAuthority.Generate(options));
        var ssda903 = Path.Combine(folder, "ssda903");
        var cin = Path.Combine(folder, "cin");
        Directory.CreateDirectory(cin);
        var tables = new List<string>();
        var censuses = new List<string>();
        foreach (var year in authority.Returns)
        {
            var collectionYear = year.CollectionYear!.Value;
            tables.AddRange(Progress.Step(streams.Progress, string.Create(CultureInfo.InvariantCulture, $"writing the {collectionYear} SSDA903 return"),
                () => Ssda903Csv.WriteFolder(year, ssda903)).Files);
            var census = Path.Combine(cin, string.Create(CultureInfo.InvariantCulture, $"CIN_Census_{collectionYear}.xml"));
            censuses.AddRange(Progress.Step(streams.Progress, string.Create(CultureInfo.InvariantCulture, $"writing the {collectionYear} CIN census"),
                () => CinCensusXml.Write(year, census, options.LocalAuthorityCode)).Files);
        }

        // The Annex A lists an inspection announced on the last year's 31 March would ask for.
        var reference = new DateOnly(options.LastCollectionYear, 3, 31);
        var annexA = Path.Combine(folder, "annex-a", string.Create(CultureInfo.InvariantCulture, $"Annex_A_{reference:yyyy-MM-dd}.xlsx"));
        Directory.CreateDirectory(Path.GetDirectoryName(annexA)!);
        var workbook = Progress.Step(streams.Progress, "writing the Annex A workbook",
            () => AnnexAWorkbook.Write(AnnexAExtract.From(DataSet.Create(authority.Returns), reference), annexA)).Files;

        var output = streams.Out;
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"Synthetic authority (never real data): {options.Children:N0} children, collection years {options.FirstCollectionYear} to {options.LastCollectionYear}, seed {options.Seed}, population aged 0-17 {authority.Population:N0}."));
        output.Line(string.Create(CultureInfo.InvariantCulture, $"Wrote {tables.Count} SSDA903 CSV tables to {ssda903} ({Megabytes(tables)})."));
        output.Line(string.Create(CultureInfo.InvariantCulture, $"Wrote {censuses.Count} CIN census files to {cin} ({Megabytes(censuses)})."));
        output.Line(string.Create(CultureInfo.InvariantCulture, $"Wrote the Ofsted Annex A workbook of {reference:d MMMM yyyy} to {annexA} ({Megabytes(workbook)})."));
        output.Line("Not written: the workforce, contacts and legacy assessments (in neither return).");
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"Score them: scorecard --ssda903 {Quoted(ssda903)} --cin {Quoted(cin)} --year {options.LastCollectionYear} --population {authority.Population}"));
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"The inspection scorecard: scorecard --annex-a {Quoted(annexA)} --reference-date {reference:yyyy-MM-dd} --population {authority.Population}"));
        return ScorecardApp.Success;
    }

    // 2012-2015, 2012..2015 or one year 2015; within the years the generator's calendar covers.
    private static bool TryYears(string text, out (int First, int Last) years)
    {
        years = default;
        var parts = text.Split(["..", "-"], StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var last))
        {
            return false;
        }

        var (min, max) = CalendarYears();
        if (first < min || last > max || last < first)
        {
            return false;
        }

        years = (first, last);
        return true;
    }

    private static string YearsProblem()
    {
        var (min, max) = CalendarYears();
        return string.Create(CultureInfo.InvariantCulture, $"is not a range of collection years from {min} to {max} (use 2012-2015 or 2015)");
    }

    // The collection years the default calendar covers: each year ends on 31 March, so the first is the year after
    // the calendar starts (as the generator checks).
    private static (int First, int Last) CalendarYears()
    {
        var calendar = SyntheticOptions.Default.Calendar;
        return (calendar.CoverageStart.Year + 1, calendar.CoverageEnd.Year);
    }

    private static string Megabytes(IEnumerable<string> files) =>
        string.Create(CultureInfo.InvariantCulture, $"{files.Sum(f => new FileInfo(f).Length) / 1e6:N1} MB");

    private static string Quoted(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
