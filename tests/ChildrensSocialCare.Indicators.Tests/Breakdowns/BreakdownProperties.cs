using ChildrensSocialCare.Indicators.Records;
using ChildrensSocialCare.Indicators.Tests.Properties;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Breakdowns;

/// <summary>
/// Every unit is in exactly one group (specification section 5), so over generated authorities, for every indicator
/// of the catalogue and every dimension that applies to it (the built-in ones, a regrouping and a caller's own), the
/// groups' numerators and denominators add up to the whole result's, and the whole is the one Evaluate gives.
/// </summary>
public class BreakdownProperties
{
    // The generators leave sex, ethnicity, disability and the coded fields blank; these codes (valid, odd-cased,
    // invalid and blank) are dealt out by the record's position so that every group, unknown and other included, is met.
    private static readonly string[] s_sex = ["1", "2", "M", "f", "U", "9", "", "X"];
    private static readonly string[] s_ethnicity = ["WBRI", "mwbc", "AIND", "CHNE", "BAFR", "OOTH", "REFU", "", "ZZZZ"];
    private static readonly string[][] s_disability = [[], ["NONE"], ["MOB"], ["NONE", "AUT"], ["odd"]];
    private static readonly string[] s_need = ["N1", "N4", "N0", "n9", "", "N10"];
    private static readonly string[] s_source = ["1A", "6", "10", "5D", " 2a", "", "77"];
    private static readonly string[] s_closure = ["RC1", "RC8", "", "RC0"];
    private static readonly string[] s_category = ["NEG", "PHY", "mul", "", "XXX"];
    private static readonly string[] s_provider = ["PR1", "PR4", "PR0", "", "PR9"];
    private static readonly string[] s_legal = ["C2", "E1", "V2", "J1", "L1", "", "Q1"];

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void The_groups_add_up_to_the_whole_for_every_indicator_and_dimension(Case c)
    {
        var data = DataSet.Create(Scenario.ToRecordSet(c.Scenario.Records.Select(Coded)));
        var callers = Dimension.Custom("id-length", "Length of the child id", u => u.ChildId is { Length: > 3 } ? "long" : u.ChildId is null ? null : "short");
        var regrouped = Dimension.Get(DimensionIds.Ethnicity).Regroup("white-or-not", "White or not",
            new Dictionary<string, string> { ["WBRI"] = "white", ["WIRI"] = "white", ["WIRT"] = "white", ["WOTH"] = "white", ["WROM"] = "white" });
        foreach (var p in c.Periods)
        {
            foreach (var o in c.Options)
            {
                var breakdown = BreakdownOptions.Default.WithPopulations(DimensionIds.Sex, new Dictionary<string, long> { ["male"] = 5_000, ["female"] = 4_000 });
                foreach (var indicator in Catalogue.All)
                {
                    var whole = data.Evaluate(indicator, p, o);
                    var dimensions = indicator.Dimensions.Select(Dimension.Get).Append(callers).Append(regrouped).Where(d => d.AppliesTo(indicator));
                    foreach (var dimension in dimensions)
                    {
                        var b = data.Breakdown(indicator, dimension, p, o, breakdown);
                        var why = $"{indicator.Id} by {dimension.Id} for {p}: {b}";
                        Assert.True(whole.Numerator == b.Whole.Numerator && whole.Denominator == b.Whole.Denominator && whole.Value == b.Whole.Value, why);
                        if (!b.Whole.IsAvailable && b.Groups.Count == 0)
                        {
                            continue;
                        }

                        Assert.Equal(b.Groups.Count, b.Groups.Select(g => g.Key).Distinct(StringComparer.Ordinal).Count());
                        Assert.True(b.Groups.Sum(g => g.Numerator) == b.Whole.Numerator, why);
                        if (indicator.Unit is Unit.Percentage or Unit.Days or Unit.Score)
                        {
                            Assert.True(b.Groups.Sum(g => g.Denominator ?? 0) == b.Whole.Denominator, why);
                            Assert.All(b.Groups, g => Assert.True(g.Denominator > 0, $"{why}: group {g.Key} holds no unit"));
                        }

                        foreach (var g in b.Groups.Where(g => g.Value is not null && g.Interval is not null))
                        {
                            Assert.True(g.Interval!.Value.Contains(g.Value!.Value), $"{why}: {g.Key}'s interval {g.Interval} does not contain {g.Value}");
                        }
                    }
                }
            }
        }
    }

    private static object Coded(object record, int i) => record switch
    {
        Child r => r with { Sex = s_sex[i % s_sex.Length], Ethnicity = s_ethnicity[i % s_ethnicity.Length], Disabilities = s_disability[i % s_disability.Length] },
        CinEpisode r => r with
        {
            PrimaryNeed = s_need[i % s_need.Length],
            ReferralSource = s_source[i % s_source.Length],
            ReasonForClosure = r.ClosureDate is null ? default : s_closure[i % s_closure.Length],
        },
        ChildProtectionPlan r => r with { InitialCategory = s_category[i % s_category.Length] },
        LookedAfterEpisode r => r.LegalStatus.IsShortBreak ? r
            : r with { PlacementProvider = s_provider[i % s_provider.Length], LegalStatus = i % 3 == 0 ? s_legal[i % s_legal.Length] : r.LegalStatus },
        _ => record,
    };
}
