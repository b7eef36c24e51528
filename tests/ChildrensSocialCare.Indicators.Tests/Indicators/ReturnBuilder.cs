using System.Globalization;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// A small fluent builder of one return's records for hand-worked examples. Dates are written as ISO strings so that a
// test reads like its hand calculation.
internal sealed class ReturnBuilder
{
    public ReturnBuilder(int? collectionYear = null) => Set = new RecordSet { CollectionYear = collectionYear, Source = "test" };

    public RecordSet Set { get; }

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ReportingPeriod Period(string start, string end) => new(D(start), D(end));

    private static DateOnly? N(string? iso) => iso is null ? null : D(iso);

    public ReturnBuilder Child(string id, string? dateOfBirth = null, params string[] disabilities)
    {
        Set.Children.Add(new Child(id, N(dateOfBirth)) { Disabilities = disabilities });
        return this;
    }

    public ReturnBuilder Referral(string child, string date, string? closed = null, bool? nfa = null, string? conference = null)
    {
        Set.CinEpisodes.Add(new CinEpisode(child, D(date), N(closed), default, nfa) { DateOfInitialCpc = N(conference) });
        return this;
    }

    public ReturnBuilder Assessment(string child, string start, string? authorised, string? referral = null, string? id = null, string[]? factors = null)
    {
        Set.Assessments.Add(new Assessment(child, D(start), N(authorised)) { ReferralDate = N(referral), Id = id, Factors = factors ?? [] });
        return this;
    }

    public ReturnBuilder Initial(string child, string start, string? completed, bool? seen = null, bool? seenAlone = null)
    {
        Set.LegacyAssessments.Add(new LegacyAssessment(child, AssessmentKind.Initial, D(start), N(completed), seen, seenAlone));
        return this;
    }

    public ReturnBuilder Core(string child, string start, string? completed)
    {
        Set.LegacyAssessments.Add(new LegacyAssessment(child, AssessmentKind.Core, D(start), N(completed)));
        return this;
    }

    public ReturnBuilder Section47(string child, string start, string? conference = null, bool notRequired = false)
    {
        Set.Section47Enquiries.Add(new Section47Enquiry(child, D(start), N(conference), notRequired));
        return this;
    }

    // An SSDA903 OC2 row: the flags (null blank) and the SDQ score and reason.
    public ReturnBuilder Oc2(string child, bool? healthCheck = null, bool? teeth = null, bool? immunisations = null,
        bool? development = null, bool? convicted = null, bool? substance = null, int? sdq = null, string? sdqReason = null)
    {
        Set.HealthOutcomes.Add(new HealthOutcome(child, null)
        {
            HealthCheck = healthCheck,
            TeethCheck = teeth,
            Immunisations = immunisations,
            HealthAssessment = development,
            Convicted = convicted,
            SubstanceMisuse = substance,
            SdqScore = sdq,
            SdqReason = sdqReason,
        });
        return this;
    }

    // SSDA903 reviews rows: one REVIEW date each.
    public ReturnBuilder Reviews(string child, params string[] dates)
    {
        foreach (var date in dates)
        {
            Set.Reviews.Add(new Review(child, null, D(date)));
        }

        return this;
    }

    // An SSDA903 missing row: MISSING, MIS_START, MIS_END.
    public ReturnBuilder Missing(string child, string kind, string start, string? end = null)
    {
        Set.MissingEpisodes.Add(new MissingEpisode(child, null, kind, D(start), N(end)));
        return this;
    }

    // An SSDA903 AD1 row with its DATE_MATCH.
    public ReturnBuilder Adoption(string child, string? matched)
    {
        Set.Adoptions.Add(new Adoption(child, null, null, N(matched)));
        return this;
    }

    // An SSDA903 UASC row; ceased is DUC.
    public ReturnBuilder Uasc(string child, string? ceased = null)
    {
        Set.UnaccompaniedAsylumSeekers.Add(new UnaccompaniedAsylumSeeker(child, default, null, N(ceased)));
        return this;
    }

