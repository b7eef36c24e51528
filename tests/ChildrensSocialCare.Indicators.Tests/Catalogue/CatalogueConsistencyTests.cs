using System.Reflection;
using System.Text.RegularExpressions;
using ChildrensSocialCare.Indicators.Tests.Indicators;
using ChildrensSocialCare.Indicators.Tests.Shared;

// Not "...Tests.Catalogue": a namespace of that name would hide the Catalogue class from the whole test assembly.
namespace ChildrensSocialCare.Indicators.Tests.CatalogueConsistency;

// Keeps the catalogue honest against the specification's table (INDICATORS.md section 2), transcribed here so that
// the repository stands alone, in the table's order.
public partial class CatalogueConsistencyTests
{
    private sealed record Row(string Id, string Title, Unit Unit, int Decimals, Polarity Polarity, string[] LegacyIds);

    private const Unit Pct = Unit.Percentage;
    private const Unit R10k = Unit.RatePer10000;
    private const Polarity Plus = Polarity.HigherIsBetter;
    private const Polarity Minus = Polarity.LowerIsBetter;
    private const Polarity Ctx = Polarity.Context;

    private static readonly Row[] SpecificationTable =
    [
        new("referrals-rate", "Referrals per 10,000 children", R10k, 1, Ctx, ["DfE C1"]),
        new("re-referrals-12m", "Re-referrals within 12 months of a previous referral", Pct, 1, Minus, ["DfE C1"]),
        new("referrals-nfa", "Referrals resulting in no further action", Pct, 1, Ctx, ["DfE C1"]),
        new("contacts-outcomes", "Contacts by decision outcome (count per outcome, share of all contacts)", Unit.Count, 1, Ctx, ["local (seed 2.7)"]),
        new("initial-assessments-rate", "Initial assessments completed per 10,000 (legacy, to 2013-14)", R10k, 1, Ctx, ["seed 2.6"]),
        new("initial-assessments-10wd", "Initial assessments completed within 10 working days", Pct, 1, Plus, ["NI 59 (10 WD variant)"]),
        new("initial-assessments-child-seen", "Initial assessments where the child was seen", Pct, 1, Plus, ["local (seed 2.6)"]),
        new("initial-assessments-child-seen-alone", "Initial assessments where the child was seen alone", Pct, 1, Plus, ["local (seed 2.6)"]),
        new("core-assessments-35wd", "Core assessments completed within 35 working days (legacy)", Pct, 1, Plus, ["NI 60"]),
        new("assessments-rate", "Assessments completed per 10,000", R10k, 1, Ctx, ["DfE C2"]),
        new("assessments-45wd", "Assessments completed within 45 working days", Pct, 1, Plus, ["DfE C2"]),
        new("s47-rate", "Section 47 enquiries started per 10,000", R10k, 1, Ctx, ["DfE C4"]),
        new("icpc-15wd", "Initial child protection conferences within 15 working days of the S47 start", Pct, 1, Plus, ["DfE C4"]),
        new("cin-rate", "Children in need at period end per 10,000", R10k, 1, Ctx, ["DfE B1"]),
        new("cpp-rate", "Children subject of a child protection plan at period end per 10,000", R10k, 1, Ctx, ["DfE D1"]),
        new("cpp-second-subsequent", "Children becoming subject of a plan for a second or subsequent time (ever)", Pct, 1, Minus, ["NI 65", "DfE D3"]),
        new("cpp-repeat-within-2y", "...whose previous plan ended within 2 years", Pct, 1, Minus, ["local (seed 2.23)"]),
        new("cpp-ended-2y-plus", "Plans ended in the period that had lasted 2 years or more", Pct, 1, Minus, ["NI 64", "DfE D7"]),
        new("cpp-open-2y-plus", "Plans open at period end that have lasted 2 years or more", Pct, 1, Minus, ["local (seed 2.23)"]),
        new("cla-rate", "Children looked after at period end per 10,000", R10k, 0, Ctx, ["DfE A1"]),
        new("cla-3plus-placements", "Looked after at period end with 3 or more placements during the period", Pct, 0, Minus, ["NI 62"]),
        new("cla-long-term-stability", "Under 16s looked after 2.5 years or more, in the same placement 2 years or more", Pct, 0, Plus, ["NI 63"]),
        new("care-leavers-suitable-accommodation", "Care leavers in suitable accommodation", Pct, 0, Plus, ["NI 147", "DfE F"]),
        new("care-leavers-eet", "Care leavers in education, employment or training", Pct, 0, Plus, ["NI 148", "DfE F"]),
        new("care-leavers-in-touch", "Care leavers the authority is in touch with", Pct, 0, Plus, ["DfE F"]),
        new("adoption-entry-to-placement-days", "Mean days from entering care to moving in with the adoptive family, children adopted in the period", Unit.Days, 0, Minus, ["scorecard A1"]),
        new("workforce-agency-share", "Social work posts filled by agency workers", Pct, 1, Minus, ["local (seed 2.15)"]),
        new("workforce-sickness-change", "Change in sickness absence days per FTE against the previous year", Pct, 1, Minus, ["local (seed 2.15)"]),
        // Section 8 (second wave), in its table's order.
        new("cla-started-rate", "Children who started to be looked after per 10,000", R10k, 0, Ctx, ["DfE A (starts)"]),
        new("cla-ceased", "Children who ceased to be looked after", Unit.Count, 0, Ctx, ["DfE A (ceased)"]),
        new("cla-ceased-adopted", "Children ceasing to be looked after who were adopted", Pct, 0, Ctx, ["DfE E"]),
        new("cla-uasc-share", "Looked after at period end who are unaccompanied asylum-seeking children", Pct, 0, Ctx, ["DfE A"]),
        new("cla-missing", "Looked after during the period who had a missing incident", Pct, 0, Ctx, ["DfE (missing)"]),
        new("cla-away", "Looked after during the period who were away from placement without authorisation", Pct, 0, Ctx, ["DfE (missing)"]),
        new("cla-health-checks", "Looked after 12 months or more whose annual health assessment was up to date", Pct, 0, Plus, ["DfE OC2"]),
        new("cla-dental-checks", "... whose teeth were checked by a dentist", Pct, 0, Plus, ["DfE OC2"]),
        new("cla-immunisations", "... whose immunisations were up to date", Pct, 0, Plus, ["DfE OC2"]),
        new("cla-development-assessments", "... aged under 5, whose development assessments were up to date", Pct, 0, Plus, ["DfE OC2"]),
        new("cla-sdq-mean", "Mean strengths and difficulties questionnaire score, aged 5 to 16", Unit.Score, 1, Minus, ["DfE OC2"]),
        new("cla-sdq-concern", "SDQ score of 17 or more (a cause for concern), aged 5 to 16", Pct, 0, Minus, ["DfE OC2"]),
        new("cla-convicted", "Aged 10 or over, convicted or subject to a youth caution or youth conditional caution", Pct, 0, Minus, ["DfE OC2"]),
        new("cla-substance-misuse", "Identified as having a substance misuse problem", Pct, 0, Ctx, ["DfE OC2"]),
        new("cla-reviews-on-time", "Looked after 20 working days or more whose reviews were all held in time", Pct, 0, Plus, ["NI 66"]),
        new("cpp-started-rate", "Children who became the subject of a child protection plan per 10,000", R10k, 1, Ctx, ["DfE D"]),
        new("icpc-rate", "Initial child protection conferences per 10,000", R10k, 1, Ctx, ["DfE C4"]),
        new("s47-to-icpc", "Section 47 enquiries started in the period that led to an initial conference", Pct, 1, Ctx, ["DfE C4"]),
        new("cpp-reviews-on-time", "Child protection plans whose reviews were all held in time", Pct, 1, Plus, ["NI 67"]),
        new("assessment-factors", "Factors identified at the end of assessment (count per factor, share of assessments)", Unit.Count, 1, Ctx, ["DfE C3"]),
        new("cin-disabled-share", "Children in need at period end with a disability recorded", Pct, 1, Ctx, ["DfE B"]),
        new("adoption-order-to-match-days", "Mean days from the placement order to the match with the adopters", Unit.Days, 0, Minus, ["scorecard A2"]),
    ];

