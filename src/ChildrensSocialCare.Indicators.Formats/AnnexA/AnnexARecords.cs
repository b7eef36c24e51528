using ChildrensSocialCare.Indicators.Records;
using static ChildrensSocialCare.Indicators.Formats.AnnexAList;

namespace ChildrensSocialCare.Indicators.Formats;

// One typed record per data row, by list (section 9.2). The key values (the child id, the list's own date) are read
// first; a row whose key is blank or unreadable is rejected (null), with an error already reported.
internal static class AnnexARecords
{
    public static AnnexARow? Build(AnnexACells r, int list)
    {
        AnnexARow? row = list switch
        {
            1 => Contact(r),
            2 => EarlyHelp(r),
            3 => Referral(r),
            4 => Assessment(r),
            5 => Section47(r),
            6 => ChildInNeed(r),
            7 => Plan(r),
            8 => ChildInCare(r),
            9 => CareLeaver(r),
            10 => Adoption(r),
            11 => Adopter(r),
            _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Annex A has lists 1-11."),
        };
        return r.Rejected ? null : row! with { Row = r.Row, Extra = r.Extra };
    }

    private static AnnexAChild Child(AnnexACells r) => new(r.Id(ChildId))
    {
        Gender = new Sex(r.Code(Gender)),
        Ethnicity = r.Code(Ethnicity),
        DateOfBirth = r.Date(DateOfBirth),
        Age = r.Age(AnnexAList.Age),
    };

    private static AnnexAContact Contact(AnnexACells r)
    {
        var child = Child(r);
        return new(child, r.Date("Date of Contact") ?? default) { Source = r.Code("Contact Source") };
    }

    private static AnnexAEarlyHelpAssessment EarlyHelp(AnnexACells r)
    {
        var child = Child(r);
        return new(child, r.Date("Assessment start date") ?? default)
        {
            CompletionDate = r.Date("Assessment completion date"),
            Organisation = r.Text("Organisation completing assessment"),
        };
    }

    private static AnnexAReferral Referral(AnnexACells r)
    {
        var child = Child(r);
        return new(child, r.Date("Date of Referral") ?? default)
        {
            Source = r.Code("Referral Source"),
            NoFurtherAction = r.YesNo("Referral NFA?"),
            ReferralsInLast12Months = r.Integer("Number of Referrals in Last 12 Months"),
            Team = r.Text(Team),
            Worker = r.Text(Worker),
        };
    }

    private static AnnexAAssessment Assessment(AnnexACells r)
    {
        var child = Child(r);
        var disability = r.YesNo(Disability);
        return new(child, r.Date("Continuous Assessment Start Date") ?? default)
        {
            Disability = disability,
            ChildSeen = r.YesNo("Child Seen During Continuous Assessment"),
            AuthorisationDate = r.Date("Continuous Assessment Date of Authorisation"),
            RequiresSupport = r.YesNo("Was the child assessed as requiring LA children's social care support?"),
            Team = r.Text(Team),
            Worker = r.Text(Worker),
        };
    }

    private static AnnexASection47Enquiry Section47(AnnexACells r)
    {
        var child = Child(r);
        var disability = r.YesNo(Disability);
        return new(child, r.Date("Strategy discussion initiating Section 47 Enquiry Start Date") ?? default)
        {
            Disability = disability,
            ConferenceNotRequired = r.YesNo("Was an Initial Child Protection Conference deemed unnecessary?"),
            ConferenceDate = r.Date("Date of Initial Child Protection Conference"),
            ConferenceResultedInPlan = r.YesNo("Did the Initial Child Protection Conference Result in a Child Protection Plan"),
            EnquiriesInLast12Months = r.Integer("Number of Section 47 Enquiries in the last 12 months"),
            ConferencesInLast12Months = r.Integer("Number of ICPCs in the last 12 months"),
            Team = r.Text(Team),
            Worker = r.Text(Worker),
        };
    }

    private static AnnexAChildInNeed ChildInNeed(AnnexACells r) => new(Child(r))
    {
        Disability = r.YesNo(Disability),
        StartDate = r.Date("CIN Start Date"),
        PrimaryNeed = new CategoryOfNeed(r.Code("Primary Need Code")),
        LastSeen = r.Date("Date Child Was Last Seen"),
        ClosureDate = r.Date("CIN Closure Date"),
        ReasonForClosure = new ReasonForClosure(r.Code("Reason for Closure")),
        CaseStatus = r.Code("Case Status"),
        Team = r.Text(Team),
        Worker = r.Text(Worker),
    };

    private static AnnexAChildProtectionPlan Plan(AnnexACells r)
    {
        var child = Child(r);
        var disability = r.YesNo(Disability);
        return new(child, r.Date("Child Protection Plan Start Date") ?? default)
        {
            Disability = disability,
            InitialCategory = new CategoryOfAbuse(r.Code("Initial Category of Abuse")),
            LatestCategory = new CategoryOfAbuse(r.Code("Latest Category of Abuse")),
            LastStatutoryVisit = r.Date("Date of the Last Statutory Visit"),
            SeenAlone = r.YesNo("Was the Child Seen Alone?"),
            LatestReviewConference = r.Date("Date of latest review conference"),
            EndDate = r.Date("Child Protection Plan End Date"),
            EmergencyProtection = r.YesNo("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)"),
            PreviousPlans = r.Integer("Number of Previous Child Protection Plans"),
            Team = r.Text(Team),
            Worker = r.Text(Worker),
        };
    }

