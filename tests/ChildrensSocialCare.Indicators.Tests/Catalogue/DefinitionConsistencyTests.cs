using System.Reflection;
using ChildrensSocialCare.Indicators.Tests.Evaluation.Kernels;
using ChildrensSocialCare.Indicators.Tests.Indicators;
using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Tests.CatalogueConsistency;

// The conventions of the definitions (Indicators/<Family>/<Name>.cs), kept true by reflection as NodaTime's
// ConsistencyTest keeps its own: adding an indicator is one file, and that file says everything about it.
public class DefinitionConsistencyTests
{
    private static readonly Type[] s_definitionTypes =
        [.. typeof(Indicator).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Indicator)))];

    public static TheoryData<string> Ids => [.. Catalogue.All.Select(d => d.Id)];

    // The inspection measures of Annex A (specification 9.3), kept out of Catalogue.All: the same conventions hold.
    public static TheoryData<string> InspectionIds => [.. Catalogue.Inspection.Select(d => d.Id)];

    [Fact]
    public void Every_definition_type_is_in_the_catalogue_once_in_sequence_order()
    {
        Assert.Equal(s_definitionTypes.Length, Catalogue.All.Count + Catalogue.Inspection.Count);
        Assert.Equal(Catalogue.Inspection.Select(d => d.Sequence).Distinct().Order(), Catalogue.Inspection.Select(d => d.Sequence));
        Assert.Equal(Catalogue.All.Count, Catalogue.All.Select(d => d.Computation.GetType()).Distinct().Count());
        Assert.All(Catalogue.All, d => Assert.True(d.Sequence > 0, d.Id));
        Assert.Equal(Catalogue.All.Select(d => d.Sequence).Distinct().Order(), Catalogue.All.Select(d => d.Sequence));
        Assert.Equal(Catalogue.All.Count, Catalogue.All.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_definition_is_a_sealed_type_in_the_file_named_after_it_in_its_family_folder()
    {
        var root = RepositoryRoot.Find();
        foreach (var definition in Catalogue.All.Concat(Catalogue.Inspection))
        {
            var type = definition.Computation.GetType();
            Assert.True(type.IsSealed, type.Name);
            var file = Path.Combine(root, "src", "ChildrensSocialCare.Indicators", "Indicators", definition.Family.ToString(), type.Name + ".cs");
            Assert.True(File.Exists(file), $"{definition.Id}: expected {file}");
            Assert.Contains($"Id = \"{definition.Id}\",", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    [MemberData(nameof(InspectionIds))]
    public void Every_definition_names_its_source_words_dimensions_reference_date_and_exclusions(string id)
    {
        var d = Catalogue.Get(id);
        Assert.False(string.IsNullOrWhiteSpace(d.Title));
        Assert.False(string.IsNullOrWhiteSpace(d.Source));
        Assert.False(string.IsNullOrWhiteSpace(d.Numerator));
        Assert.False(string.IsNullOrWhiteSpace(d.Denominator));
        Assert.NotNull(d.ReferenceDate);

        // Dimensions are built-in ids, each once, in the specification's order.
        Assert.All(d.Dimensions, x => Assert.Contains(x, DimensionIds.All));
        Assert.Equal(d.Dimensions, DimensionIds.All.Where(d.Dimensions.Contains));

        // A snapshot's units are grouped at the period end (specification 5); a unit with a child has the dimensions
        // that apply to every indicator.
        if (d.Kind == MeasureKind.Snapshot)
        {
            Assert.True(d.ReferenceDate.IsPeriodEnd, id);
        }

        if (d.Dimensions.Count > 0)
        {
            Assert.Equal([DimensionIds.AgeBand, DimensionIds.Sex, DimensionIds.EthnicityGroup, DimensionIds.Ethnicity], d.Dimensions.Take(4));
        }

        Assert.All(d.Exclusions, x => Assert.Contains(x, ExclusionCodes.All));
        Assert.Equal(d.Exclusions.Count, d.Exclusions.Distinct().Count());
    }

    [Fact]
    public void Every_exclusion_code_is_a_listed_constant_with_its_own_words()
    {
        var constants = typeof(ExclusionCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(constants.Order(StringComparer.Ordinal), ExclusionCodes.All.Order(StringComparer.Ordinal));
        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.All(constants, c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$", c));

        // Every code is reported by some indicator.
        Assert.Equal(constants.Order(StringComparer.Ordinal), Catalogue.All.Concat(Catalogue.Inspection).SelectMany(d => d.Exclusions).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_dimension_id_is_a_listed_constant()
    {
        var constants = typeof(DimensionIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(constants, DimensionIds.All);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Explaining_runs_the_same_kernel_so_its_counts_and_codes_agree_with_the_scorecard(string id)
    {
        var d = Catalogue.Get(id);
        foreach (var data in new[] { RichData.Create(), ExclusionData.Create() })
        {
            var context = new EvaluationContext(data, RichData.Period, RichData.Options);
            var counting = default(CountingSink);
            var tally = d.Computation.Run(context, ref counting);
            var explaining = new ExplainingSink(d.Computation.Units(context));
            var explained = d.Computation.Run(new EvaluationContext(data, RichData.Period, RichData.Options), ref explaining);
            var explanation = explaining.Build(d, RichData.Period);

            Assert.Equal((tally.Numerator, tally.Denominator), (explained.Numerator, explained.Denominator));
            Assert.Equal((counting.Numerator, counting.Denominator), (explaining.Numerator, explaining.Denominator));
            Assert.Equal(counting.Numerator, explanation.Numerator.Count);
            Assert.All(explanation.Excluded, x => Assert.Contains(x.Code, d.Exclusions));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_flow_dates_each_unit_by_its_event_in_the_period_and_a_snapshot_by_the_period_end(string id)
    {
        var d = Catalogue.Get(id);
        var data = RichData.Create();
        var context = new EvaluationContext(data, RichData.Period, RichData.Options);
        var units = d.Computation.Units(context);
        var sink = new RecordingSink();
        d.Computation.Run(context, ref sink);

        Assert.Equal(!d.ReferenceDate.IsPeriodEnd, units.HasEventDay);
        var reported = sink.Calls.Where(call => !call.StartsWith("exclude", StringComparison.Ordinal))
            .Select(call => int.Parse(call.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(reported);
        Assert.All(reported, row => Assert.True(context.InPeriod(units.ReferenceDay(row)), $"{id}: row {row}"));
        if (d.Dimensions.Count > 0)
        {
            Assert.All(reported, row => Assert.InRange(units.Child(row), 0, data.ChildCount - 1));
        }
    }

    [Fact]
    public void Every_exclusion_code_is_seen_with_its_words_on_data_made_to_exclude()
    {
        var data = ExclusionData.Create();
        var seen = new Dictionary<string, string>();
        var fromReferral = RichData.Options with { AssessmentsMeasureFrom = MeasureFrom.Referral };
        foreach (var options in new[] { RichData.Options, fromReferral })
        {
            foreach (var d in Catalogue.All)
            {
                foreach (var x in data.Evaluate(d, RichData.Period, options).Explain().Excluded)
                {
                    Assert.NotEqual(x.Code, x.Rule);
                    seen.TryAdd(x.Code, x.Rule);
                }
            }
        }

        // The inspection measures' rules, on Annex A lists made to exclude (reference date 31 January 2024).
        var annexA = AnnexADataSet.Create(new Records.AnnexALists
        {
            ChildProtectionPlans = [new Records.AnnexAChildProtectionPlan(new Records.AnnexAChild("A"), ReturnBuilder.D("2023-06-01"))],  // seen alone unanswered
            ChildrenInCare =
            [
                new Records.AnnexAChildInCare(new Records.AnnexAChild("B"), ReturnBuilder.D("2024-01-25")),                                  // under 20 working days, 12 months; placements blank
                new Records.AnnexAChildInCare(new Records.AnnexAChild("C"), ReturnBuilder.D("2020-01-01")) { MissingEpisodesInLast12Months = 1 }, // no date of birth; return interview unanswered
            ],
        }, ReturnBuilder.D("2024-01-31"));
        foreach (var (d, period) in Catalogue.Inspection.Select(d => (d, annexA.Window)).Append((Catalogue.Get("cla-3plus-placements"), annexA.AdoptionWindow)))
        {
            foreach (var x in annexA.Evaluate(d, period).Explain().Excluded)
            {
                Assert.NotEqual(x.Code, x.Rule);
                seen.TryAdd(x.Code, x.Rule);
            }
        }

        Assert.Equal(ExclusionCodes.All.Order(StringComparer.Ordinal), seen.Keys.Order(StringComparer.Ordinal));
    }

    // Records that every exclusion rule leaves out, in 2013-14.
    private static class ExclusionData
    {
        public static DataSet Create() => new ReturnBuilder(2014)
            .Child("A", "2005-01-01").Child("B", "1995-01-01").Child("N")
            .Assessment("A", "2013-06-10", "2013-06-09")                                          // authorised before start
            .Assessment("B", "1980-06-10", "2013-06-09")                                          // outside the calendar
            .Assessment("N", "2013-06-03", "2013-06-28", referral: "2013-07-01")                  // before the referral
            .Initial("A", "2013-06-10", "2013-06-09").Initial("B", "2013-06-03", "2013-06-28")     // before start; flags missing
            .Core("A", "2013-06-10", "2013-06-09")
            .Section47("A", "2013-06-10", "2013-06-09")                                           // conference before start
            .Plan("A", "2013-06-10", "2013-06-09")                                                // ended before start
            .Care("A", "2013-01-01", legalStatus: "V3").Open()                                    // short break
            .Care("B", "2013-01-01").Open()                                                       // aged 16 or over
            .Care("N", "2010-01-01").Open()                                                       // no date of birth
            .Care("A", "2013-02-01").Open()                                                       // looked after too briefly
            .Care("P", "2012-01-01").Ends("2013-10-01", "E11")                                   // adopted, no placement order
            .Care("Q", "2012-01-01", legalStatus: "E1").Ends("2013-11-01", "E12")                // adopted, no AD1 match
            .Child("O", "2005-01-01").Care("O", "2010-01-01").Open().Oc2("O", sdq: 45)            // OC2 blank; SDQ out of range
            .Care("R", "2010-01-01", rne: "P").Open()                                            // reviews undetermined
            .CareLeaver("L1", null).CareLeaver("L2", "1994-06-01", collectionYear: 2010)
            .CareLeaver("L3", "2000-06-01").CareLeaver("L4", "1994-06-01", "DIED")
            .ToDataSet();
    }
}
