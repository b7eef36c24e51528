using ChildrensSocialCare.Indicators.Records;
using FsCheck;
using FsCheck.Fluent;

namespace ChildrensSocialCare.Indicators.Formats.Tests;

// Random returns for round trips. Values are what a reader produces: trimmed, blank as null, codes upper-cased. Text
// includes the characters that need escaping in CSV and XML (comma, quote, ampersand, angle brackets) and non-ASCII.
internal static class Generators
{
    private const string Plain = "ABCDEFGHJKLMNPRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";
    private const string Tricky = Plain + " ,\"'&<>-/éß£";

    public static Gen<DateOnly> Date(int fromYear, int toYear) =>
        Gen.Choose(0, new DateOnly(toYear, 12, 31).DayNumber - new DateOnly(fromYear, 1, 1).DayNumber)
            .Select(d => new DateOnly(fromYear, 1, 1).AddDays(d));

    public static Gen<DateOnly?> MaybeDate(int fromYear, int toYear) => Maybe(Date(fromYear, toYear));

    public static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    public static Gen<string?> MaybeText(Gen<string> gen) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (2, gen.Select(v => (string?)v)));

    public static Gen<bool?> Flag => Gen.Elements<bool?>(null, true, false);

    // Non-empty text with no surrounding spaces.
    public static Gen<string> Text(int maxLength = 10) =>
        from ends in Gen.Elements(Plain.ToCharArray()).Two()
        from middle in Gen.Elements(Tricky.ToCharArray()).ArrayOf().Select(a => new string(a.Take(maxLength - 2).ToArray()))
        from single in Gen.Elements(true, false)
        select single ? ends.Item1.ToString() : ends.Item1 + middle + ends.Item2;

    // A code from the year's list, or now and then one no list has (kept as data by the readers).
    public static Gen<string> Code(StatutoryReturn statutoryReturn, string item, int year) =>
        Gen.Frequency(
            (9, Gen.Elements(CodeLists.Get(statutoryReturn, item, year).Select(c => c.ToUpperInvariant()).Order().ToArray())),
            (1, Gen.Elements("ZZ", "X9", "*DUMMY*")));

    public static Gen<string?> MaybeCode(StatutoryReturn statutoryReturn, string item, int year) => MaybeText(Code(statutoryReturn, item, year));

    private static Gen<string> ChildId(int index) => Gen.Elements("C", "c", "Ab", "9", "x-", "Ö").Select(p => p + index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Gen<List<T>> Up<T>(int max, Gen<T> gen) => Gen.Choose(0, max).SelectMany(n => gen.ListOf(n).Select(l => l.ToList()));

    // One SSDA903 return. With xmlShape, it holds only what the XML return can carry: at most one UASC, OC2, OC3, AD1
    // and previous permanence per child, every record's date of birth (and UASC sex) equal to the header's, no social
    // worker episodes.
    public static Gen<RecordSet> Ssda903Return(bool xmlShape) =>
        from year in Gen.Choose(2017, 2026)
        from count in Gen.Choose(0, 6)
        from children in Gen.CollectToList(Enumerable.Range(0, count), i => Ssda903Child(year, i, xmlShape))
        select Collect(year, children);

    private static RecordSet Collect(int year, List<RecordSet> children)
    {
        var r = new RecordSet { CollectionYear = year };
        foreach (var c in children)
        {
            r.Children.AddRange(c.Children);
            r.Episodes.AddRange(c.Episodes);
            r.Reviews.AddRange(c.Reviews);
            r.UnaccompaniedAsylumSeekers.AddRange(c.UnaccompaniedAsylumSeekers);
            r.HealthOutcomes.AddRange(c.HealthOutcomes);
            r.CareLeaverOutcomes.AddRange(c.CareLeaverOutcomes);
            r.Adoptions.AddRange(c.Adoptions);
            r.PlacedForAdoption.AddRange(c.PlacedForAdoption);
            r.PreviousPermanence.AddRange(c.PreviousPermanence);
            r.MissingEpisodes.AddRange(c.MissingEpisodes);
            r.SocialWorkerEpisodes.AddRange(c.SocialWorkerEpisodes);
            r.CinEpisodes.AddRange(c.CinEpisodes);
            r.Assessments.AddRange(c.Assessments);
            r.CinPlans.AddRange(c.CinPlans);
            r.Section47Enquiries.AddRange(c.Section47Enquiries);
            r.ChildProtectionPlans.AddRange(c.ChildProtectionPlans);
        }

        return r;
    }

    private static Gen<RecordSet> Ssda903Child(int year, int index, bool xmlShape) =>
        from id in ChildId(index)
        from dob in MaybeDate(2000, 2020)
        from sex in MaybeCode(StatutoryReturn.Ssda903, "SEX", year)
        from ethnic in MaybeText(Code(StatutoryReturn.Ssda903, "ETHNIC", year))
        from upn in MaybeText(Text(13))
        from mother in Flag
        from motherChild in MaybeDate(2010, 2020)
        from episodes in Up(3, Episode(id, year))
        from other in OtherRecords(id, year, dob, sex, xmlShape)
        select With(other, new Child(id, dob, sex) { Ethnicity = ethnic, Upn = upn, IsMother = mother, MotherChildDateOfBirth = motherChild }, episodes);

    private static RecordSet With(RecordSet r, Child child, List<LookedAfterEpisode> episodes)
    {
        r.Children.Add(child);
        r.Episodes.AddRange(episodes);
        return r;
    }

    private static Gen<LookedAfterEpisode> Episode(string id, int year) =>
        from start in Date(2010, year)
        from end in MaybeDate(2010, year)
        from rne in MaybeCode(StatutoryReturn.Ssda903, "RNE", year)
        from ls in MaybeCode(StatutoryReturn.Ssda903, "LS", year)
        from place in MaybeCode(StatutoryReturn.Ssda903, "PLACE", year)
        from rec in MaybeCode(StatutoryReturn.Ssda903, "REC", year)
        from cin in MaybeCode(StatutoryReturn.Ssda903, "CIN", year)
        from provider in MaybeCode(StatutoryReturn.Ssda903, "PLACE_PROVIDER", year)
        from change in MaybeCode(StatutoryReturn.Ssda903, "REASON_PLACE_CHANGE", year)
        from home in MaybeText(Text(8))
        from placement in MaybeText(Text(8))
        from urn in MaybeText(Text(8))
        select new LookedAfterEpisode(id, start, rne, ls, place, end, rec)
        {
            CategoryOfNeed = cin,
            PlacementProvider = provider,
            ReasonPlaceChange = change,
            HomePostcode = home,
            PlacementPostcode = placement,
            Urn = urn,
        };

    private static Gen<RecordSet> OtherRecords(string id, int year, DateOnly? headerDob, string? headerSex, bool xmlShape)
    {
        var dob = xmlShape ? Gen.Constant(headerDob) : MaybeDate(2000, 2020);
        var ones = xmlShape ? 1 : 2;
        return
            from reviews in Up(3, from d in dob from date in Date(2015, year) from code in MaybeText(Text(4)) select new Review(id, d, date, code))
            from uasc in Up(ones,
                from d in dob
                from sex in xmlShape ? Gen.Constant(headerSex) : MaybeCode(StatutoryReturn.Ssda903, "SEX", year)
                from ceased in MaybeDate(2015, 2030)
                select new UnaccompaniedAsylumSeeker(id, sex, d, ceased))
            from oc2 in Up(ones,
                from d in dob
                from score in Maybe(Gen.Choose(0, 40))
                from reason in MaybeText(Text(5))
                from flags in Flag.ArrayOf(8).Select(a => a.ToArray())
                select new HealthOutcome(id, d)
                {
                    SdqScore = score,
                    SdqReason = reason,
                    Convicted = flags[0],
                    HealthCheck = flags[1],
                    Immunisations = flags[2],
                    TeethCheck = flags[3],
                    HealthAssessment = flags[4],
                    SubstanceMisuse = flags[5],
                    InterventionReceived = flags[6],
                    InterventionOffered = flags[7],
                })
            from oc3 in Up(ones,
                from d in dob
                from inTouch in Code(StatutoryReturn.Ssda903, "IN_TOUCH", year)
                from activity in MaybeCode(StatutoryReturn.Ssda903, "ACTIV", year)
                from accommodation in MaybeCode(StatutoryReturn.Ssda903, "ACCOM", year)
                select new CareLeaverOutcome(id, d, inTouch, activity, accommodation) { CollectionYear = year })
            from ad1 in Up(ones,
                from d in dob
                from shouldBePlaced in Date(2012, year)
                from matched in MaybeDate(2012, year)
                from fosterCarer in Flag
                from adopters in Maybe(Gen.Choose(1, 2))
                from sexOfAdopters in MaybeText(Text(2))
                from legalStatus in MaybeText(Text(3))
                select new Adoption(id, d, shouldBePlaced, matched)
                {
                    ByFosterCarer = fosterCarer,
                    NumberOfAdopters = adopters,
                    SexOfAdopters = sexOfAdopters,
                    LegalStatusOfAdopters = legalStatus,
                })
            from placed in Up(2, from d in dob from date in MaybeDate(2012, year) from ceased in MaybeDate(2012, year) from reason in MaybeText(Text(3)) select new PlacedForAdoption(id, d, date, ceased, reason))
            from permanence in Up(ones, from d in dob from code in MaybeText(Text(2)) from la in MaybeText(Text(3)) from date in MaybeText(Text(10)) select new PreviousPermanence(id, d, code, la, date))
            from missing in Up(2, from d in dob from kind in MaybeText(Gen.Elements("M", "A")) from start in Date(2015, year) from end in MaybeDate(2015, year) select new MissingEpisode(id, d, kind, start, end))
            from workers in xmlShape ? Gen.Constant(new List<SocialWorkerEpisode>()) : Up(2,
                from d in dob
                from worker in MaybeText(Text(6))
                from start in Date(2015, year)
                from end in MaybeDate(2015, year)
                from reason in MaybeText(Text(6))
                select new SocialWorkerEpisode(id, d, worker, start, end, reason))
            select Records(reviews, uasc, oc2, oc3, ad1, placed, permanence, missing, workers);
    }

    private static RecordSet Records(
        List<Review> reviews,
        List<UnaccompaniedAsylumSeeker> uasc,
        List<HealthOutcome> oc2,
        List<CareLeaverOutcome> oc3,
        List<Adoption> ad1,
        List<PlacedForAdoption> placed,
        List<PreviousPermanence> permanence,
        List<MissingEpisode> missing,
        List<SocialWorkerEpisode> workers)
    {
        var r = new RecordSet();
        r.Reviews.AddRange(reviews);
        r.UnaccompaniedAsylumSeekers.AddRange(uasc);
        r.HealthOutcomes.AddRange(oc2);
        r.CareLeaverOutcomes.AddRange(oc3);
        r.Adoptions.AddRange(ad1);
        r.PlacedForAdoption.AddRange(placed);
        r.PreviousPermanence.AddRange(permanence);
        r.MissingEpisodes.AddRange(missing);
        r.SocialWorkerEpisodes.AddRange(workers);
        return r;
    }

    // One CIN census. Referral dates differ within a child, and episode ids (when present) too, so every sub-record
    // finds its episode again.
    public static Gen<RecordSet> CinCensus() =>
        from year in Gen.Choose(2017, 2026)
        from count in Gen.Choose(0, 5)
        from children in Gen.CollectToList(Enumerable.Range(0, count), i => CinChild(year, i))
        select Collect(year, children);

    private static Gen<RecordSet> CinChild(int year, int index) =>
        from id in ChildId(index)
        from dob in MaybeDate(2000, 2020)
        from sex in MaybeCode(StatutoryReturn.CinCensus, "Sex", year)
        from ethnicity in MaybeCode(StatutoryReturn.CinCensus, "Ethnicity", year)
        from upn in MaybeText(Text(13))
        from formerUpn in MaybeText(Text(13))
        from upnUnknown in MaybeCode(StatutoryReturn.CinCensus, "UPNunknown", year)
        from expected in MaybeDate(2000, 2020)
        from death in MaybeDate(2000, 2020)
        from disabilities in Up(3, Code(StatutoryReturn.CinCensus, "Disability", year))
        from firstReferral in Date(2012, year - 1)
        from episodeCount in Gen.Choose(0, 3)
        from episodes in Gen.CollectToList(Enumerable.Range(0, episodeCount), k => CinEpisodeGen(id, year, firstReferral.AddDays(45 * k), k))
        select CinRecords(new Child(id, dob, sex)
        {
            Ethnicity = ethnicity,
            Upn = upn,
            FormerUpn = formerUpn,
            UpnUnknown = upnUnknown,
            ExpectedDateOfBirth = expected,
            DateOfDeath = death,
            Disabilities = disabilities,
        }, episodes);

    private static RecordSet CinRecords(Child child, List<RecordSet> episodes)
    {
        var r = Collect(0, episodes);
        r.Children.Add(child);
        return r;
    }

    private static Gen<RecordSet> CinEpisodeGen(string id, int year, DateOnly referral, int k) =>
        from episodeId in MaybeText(Gen.Constant("E" + k.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        from closure in MaybeDate(2012, year)
        from reason in MaybeCode(StatutoryReturn.CinCensus, "ReasonForClosure", year)
        from nfa in Flag
        from source in MaybeCode(StatutoryReturn.CinCensus, "ReferralSource", year)
        from need in MaybeCode(StatutoryReturn.CinCensus, "PrimaryNeedCode", year)
        from conference in MaybeDate(2012, year)
        from assessments in Up(2,
            from assessmentId in MaybeText(Text(6))
            from start in Date(2012, year)
            from authorised in MaybeDate(2012, year)
            from review in MaybeDate(2012, year)
            from factors in Up(3, Code(StatutoryReturn.CinCensus, "AssessmentFactors", year))
            select new Assessment(id, start, authorised) { Id = assessmentId, ReferralDate = referral, EpisodeId = episodeId, InternalReviewDate = review, Factors = factors })
        from plans in Up(2, from start in Date(2012, year) from end in MaybeDate(2012, year) select new CinPlan(id, start, end) { ReferralDate = referral, EpisodeId = episodeId })
        from enquiries in Up(2,
            from start in Date(2012, year)
            from held in MaybeDate(2012, year)
            from notRequired in Gen.Elements(true, false)
            from target in MaybeDate(2012, year)
            select new Section47Enquiry(id, start, held, notRequired) { InitialConferenceTarget = target, ReferralDate = referral, EpisodeId = episodeId })
        from protection in Up(2,
            from planId in MaybeText(Text(6))
            from start in Date(2012, year)
            from end in MaybeDate(2012, year)
            from initial in MaybeCode(StatutoryReturn.CinCensus, "CategoryOfAbuse", year)
            from latest in MaybeCode(StatutoryReturn.CinCensus, "CategoryOfAbuse", year)
            from previous in Maybe(Gen.Choose(0, 20))
            from reviews in Up(3, Date(2012, year))
            select new ChildProtectionPlan(id, start, end)
            {
                Id = planId,
                InitialCategory = initial,
                LatestCategory = latest,
                NumberOfPreviousPlans = previous,
                ReferralDate = referral,
                EpisodeId = episodeId,
                ReviewDates = reviews,
            })
        select CinEpisodeRecords(new CinEpisode(id, referral, closure, reason, nfa)
        {
            Id = episodeId,
            ReferralSource = source,
            PrimaryNeed = need,
            DateOfInitialCpc = conference,
        }, assessments, plans, enquiries, protection);

    private static RecordSet CinEpisodeRecords(CinEpisode episode, List<Assessment> assessments, List<CinPlan> plans, List<Section47Enquiry> enquiries, List<ChildProtectionPlan> protection)
    {
        var r = new RecordSet();
        r.CinEpisodes.Add(episode);
        r.Assessments.AddRange(assessments);
        r.CinPlans.AddRange(plans);
        r.Section47Enquiries.AddRange(enquiries);
        r.ChildProtectionPlans.AddRange(protection);
        return r;
    }
}
