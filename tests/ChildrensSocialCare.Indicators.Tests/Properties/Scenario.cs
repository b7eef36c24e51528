using System.Globalization;
using System.Text;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>
/// A generated data set: the records of one authority as a flat list (children, referrals, assessments, episodes,
/// OC3 rows, workforce figures), around a focus reporting year. It shrinks by dropping a child or a record, and prints
/// itself as C# that rebuilds it, so that a counterexample can be pasted into a regression test.
/// </summary>
public sealed class Scenario
{
    public Scenario(int focusYear, IReadOnlyList<object> records)
    {
        FocusYear = focusYear;
        Records = records;
    }

    /// <summary>The reporting year the generator aimed its boundary dates at.</summary>
    public int FocusYear { get; }

    /// <summary>Every record, of any kind, in the order generated.</summary>
    public IReadOnlyList<object> Records { get; }

    public Scenario With(IEnumerable<object> records) => new(FocusYear, records.ToList());

    /// <summary>All the records as one return.</summary>
    public RecordSet ToRecordSet(int? collectionYear = null, string? source = null) => ToRecordSet(Records, collectionYear, source);

    public static RecordSet ToRecordSet(IEnumerable<object> records, int? collectionYear = null, string? source = null)
    {
        var set = new RecordSet { CollectionYear = collectionYear, Source = source };
        foreach (var record in records)
        {
            switch (record)
            {
                case Child r: set.Children.Add(r); break;
                case CinEpisode r: set.CinEpisodes.Add(r); break;
                case Assessment r: set.Assessments.Add(r); break;
                case LegacyAssessment r: set.LegacyAssessments.Add(r); break;
                case Section47Enquiry r: set.Section47Enquiries.Add(r); break;
                case ChildProtectionPlan r: set.ChildProtectionPlans.Add(r); break;
                case Contact r: set.Contacts.Add(r); break;
                case LookedAfterEpisode r: set.Episodes.Add(r); break;
                case Review r: set.Reviews.Add(r); break;
                case CareLeaverOutcome r: set.CareLeaverOutcomes.Add(r); break;
                case WorkforceSnapshot r: set.WorkforceSnapshots.Add(r); break;
                case SicknessAbsence r: set.SicknessAbsences.Add(r); break;
                default: throw new ArgumentException($"Unexpected record {record.GetType().Name}.", nameof(records));
            }
        }

        return set;
    }

    /// <summary>The child a record belongs to (trimmed), or <c>null</c> for authority-wide records.</summary>
    public static string? ChildOf(object record) => record switch
    {
        Child r => r.Id.Trim(),
        CinEpisode r => r.ChildId.Trim(),
        Assessment r => r.ChildId.Trim(),
        LegacyAssessment r => r.ChildId.Trim(),
        Section47Enquiry r => r.ChildId.Trim(),
        ChildProtectionPlan r => r.ChildId.Trim(),
        Contact r => r.ChildId.Trim(),
        LookedAfterEpisode r => r.ChildId.Trim(),
        Review r => r.ChildId.Trim(),
        CareLeaverOutcome r => r.ChildId.Trim(),
        _ => null,
    };

    /// <summary>Smaller scenarios: without one child, then without one record.</summary>
    public IEnumerable<Scenario> Shrink()
    {
        var children = Records.Select(ChildOf).Where(c => c is not null).Distinct().ToList();
        if (children.Count > 1)
        {
            foreach (var child in children)
            {
                yield return With(Records.Where(r => ChildOf(r) != child));
            }
        }

        for (var i = 0; i < Records.Count; i++)
        {
            var index = i;
            yield return With(Records.Where((_, j) => j != index));
        }
    }

    /// <summary>C# statements that rebuild the records into a <see cref="RecordSet"/> named <c>r</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"// focus year {FocusYear}, {Records.Count} records\n");
        text.Append("var r = new RecordSet();\n");
        foreach (var record in Records)
        {
            text.Append(Print(record)).Append('\n');
        }

