using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// Annex A lists of what the lists can hold, from a seed: up to four rows a list, every column blank or a value of its
// type (known codes, an unknown placement code now and then, text trimmed with single spaces), rows numbered from 2
// as the reader numbers them, an extra column on some rows. A seed, rather than a generator per field, keeps the
// eleven record types in one readable place; a failing seed is reported by FsCheck and can be pinned.
internal static class AnnexAGenerator
{
    private static readonly string[] s_words = ["North", "Team", "A", "Locality", "2", "O'Brien", "Smith-Jones", "Zoë", "&", "<b>"];
    private static readonly string[] s_ethnicity = ["WBRI", "WIRI", "MWBC", "APKN", "BAFR", "CHNE", "OOTH", "REFU", "NOBT"];
    private static readonly string[] s_sources = ["1A", "2B", "3F", "4", "5D", "6", "10"];

    public static AnnexALists Lists(int seed)
    {
        var r = new Random(seed);
        return new AnnexALists
        {
            Contacts = Rows(r, i => new AnnexAContact(Child(r, i), Date(r)) { Source = Pick(r, s_sources) }),
            EarlyHelpAssessments = Rows(r, i => new AnnexAEarlyHelpAssessment(Child(r, i), Date(r)) { CompletionDate = Maybe(r, Date), Organisation = Text(r) }),
            Referrals = Rows(r, i => new AnnexAReferral(Child(r, i), Date(r))
            {
                Source = Pick(r, s_sources), NoFurtherAction = Flag(r), ReferralsInLast12Months = Count(r), Team = Text(r), Worker = Text(r),
            }),
            Assessments = Rows(r, i => new AnnexAAssessment(Child(r, i), Date(r))
            {
                Disability = Flag(r), ChildSeen = Flag(r), AuthorisationDate = Maybe(r, Date), RequiresSupport = Flag(r), Team = Text(r), Worker = Text(r),
            }),
            Section47Enquiries = Rows(r, i => new AnnexASection47Enquiry(Child(r, i), Date(r))
            {
                Disability = Flag(r), ConferenceNotRequired = Flag(r), ConferenceDate = Maybe(r, Date), ConferenceResultedInPlan = Flag(r),
                EnquiriesInLast12Months = Count(r), ConferencesInLast12Months = Count(r), Team = Text(r), Worker = Text(r),
            }),
            ChildrenInNeed = Rows(r, i => new AnnexAChildInNeed(Child(r, i))
            {
                Disability = Flag(r), StartDate = Maybe(r, Date), PrimaryNeed = new CategoryOfNeed(Pick(r, CategoryOfNeed.KnownCodes)),
                LastSeen = Maybe(r, Date), ClosureDate = Maybe(r, Date), ReasonForClosure = new ReasonForClosure(Pick(r, ReasonForClosure.KnownCodes)),
                CaseStatus = Pick(r, ["Looked after child", "Child Protection plan", "Child in need plan", "Open assessment", "Closed episode"]),
                Team = Text(r), Worker = Text(r),
            }),
            ChildProtectionPlans = Rows(r, i => new AnnexAChildProtectionPlan(Child(r, i), Date(r))
            {
                Disability = Flag(r), InitialCategory = new CategoryOfAbuse(Pick(r, CategoryOfAbuse.KnownCodes)),
                LatestCategory = new CategoryOfAbuse(Pick(r, CategoryOfAbuse.KnownCodes)), LastStatutoryVisit = Maybe(r, Date), SeenAlone = Flag(r),
                LatestReviewConference = Maybe(r, Date), EndDate = Maybe(r, Date), EmergencyProtection = Flag(r), PreviousPlans = Count(r),
                Team = Text(r), Worker = Text(r),
            }),
            ChildrenInCare = Rows(r, i => new AnnexAChildInCare(Child(r, i), Date(r))
            {
                Uasc = Flag(r), Disability = Flag(r), CategoryOfNeed = new CategoryOfNeed(Pick(r, CategoryOfNeed.KnownCodes)), SubsequentPeriod = Flag(r),
                LegalStatusStart = Maybe(r, Date), LegalStatus = new LegalStatus(Pick(r, LegalStatus.KnownCodes)), LatestReview = Maybe(r, Date),
                LastSocialWorkVisit = Maybe(r, Date), PermanencePlan = Pick(r, ["Return to family", "Adoption", "SGO/CAO", "Other"]),
                LastIroContact = Maybe(r, Date), LastHealthAssessment = Maybe(r, Date), LastDentalCheck = Maybe(r, Date),
                PlacementsInLast12Months = Count(r), PeriodEnd = Maybe(r, Date), ReasonCeased = new ReasonEpisodeCeased(Pick(r, ReasonEpisodeCeased.KnownCodes)),
                PlacementStart = Maybe(r, Date), Placement = new PlacementType(Pick(r, [.. PlacementType.KnownCodes, "ZZ9"])),
                PlacementProvider = new PlacementProvider(Pick(r, PlacementProvider.KnownCodes)), PlacementPostcode = Pick(r, ["AB1 2CD", "nope"]),
                Urn = Pick(r, ["SC123456", "1234567"]), PlacementLocation = Pick(r, ["In", "Out"]), PlacementAuthority = Text(r),
                MissingEpisodesInLast12Months = Count(r), AbsenceEpisodesInLast12Months = Count(r), ReturnInterviewOffered = Flag(r),
                ReturnInterviewAccepted = Flag(r), Team = Text(r), Worker = Text(r),
            }),
            CareLeavers = Rows(r, i =>
            {
                var letter = Pick(r, ["B", "C", "U", "Y", "Z"]);
                var suitable = Flag(r);
                return new AnnexACareLeaver(Child(r, i))
                {
                    Uasc = Flag(r), Disability = Flag(r), Team = Text(r), Worker = Text(r), PersonalAdvisor = Text(r),
                    Eligibility = Pick(r, ["Relevant child", "Former relevant child", "Qualifying care leaver"]), LatestPathwayPlanReview = Maybe(r, Date),
                    InTouch = new InTouch(Pick(r, InTouch.KnownCodes)), LatestContact = Maybe(r, Date),
                    Accommodation = new Accommodation(letter is null ? null : letter + suitable switch { true => "1", false => "2", null => "" }),
                    AccommodationSuitable = letter is null ? null : suitable, Activity = new Activity(Pick(r, Activity.KnownCodes)),
                };
            }),
            Adoptions = Rows(r, i => new AnnexAAdoption(Child(r, i))
            {
                FamilyId = Pick(r, ["F1", "14159183"]), Disability = Flag(r), EnteredCare = Maybe(r, Date), DecisionToPlace = Maybe(r, Date),
                PlacementOrder = Maybe(r, Date), Matched = Maybe(r, Date), PlacedForAdoption = Maybe(r, Date), AdoptionOrder = Maybe(r, Date),
                DecisionReversed = Maybe(r, Date), ReasonReversed = Pick(r, ["RD1", "RD2", "RD3", "RD4"]), FosteringForAdoption = Maybe(r, Date),
            }),
            Adopters = Rows(r, i => new AnnexAAdopter($"AD{i}")
            {
                FamilyId = Pick(r, ["F1", "4836911"]), Gender = new Sex(Pick(r, ["M", "F", "U"])), Ethnicity = Pick(r, s_ethnicity), Disability = Flag(r),
                FosteringForAdoption = Flag(r), EnquiryReceived = Maybe(r, Date), Stage1Started = Maybe(r, Date), Stage1Ended = Maybe(r, Date),
                Stage2Started = Maybe(r, Date), Stage2Ended = Maybe(r, Date), ApplicationSubmitted = Maybe(r, Date), ApplicationApproved = Maybe(r, Date),
                Matched = Maybe(r, Date), ChildrenPlaced = Maybe(r, Date), NumberOfChildrenPlaced = Count(r), AdoptionOrder = Maybe(r, Date),
                LeftProcess = Maybe(r, Date), ReasonLeft = Pick(r, ["1", "2", "3"]),
            }),
        };
    }

