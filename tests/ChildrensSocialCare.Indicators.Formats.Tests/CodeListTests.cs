using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ChildrensSocialCare.Indicators.Formats.Tests;

// The year-versioned code lists agree with the schemas they were transcribed from, year by year.
public partial class CodeListTests
{
    private static readonly Dictionary<string, string> CinItemsByXsdType = new()
    {
        ["ethnicitytype"] = "Ethnicity",
        ["disabilitytype"] = "Disability",
        ["unknownupntype"] = "UPNunknown",
        ["referralsourcetype"] = "ReferralSource",
        ["primaryneedcodetype"] = "PrimaryNeedCode",
        ["reasonforclosuretype"] = "ReasonForClosure",
        ["assessmentfactorstype"] = "AssessmentFactors",
        ["categoryofabusetype"] = "CategoryOfAbuse",
        ["gendertype"] = "Sex",
        ["sextype"] = "Sex",
    };

    public static TheoryData<int> CinYears => new(Enumerable.Range(2017, 10));

    public static TheoryData<int> Ssda903Years => new(Enumerable.Range(2017, 10));

    [Theory]
    [MemberData(nameof(CinYears))]
    public void The_CIN_code_lists_equal_the_enumerations_of_that_years_schema(int year)
    {
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var schema = XDocument.Load(Fixture.Path("liia-tools-pipeline", $"CIN_schema_{year}.xsd"));
        var lists = schema.Descendants(xs + "simpleType")
            .Where(t => CinItemsByXsdType.ContainsKey((string?)t.Attribute("name") ?? ""))
            .ToDictionary(t => CinItemsByXsdType[(string)t.Attribute("name")!], t => t.Descendants(xs + "enumeration").Select(e => (string)e.Attribute("value")!).Order().ToList());

        Assert.Equal(CodeLists.Items(StatutoryReturn.CinCensus).Order(), lists.Keys.Order());
        foreach (var (item, codes) in lists)
        {
            Assert.Equal(codes, CodeLists.Get(StatutoryReturn.CinCensus, item, year).Order());
        }
    }

    [Theory]
    [MemberData(nameof(Ssda903Years))]
    public void The_SSDA903_code_lists_equal_the_2017_schema_with_each_years_changes_applied(int year)
    {
        var lists = Ssda903ListsFromYaml(year);

        foreach (var item in CodeLists.Items(StatutoryReturn.Ssda903))
        {
            if (item == "SW_REASON" && year < 2024)
            {
                continue; // the social worker table starts in 2024
            }

            Assert.True(lists.ContainsKey(item), $"{item} is not in the YAML");
            Assert.Equal(lists[item], CodeLists.Get(StatutoryReturn.Ssda903, item, year).Order());
        }
    }

    [Theory]
    [InlineData("REC", "E45", 2018, false)]
    [InlineData("REC", "E45", 2019, true)]
    [InlineData("REC", "E43", 2018, true)]
    [InlineData("REC", "E43", 2019, false)]
    [InlineData("ACTIV", "F3", 2021, true)]
    [InlineData("ACTIV", "F3", 2022, false)]
    [InlineData("ACTIV", "P5", 2022, true)]
    [InlineData("SEX", "1", 2024, true)]
    [InlineData("SEX", "1", 2025, false)]
    [InlineData("SEX", "U", 2025, true)]
    [InlineData("PLACE", "K3", 2024, false)]
    [InlineData("PLACE", "K3", 2025, true)]
    [InlineData("PLACE", "H5", 2024, true)]
    [InlineData("PLACE", "H5", 2025, false)]
    [InlineData("PLACE", "P2", 2025, false)]
    [InlineData("PLACE", "Z11", 2025, false)]
    [InlineData("PLACE", "Z14", 2026, true)]
    [InlineData("PLACE", "Z1", 2026, true)]
    [InlineData("PLACE", "k3", 2030, true)]
    [InlineData("REASON_PLACE_CHANGE", "CUSTOD", 2014, false)]
    public void SSDA903_codes_are_valid_in_the_years_the_lists_give(string item, string code, int year, bool valid) =>
        Assert.Equal(valid, CodeLists.IsValid(StatutoryReturn.Ssda903, item, code, year));

    [Fact]
    public void An_item_without_a_code_list_is_an_argument_error() =>
        Assert.Throws<ArgumentException>(() => CodeLists.Get(StatutoryReturn.Ssda903, "DECOM", 2020));

    // SSDA903_schema_2017.yml, then every SSDA903_schema_YYYY.diff.yml up to the year (type: modify replaces a
    // field's codes; type: add brings a table).
    private static Dictionary<string, List<string>> Ssda903ListsFromYaml(int year)
    {
        var lists = new Dictionary<string, List<string>>();
        void Merge(Dictionary<string, List<string>> found)
        {
            foreach (var (field, codes) in found)
            {
                lists[field] = codes;
            }
        }

        Merge(ParseFields(File.ReadAllLines(Fixture.Path("liia-tools-pipeline", "SSDA903_schema_2017.yml"))));
        foreach (var diffYear in new[] { 2019, 2022, 2024, 2025, 2026 }.Where(y => y <= year))
        {
            var lines = File.ReadAllLines(Fixture.Path("liia-tools-pipeline", $"SSDA903_schema_{diffYear}.diff.yml"));
            string? field = null;
            var codes = new List<string>();
            var added = new List<string>();
            foreach (var line in lines)
            {
                if (ModifiedField().Match(line) is { Success: true } m)
                {
                    if (field is not null)
                    {
                        lists[field] = codes;
                    }

                    field = m.Groups[1].Value;
                    codes = [];
                }
                else if (line.StartsWith("column_map.", StringComparison.Ordinal))
                {
                    if (field is not null)
                    {
                        lists[field] = codes;
                    }

                    field = null;
                    added.Add(line);
                }
                else if (field is not null && Code().Match(line) is { Success: true } c)
                {
                    codes.Add(c.Groups[1].Value.Trim());
                }
            }

            if (field is not null)
            {
                lists[field] = codes;
            }

            if (added.Count > 0)
            {
                Merge(ParseFields(lines));
            }
        }

        return lists.Where(l => l.Value.Count > 0).ToDictionary(l => l.Key, l => l.Value.Order().ToList());
    }

    // "FIELD:" lines followed by "- code: "X"" lines (the base schema, and the table a diff adds).
    private static Dictionary<string, List<string>> ParseFields(string[] lines)
    {
        var found = new Dictionary<string, List<string>>();
        string? field = null;
        foreach (var line in lines)
        {
            if (FieldLine().Match(line) is { Success: true } f)
            {
                field = f.Groups[1].Value;
            }
            else if (field is not null && Code().Match(line) is { Success: true } c)
            {
                if (!found.TryGetValue(field, out var codes))
                {
                    codes = [];
                    found[field] = codes;
                }

                if (!codes.Contains(c.Groups[1].Value.Trim()))
                {
                    codes.Add(c.Groups[1].Value.Trim());
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"^column_map\.\w+\.(\w+)\.category:")]
    private static partial Regex ModifiedField();

    [GeneratedRegex(@"^\s+([A-Z_]+):\s*$")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"^\s*- code: ""([^""]*)""")]
    private static partial Regex Code();
}