    private static AnnexAChildInCare ChildInCare(AnnexACells r)
    {
        var child = Child(r);
        var uasc = r.YesNo("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)");
        var disability = r.YesNo(Disability);
        return new(child, r.Date("Date Started to be Looked After") ?? default)
        {
            Uasc = uasc,
            Disability = disability,
            CategoryOfNeed = new CategoryOfNeed(r.Code("Child's Category of Need")),
            SubsequentPeriod = r.YesNo("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)"),
            LegalStatusStart = r.Date("Start date of current legal status"),
            LegalStatus = new LegalStatus(r.Code("Child's Legal Status")),
            LatestReview = r.Date("Date of Latest Statutory Review"),
            LastSocialWorkVisit = r.Date("Date of Last Social Work Visit"),
            PermanencePlan = r.Code("What is the permanence plan for this child?"),
            LastIroContact = r.Date("Date of Last IRO Visit / Contact to the Child"),
            LastHealthAssessment = r.Date("Date of Last Health Assessment"),
            LastDentalCheck = r.Date("Date of Last Dental Check"),
            PlacementsInLast12Months = r.Integer("Number of Placements in the Last 12 months"),
            PeriodEnd = r.Date("Date Ceased to be Looked After"),
            ReasonCeased = new ReasonEpisodeCeased(r.Code("Reason Ceased to be Looked After")),
            PlacementStart = r.Date("Start Date of Most Recent Placement"),
            Placement = new PlacementType(r.Code("Placement Type")),
            PlacementProvider = new PlacementProvider(r.Code("Placement Provider")),
            PlacementPostcode = r.Postcode("Placement postcode"),
            Urn = r.Text("URN of Placement"),
            PlacementLocation = r.Code("Placement Location"),
            PlacementAuthority = r.Text("LA of Placement"),
            MissingEpisodesInLast12Months = r.Integer("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"),
            AbsenceEpisodesInLast12Months = r.Integer("Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months"),
            ReturnInterviewOffered = r.YesNo("Was the child offered a Return Interview after their last missing episode (Y/N)?"),
            ReturnInterviewAccepted = r.YesNo("Did the child accept a Return Interview after their last missing episode (Y/N)?"),
            Team = r.Text(Team),
            Worker = r.Text(Worker),
        };
    }

    private static AnnexACareLeaver CareLeaver(AnnexACells r)
    {
        var child = Child(r);
        var uasc = r.YesNo("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)");
        var disability = r.YesNo(Disability);
        var team = r.Text(Team);
        var worker = r.Text(Worker);
        var advisor = r.Text("Allocated Personal Advisor");
        var eligibility = r.Code("Eligibility Category");
        var pathway = r.Date("Latest Pathway Plan Review Date");
        var inTouch = r.Code("LA in Touch");
        var contact = r.Date("Latest Date of Contact");
        var type = r.Code("Type of Accommodation");
        var suitable = r.Code("Suitability of Accommodation") switch
        {
            "SUITABLE" => true,
            "UNSUITABLE" => false,
            _ => (bool?)null,
        };
        return new(child)
        {
            Uasc = uasc,
            Disability = disability,
            Team = team,
            Worker = worker,
            PersonalAdvisor = advisor,
            Eligibility = eligibility,
            LatestPathwayPlanReview = pathway,
            InTouch = new InTouch(inTouch),

            // SSDA903 ACCOM is the letter and 1 (suitable) or 2 (unsuitable); Annex A gives them in two columns.
            Accommodation = new Accommodation(type is null ? null : type + suitable switch { true => "1", false => "2", null => "" }),
            AccommodationSuitable = suitable,
            LatestContact = contact,
            Activity = new Activity(r.Code("Activity Status")),
        };
    }

    private static AnnexAAdoption Adoption(AnnexACells r) => new(Child(r))
    {
        FamilyId = r.Text("Family identifier"),
        Disability = r.YesNo(Disability),
        EnteredCare = r.Date("Date the Child Entered Care"),
        DecisionToPlace = r.Date("Date of Decision that Child Should be Placed for Adoption"),
        PlacementOrder = r.Date("Date of Placement Order"),
        Matched = r.Date("Date of Matching Child and Prospective Adopters"),
        PlacedForAdoption = r.Date("Date Placed for Adoption"),
        AdoptionOrder = r.Date("Date of Adoption Order"),
        DecisionReversed = r.Date("Date of Decision that Child Should No Longer be Placed for Adoption"),
        ReasonReversed = r.Code("Reason Why Child No Longer Placed for Adoption"),
        FosteringForAdoption = r.Date("Date the child was placed for fostering in FFA or concurrent planning placement"),
    };

    private static AnnexAAdopter Adopter(AnnexACells r) => new(r.Id("Individual adopter identifier"))
    {
        FamilyId = r.Text("Family identifier"),
        Gender = new Sex(r.Code(Gender)),
        Ethnicity = r.Code(Ethnicity),
        Disability = r.YesNo("Disability"),
        FosteringForAdoption = r.YesNo("Is the (prospective) adopter fostering for adoption?"),
        EnquiryReceived = r.Date("Date enquiry received"),
        Stage1Started = r.Date("Date Stage 1 started"),
        Stage1Ended = r.Date("Date Stage 1 ended"),
        Stage2Started = r.Date("Date Stage 2 started"),
        Stage2Ended = r.Date("Date Stage 2 ended"),
        ApplicationSubmitted = r.Date("Date application submitted"),
        ApplicationApproved = r.Date("Date application approved"),
        Matched = r.Date("Date adopter matched with child(ren)"),
        ChildrenPlaced = r.Date("Date child/children placed with adopter(s)"),
        NumberOfChildrenPlaced = r.Integer("No. of children placed"),
        AdoptionOrder = r.Date("Date of Adoption Order"),
        LeftProcess = r.Date("Date of leaving adoption process"),
        ReasonLeft = r.Code("Reason for leaving adoption process"),
    };
}