    private static List<T> Rows<T>(Random r, Func<int, T> row)
        where T : AnnexARow
    {
        var extra = r.Next(3) == 0;
        return [.. Enumerable.Range(0, r.Next(5)).Select(i => row(i) with
        {
            Row = i + 2,
            Extra = extra && r.Next(2) == 0 ? [new AnnexAExtraValue("Locality", Text(r) ?? "North")] : [],
        })];
    }

    private static AnnexAChild Child(Random r, int i) => new(r.Next(2) == 0 ? $"C{i}" : (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Gender = new Sex(Pick(r, ["M", "F", "U"])),
        Ethnicity = Pick(r, s_ethnicity),
        DateOfBirth = Maybe(r, Date),
        Age = r.Next(4) == 0 ? null : r.Next(-1, 25),
    };

    private static DateOnly Date(Random r) => new DateOnly(1995, 1, 1).AddDays(r.Next(365 * 35));

    private static DateOnly? Maybe(Random r, Func<Random, DateOnly> value) => r.Next(3) == 0 ? null : value(r);

    private static bool? Flag(Random r) => r.Next(3) switch { 0 => null, 1 => true, _ => false };

    private static int? Count(Random r) => r.Next(4) == 0 ? null : r.Next(20);

    private static string? Text(Random r) => r.Next(4) == 0 ? null : string.Join(' ', Enumerable.Range(0, r.Next(1, 4)).Select(_ => s_words[r.Next(s_words.Length)]));

    private static string? Pick(Random r, IReadOnlyCollection<string> values) => r.Next(5) == 0 ? null : values.ElementAt(r.Next(values.Count));
}