    public ReturnBuilder Plan(string child, string start, string? end = null, int? previousPlans = null, string? id = null, string[]? reviews = null)
    {
        Set.ChildProtectionPlans.Add(new ChildProtectionPlan(child, D(start), N(end))
        {
            NumberOfPreviousPlans = previousPlans,
            Id = id,
            ReviewDates = [.. (reviews ?? []).Select(D)],
        });
        return this;
    }

    public ReturnBuilder Contact(string child, string date, ContactOutcome outcome)
    {
        Set.Contacts.Add(new Contact(child, D(date), outcome));
        return this;
    }

    // One SSDA903 episode exactly as written.
    public ReturnBuilder Episode(string child, string decom, string rne, string place = "U1", string? dec = null, string? rec = null,
        string legalStatus = "C2", string? urn = null, string? postcode = null)
    {
        Set.Episodes.Add(new LookedAfterEpisode(child, D(decom), rne, legalStatus, place, N(dec), rec)
        {
            Urn = urn,
            PlacementPostcode = postcode,
        });
        return this;
    }

    // A chain of episodes joined by REC X1: Care(...).Then(...).Then(...).Open() or .Ends(date, rec).
    public CareChain Care(string child, string start, string place = "U1", string legalStatus = "C2", string rne = "S",
        string? urn = null, string? postcode = null)
    {
        Episode(child, start, rne, place, legalStatus: legalStatus, urn: urn, postcode: postcode);
        return new CareChain(this, Set.Episodes.Count - 1);
    }

    public ReturnBuilder CareLeaver(string child, string? dateOfBirth, string inTouch = "YES", string activity = "F1",
        string accommodation = "B1", int? collectionYear = null)
    {
        Set.CareLeaverOutcomes.Add(new CareLeaverOutcome(child, N(dateOfBirth), inTouch, activity, accommodation)
        {
            CollectionYear = collectionYear,
        });
        return this;
    }

    public ReturnBuilder Snapshot(string date, decimal filledPosts, decimal agencyPosts)
    {
        Set.WorkforceSnapshots.Add(new WorkforceSnapshot(D(date), filledPosts, agencyPosts));
        return this;
    }

    public ReturnBuilder Sickness(string start, string end, decimal fullTimeEquivalents, decimal days)
    {
        Set.SicknessAbsences.Add(new SicknessAbsence(D(start), D(end), fullTimeEquivalents, days));
        return this;
    }

    public DataSet ToDataSet() => DataSet.Create(Set);

    public IndicatorResult Evaluate(string indicatorId, ReportingPeriod period, EvaluationOptions? options = null) =>
        ToDataSet().Evaluate(indicatorId, period, options);

    internal sealed class CareChain
    {
        private readonly ReturnBuilder _owner;
        private int _last;

        public CareChain(ReturnBuilder owner, int last)
        {
            _owner = owner;
            _last = last;
        }

        // The current episode ends with X1 on date and a new one starts the same day.
        public CareChain Then(string date, string rne, string? place = null, string? legalStatus = null, string? urn = null, string? postcode = null)
        {
            var previous = Close(date, "X1");
            _owner.Episode(previous.ChildId, date, rne, place ?? previous.Placement.Code, legalStatus: legalStatus ?? previous.LegalStatus.Code,
                urn: urn, postcode: postcode);
            _last = _owner.Set.Episodes.Count - 1;
            return this;
        }

        public ReturnBuilder Ends(string date, string rec)
        {
            Close(date, rec);
            return _owner;
        }

        public ReturnBuilder Open() => _owner;

        private LookedAfterEpisode Close(string date, string rec)
        {
            var episode = _owner.Set.Episodes[_last] with { End = D(date), ReasonEnded = rec };
            _owner.Set.Episodes[_last] = episode;
            return episode;
        }
    }
}