        return text.ToString();
    }

    private static string S(string? s) => s is null ? "null" : "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string D(DateOnly? d) => d is { } x ? "D(\"" + x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\")" : "null";

    private static string B(bool? b) => b is { } x ? (x ? "true" : "false") : "null";

    private static string I(int? i) => i is { } x ? x.ToString(CultureInfo.InvariantCulture) : "null";

    private static string M(decimal m) => m.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Print(object record) => record switch
    {
        Child r => $"r.Children.Add(new Child({S(r.Id)}, {D(r.DateOfBirth)}));",
        CinEpisode r => $"r.CinEpisodes.Add(new CinEpisode({S(r.ChildId)}, {D(r.ReferralDate)}, {D(r.ClosureDate)}, ReferralNfa: {B(r.ReferralNfa)}));",
        Assessment r => $"r.Assessments.Add(new Assessment({S(r.ChildId)}, {D(r.StartDate)}, {D(r.AuthorisationDate)}) {{ Id = {S(r.Id)}, ReferralDate = {D(r.ReferralDate)} }});",
        LegacyAssessment r => $"r.LegacyAssessments.Add(new LegacyAssessment({S(r.ChildId)}, AssessmentKind.{r.Kind}, {D(r.StartDate)}, {D(r.CompletionDate)}, {B(r.ChildSeen)}, {B(r.ChildSeenAlone)}));",
        Section47Enquiry r => $"r.Section47Enquiries.Add(new Section47Enquiry({S(r.ChildId)}, {D(r.StartDate)}, {D(r.InitialConferenceDate)}, {B(r.ConferenceNotRequired)}));",
        ChildProtectionPlan r => $"r.ChildProtectionPlans.Add(new ChildProtectionPlan({S(r.ChildId)}, {D(r.StartDate)}, {D(r.EndDate)}) {{ Id = {S(r.Id)}, NumberOfPreviousPlans = {I(r.NumberOfPreviousPlans)} }});",
        Contact r => $"r.Contacts.Add(new Contact({S(r.ChildId)}, {D(r.Date)}, ContactOutcome.{r.Outcome}));",
        LookedAfterEpisode r => $"r.Episodes.Add(new LookedAfterEpisode({S(r.ChildId)}, {D(r.Start)}, {S(r.ReasonForNewEpisode.Code)}, {S(r.LegalStatus.Code)}, {S(r.Placement.Code)}, {D(r.End)}, {S(r.ReasonEnded.Code)}) {{ Urn = {S(r.Urn)}, PlacementPostcode = {S(r.PlacementPostcode)} }});",
        CareLeaverOutcome r => $"r.CareLeaverOutcomes.Add(new CareLeaverOutcome({S(r.ChildId)}, {D(r.DateOfBirth)}, {S(r.InTouch.Code)}, {S(r.Activity.Code)}, {S(r.Accommodation.Code)}) {{ CollectionYear = {I(r.CollectionYear)} }});",
        WorkforceSnapshot r => $"r.WorkforceSnapshots.Add(new WorkforceSnapshot({D(r.Date)}, {M(r.FilledPosts)}, {M(r.AgencyPosts)}));",
        SicknessAbsence r => $"r.SicknessAbsences.Add(new SicknessAbsence({D(r.Start)}, {D(r.End)}, {M(r.FullTimeEquivalents)}, {M(r.SicknessDays)}));",
        _ => record.ToString() ?? "",
    };
}

/// <summary>A scenario with the periods and options it is evaluated for.</summary>
public sealed class Case
{
    public Case(Scenario scenario, IReadOnlyList<ReportingPeriod> periods, IReadOnlyList<EvaluationOptions> options)
    {
        Scenario = scenario;
        Periods = periods;
        Options = options;
    }

    public Scenario Scenario { get; }

    public IReadOnlyList<ReportingPeriod> Periods { get; }

    public IReadOnlyList<EvaluationOptions> Options { get; }

    /// <summary>One period and one set of options first (the failing one is usually among them), then a smaller scenario.</summary>
    public IEnumerable<Case> Shrink()
    {
        if (Periods.Count > 1)
        {
            foreach (var p in Periods)
            {
                yield return new Case(Scenario, [p], Options);
            }
        }

        if (Options.Count > 1)
        {
            foreach (var o in Options)
            {
                yield return new Case(Scenario, Periods, [o]);
            }
        }

        foreach (var s in Scenario.Shrink())
        {
            yield return new Case(s, Periods, Options);
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder(Scenario.ToString());
        foreach (var p in Periods)
        {
            text.Append(CultureInfo.InvariantCulture, $"// period {p}\n");
        }

        foreach (var o in Options)
        {
            text.Append("// options ").Append(Describe(o)).Append('\n');
        }

        return text.ToString();
    }

    public static string Describe(EvaluationOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"Population = {o.Population?.ToString(CultureInfo.InvariantCulture) ?? "null"}, Annualise = {o.Annualise}, AssessmentsMeasureFrom = {o.AssessmentsMeasureFrom}, PlacementChange = {o.PlacementChange}, RepeatPlanLookBackMonths = {o.RepeatPlanLookBackMonths}, CareLeaverAges = [{string.Join(", ", o.CareLeaverAges)}], Calendar = {o.Calendar.Name}/{o.Calendar.BankHolidays.Count}");
}