    // Snapshots per the definitions ("at period end", "at the snapshot date"); every other indicator is a flow.
    private static readonly string[] Snapshots =
        ["cin-rate", "cpp-rate", "cpp-open-2y-plus", "cla-rate", "cla-3plus-placements", "cla-long-term-stability", "workforce-agency-share",
         "cla-uasc-share", "cin-disabled-share", "cla-health-checks", "cla-dental-checks", "cla-immunisations",
         "cla-development-assessments", "cla-sdq-mean", "cla-sdq-concern", "cla-convicted", "cla-substance-misuse"];

    public static TheoryData<string> Ids() => [.. SpecificationTable.Select(r => r.Id)];

    [Fact]
    public void The_catalogue_holds_exactly_the_specification_ids_in_its_order()
    {
        Assert.Equal(SpecificationTable.Select(r => r.Id), Catalogue.All.Select(d => d.Id));
    }

    [Fact]
    public void Every_id_is_unique_stable_kebab_case()
    {
        var ids = Catalogue.All.Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ids, id => Assert.Matches(KebabCase(), id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_entry_matches_the_specification_table(string id)
    {
        var row = SpecificationTable.Single(r => r.Id == id);
        var d = Catalogue.Get(id);

        Assert.Equal(row.Unit, d.Unit);
        Assert.Equal(row.Decimals, d.Decimals);
        Assert.Equal(row.Polarity, d.Polarity);
        Assert.Equal(row.LegacyIds, d.LegacyIds);
        Assert.Equal(Snapshots.Contains(id) ? MeasureKind.Snapshot : MeasureKind.Flow, d.Kind);
        // The title is the table's, or the table's shortened at its parenthesis or comma, or (for a row the table
        // abbreviates with "...") ends with the table's words.
        Assert.True(
            d.Title == row.Title ||
            row.Title.StartsWith(d.Title + " (", StringComparison.Ordinal) ||
            row.Title.StartsWith(d.Title + ",", StringComparison.Ordinal) ||
            (row.Title.StartsWith("...", StringComparison.Ordinal) && d.Title.EndsWith(row.Title[3..], StringComparison.Ordinal)),
            $"{id}: catalogue title '{d.Title}' does not match the specification's '{row.Title}'");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_entry_has_its_words_source_and_known_options(string id)
    {
        var d = Catalogue.Get(id);
        var optionNames = typeof(EvaluationOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet();

        Assert.False(string.IsNullOrWhiteSpace(d.Title));
        Assert.False(string.IsNullOrWhiteSpace(d.Numerator));
        Assert.False(string.IsNullOrWhiteSpace(d.Denominator));
        Assert.False(string.IsNullOrWhiteSpace(d.Source));
        Assert.NotEmpty(d.LegacyIds);
        Assert.All(d.Decisions, text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.All(d.Options, name => Assert.Contains(name, optionNames));
        Assert.Equal(d.Unit == Unit.RatePer10000, d.RequiresPopulation);
        Assert.Equal(d.Unit == Unit.RatePer10000, d.Options.Contains(nameof(EvaluationOptions.Population)));
        Assert.Equal(d.IsAnnualisable, d.Options.Contains(nameof(EvaluationOptions.Annualise)));
        Assert.False(d.IsAnnualisable && d.Kind == MeasureKind.Snapshot, "a snapshot is never annualised");
        Assert.Equal(id, d.ToString());
        Assert.Same(d, Catalogue.Find(" " + id + " "));
    }

    [Fact]
    public void An_unknown_id_is_an_error_that_lists_the_ids()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Catalogue.Get("re-referrals"));

        Assert.Contains("re-referrals-12m", e.Message, StringComparison.Ordinal);
        Assert.Null(Catalogue.Find("RE-REFERRALS-12M"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_indicator_evaluates_to_a_value_on_a_non_trivial_data_set(string id)
    {
        var result = RichData.Create().Evaluate(id, RichData.Period, RichData.Options);

        Assert.True(result.IsAvailable, result.NotAvailableReason);
        Assert.NotNull(result.Value);
        Assert.NotEqual(0m, result.Numerator);
        // A count without shares (cla-ceased) has no denominator (specification 8.1).
        Assert.True(result.Denominator > 0 || (result.Unit == Unit.Count && result.Details.Count == 0), id);
        Assert.Equal(id, result.Id);
        // A count (contacts-outcomes) is shown as a whole number; the catalogue's precision is that of its shares.
        var decimals = result.Unit == Unit.Count ? 0 : result.Indicator.Decimals;
        Assert.Equal(Rounding.Format(result.Value.Value, decimals), result.Display);
    }

    [Fact]
    public void No_indicator_id_is_written_in_the_source_outside_its_definition()
    {
        var root = RepositoryRoot.Find();
        // Any id as a whole word: one regex for all ids, longest first so that no id is matched by a shorter one.
        var anyId = new Regex(
            "(?<![a-z0-9-])(" + string.Join("|", Catalogue.All.Concat(Catalogue.Inspection).Select(d => d.Id).OrderByDescending(id => id.Length).Select(Regex.Escape)) + ")(?![a-z0-9-])",
            RegexOptions.CultureInvariant);
        var offences = new List<string>();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            // A published release's column map names the ids whose published columns it maps (data by design, checked
            // against the catalogue by its own tests): the one place outside the definitions.
            .Where(f => !f.Replace(Path.DirectorySeparatorChar, '/').EndsWith("src/ChildrensSocialCare.Indicators.Formats/Published/PublishedColumnMap.cs", StringComparison.Ordinal))
            .ToList();

        // Each id is written once, as the Id of its definition (Indicators/<Family>/<Name>.cs); nowhere else in code.
        var definitions = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var n = 0; n < lines.Length; n++)
            {
                // Comments and XML docs may name an indicator; code may not.
                var code = WithoutComment(lines[n]);
                foreach (Match m in anyId.Matches(code))
                {
                    if (code.Trim() == $"Id = \"{m.Value}\"," && IsDefinitionFile(root, file))
                    {
                        definitions.Add(m.Value);
                    }
                    else
                    {
                        offences.Add($"{Path.GetRelativePath(root, file)}:{n + 1}: {m.Value}");
                    }
                }
            }
        }

        Assert.Empty(offences);
        Assert.Equal(Catalogue.All.Concat(Catalogue.Inspection).Select(d => d.Id).Order(StringComparer.Ordinal), definitions.Order(StringComparer.Ordinal));
    }

    private static bool IsDefinitionFile(string root, string file) =>
        Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/')
            .StartsWith("src/ChildrensSocialCare.Indicators/Indicators/", StringComparison.Ordinal);

    [Fact]
    public void The_source_scan_sees_an_id_in_code_but_not_in_a_comment()
    {
        // Guards the scan above against passing because it cannot see anything.
        Assert.Contains("cla-rate", WithoutComment("var x = Evaluate(\"cla-rate\"); // cla-rate"), StringComparison.Ordinal);
        Assert.DoesNotContain("cla-rate", WithoutComment("    // cla-rate (DfE A1): children"), StringComparison.Ordinal);
        Assert.DoesNotContain("cla-rate", WithoutComment("    /// <summary><c>cla-rate</c></summary>"), StringComparison.Ordinal);
        Assert.Contains("cla-rate", WithoutComment("var u = \"http://x\" + \"cla-rate\";"), StringComparison.Ordinal);
    }

    // The line without a trailing // comment that is not inside a string literal.
    private static string WithoutComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\'))
            {
                inString = !inString;
            }
            else if (!inString && line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/')
            {
                return line[..i];
            }
        }

        return line;
    }

    [Fact]
    public void By_family_holds_every_indicator_once_family_by_family_and_in_sequence_within_each()
    {
        var byFamily = Catalogue.ByFamily;

        Assert.Equal(Catalogue.All.Select(d => d.Id).Order(), byFamily.Select(d => d.Id).Order());
        // DfE's order: the front door, children in need, child protection, looked after, adoption, care leavers, workforce.
        Assert.Equal(
            [IndicatorFamily.Contacts, IndicatorFamily.Referrals, IndicatorFamily.Assessments, IndicatorFamily.ChildrenInNeed,
             IndicatorFamily.ChildProtection, IndicatorFamily.LookedAfter, IndicatorFamily.Adoption, IndicatorFamily.CareLeavers,
             IndicatorFamily.Workforce],
            byFamily.Select(d => d.Family).Distinct());
        for (var i = 1; i < byFamily.Count; i++)
        {
            Assert.True(byFamily[i - 1].Family < byFamily[i].Family
                || (byFamily[i - 1].Family == byFamily[i].Family && byFamily[i - 1].Sequence < byFamily[i].Sequence),
                $"{byFamily[i - 1].Id} comes before {byFamily[i].Id}");
        }

        // The second wave sits with its family: the OC2 measures among the looked-after ones, not after the workforce.
        Assert.Equal(IndicatorFamily.Workforce, byFamily[^1].Family);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
