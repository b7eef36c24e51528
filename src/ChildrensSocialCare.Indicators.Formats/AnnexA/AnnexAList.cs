namespace ChildrensSocialCare.Indicators.Formats;

// The eleven lists and their columns (reference/annex-a.md 1.2-1.3: the 2024 headers exactly, Expected where the liia
// schema says a cell cannot be blank, Key for the columns that identify a row). A sheet is a list when its header row
// has every column that Identifies.
internal sealed record AnnexAList(int Number, string Title, IReadOnlyList<AnnexAColumn> Columns)
{
    public const string ChildId = "Child Unique ID";
    public const string Gender = "Gender";
    public const string Ethnicity = "Ethnicity";
    public const string DateOfBirth = "Date of Birth";
    public const string Age = "Age";
    public const string Disability = "Does the Child have a Disability";
    public const string Team = "Allocated Team";
    public const string Worker = "Allocated Worker";

    public string Name => $"List {Number}";

    public static IReadOnlyList<AnnexAList> All { get; } =
    [
        new(1, "Contacts", [.. Child(), Key("Date of Contact", AnnexAColumnKind.Date), Code("Contact Source", AnnexACodeKind.Source)]),
        new(2, "Early help", [.. Child(), Key("Assessment start date", AnnexAColumnKind.Date), Date("Assessment completion date"),
            Text("Organisation completing assessment", Need.Expected)]),
        new(3, "Referrals", [.. Child(), Key("Date of Referral", AnnexAColumnKind.Date), Code("Referral Source", AnnexACodeKind.Source),
            Code("Referral NFA?", AnnexACodeKind.YesNo), Integer("Number of Referrals in Last 12 Months"), .. Allocated()]),
        new(4, "Assessments", [.. Child(), YesNo(Disability, Need.Expected), Key("Continuous Assessment Start Date", AnnexAColumnKind.Date),
            YesNo("Child Seen During Continuous Assessment"), Date("Continuous Assessment Date of Authorisation"),
            YesNo("Was the child assessed as requiring LA children's social care support?"), .. Allocated()]),
        new(5, "Section 47 enquiries and ICPCs", [.. Child(), YesNo(Disability, Need.Expected),
            Key("Strategy discussion initiating Section 47 Enquiry Start Date", AnnexAColumnKind.Date),
            YesNo("Was an Initial Child Protection Conference deemed unnecessary?"), Date("Date of Initial Child Protection Conference"),
            YesNo("Did the Initial Child Protection Conference Result in a Child Protection Plan"),
            Integer("Number of Section 47 Enquiries in the last 12 months"), Integer("Number of ICPCs in the last 12 months"), .. Allocated()]),
        new(6, "Children in need", [.. Child(), YesNo(Disability, Need.Expected), Date("CIN Start Date") with { Identifies = true },
            Code("Primary Need Code", AnnexACodeKind.CategoryOfNeed), Date("Date Child Was Last Seen"), Date("CIN Closure Date"),
            Code("Reason for Closure", AnnexACodeKind.ReasonForClosure, Need.Optional), Code("Case Status", AnnexACodeKind.CaseStatus), .. Allocated()]),
        new(7, "Child protection", [.. Child(), YesNo(Disability, Need.Expected), Key("Child Protection Plan Start Date", AnnexAColumnKind.Date),
            Code("Initial Category of Abuse", AnnexACodeKind.CategoryOfAbuse), Code("Latest Category of Abuse", AnnexACodeKind.CategoryOfAbuse),
            Date("Date of the Last Statutory Visit"), YesNo("Was the Child Seen Alone?"), Date("Date of latest review conference"),
            Date("Child Protection Plan End Date"),
            YesNo("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)", Need.Expected),
            Integer("Number of Previous Child Protection Plans"), .. Allocated()]),
        new(8, "Children in care", [.. Child(),
            YesNo("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", Need.Expected),
            YesNo(Disability, Need.Expected), Key("Date Started to be Looked After", AnnexAColumnKind.Date),
            Code("Child's Category of Need", AnnexACodeKind.CategoryOfNeed),
            YesNo("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)", Need.Expected),
            Date("Start date of current legal status", Need.Expected), Code("Child's Legal Status", AnnexACodeKind.LegalStatus),
            Date("Date of Latest Statutory Review"), Date("Date of Last Social Work Visit"),
            Code("What is the permanence plan for this child?", AnnexACodeKind.PermanencePlan, Need.Optional),
            Date("Date of Last IRO Visit / Contact to the Child"), Date("Date of Last Health Assessment"), Date("Date of Last Dental Check"),
            Integer("Number of Placements in the Last 12 months"), Date("Date Ceased to be Looked After"),
            Code("Reason Ceased to be Looked After", AnnexACodeKind.ReasonCeased, Need.Optional),
            Date("Start Date of Most Recent Placement", Need.Expected), Code("Placement Type", AnnexACodeKind.PlacementType),
            Code("Placement Provider", AnnexACodeKind.PlacementProvider),
            new("Placement postcode", AnnexAColumnKind.Postcode, Need.Expected), Text("URN of Placement"),
            Code("Placement Location", AnnexACodeKind.PlacementLocation), Text("LA of Placement", Need.Expected),
            Integer("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"),
            Integer("Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months"),
            YesNo("Was the child offered a Return Interview after their last missing episode (Y/N)?"),
            YesNo("Did the child accept a Return Interview after their last missing episode (Y/N)?"), .. Allocated()]),
        new(9, "Care leavers", [.. Child(),
            YesNo("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", Need.Expected) with { Identifies = false },
            YesNo(Disability, Need.Expected), .. Allocated(), Text("Allocated Personal Advisor", Need.Expected) with { Identifies = false },
            Code("Eligibility Category", AnnexACodeKind.Eligibility), Date("Latest Pathway Plan Review Date"),
            Code("LA in Touch", AnnexACodeKind.InTouch), Date("Latest Date of Contact"),
            Code("Type of Accommodation", AnnexACodeKind.AccommodationType, Need.Optional),
            Code("Suitability of Accommodation", AnnexACodeKind.Suitability, Need.Optional),
            Code("Activity Status", AnnexACodeKind.Activity, Need.Optional)]),
        new(10, "Adoption", [Id(ChildId), Text("Family identifier"), Code(Gender, AnnexACodeKind.Gender), Code(Ethnicity, AnnexACodeKind.Ethnicity),
            Date(DateOfBirth), new(Age, AnnexAColumnKind.Age, Need.Optional) { Aliases = ["Age of Child (Years)"] },
            YesNo(Disability, Need.Expected), Date("Date the Child Entered Care", Need.Expected),
            Date("Date of Decision that Child Should be Placed for Adoption", Need.Expected), Date("Date of Placement Order"),
            Date("Date of Matching Child and Prospective Adopters"), Date("Date Placed for Adoption"), Date("Date of Adoption Order"),
            Date("Date of Decision that Child Should No Longer be Placed for Adoption"),
            Code("Reason Why Child No Longer Placed for Adoption", AnnexACodeKind.ReasonReversed, Need.Optional),
            Date("Date the child was placed for fostering in FFA or concurrent planning placement")]),
        new(11, "Adopters", [Id("Individual adopter identifier"), Text("Family identifier"), Code(Gender, AnnexACodeKind.Gender),
            Code(Ethnicity, AnnexACodeKind.Ethnicity), YesNo("Disability", Need.Expected),
            YesNo("Is the (prospective) adopter fostering for adoption?", Need.Expected), Date("Date enquiry received", Need.Expected),
            Date("Date Stage 1 started"), Date("Date Stage 1 ended"), Date("Date Stage 2 started"), Date("Date Stage 2 ended"),
            Date("Date application submitted"), Date("Date application approved"), Date("Date adopter matched with child(ren)"),
            Date("Date child/children placed with adopter(s)"), Integer("No. of children placed", Need.Optional), Date("Date of Adoption Order"),
            Date("Date of leaving adoption process"), Code("Reason for leaving adoption process", AnnexACodeKind.ReasonLeft, Need.Optional)]),
    ];

    private static AnnexAColumn[] Child() =>
    [
        Id(ChildId), Code(Gender, AnnexACodeKind.Gender), Code(Ethnicity, AnnexACodeKind.Ethnicity), Date(DateOfBirth),
        new(Age, AnnexAColumnKind.Age, Need.Optional) { Aliases = ["Age of Child (Years)"] },
    ];

    private static AnnexAColumn[] Allocated() => [Text(Team, Need.Expected), Text(Worker, Need.Expected)];

    private static AnnexAColumn Id(string header) => new(header, AnnexAColumnKind.Id, Need.Key);

    private static AnnexAColumn Key(string header, AnnexAColumnKind kind) => new(header, kind, Need.Key);

    private static AnnexAColumn Date(string header, Need need = Need.Optional) => new(header, AnnexAColumnKind.Date, need);

    private static AnnexAColumn Integer(string header, Need need = Need.Expected) => new(header, AnnexAColumnKind.Integer, need);

    private static AnnexAColumn Text(string header, Need need = Need.Optional) => new(header, AnnexAColumnKind.Text, need);

    private static AnnexAColumn Code(string header, AnnexACodeKind code, Need need = Need.Expected) => new(header, AnnexAColumnKind.Code, need, code);

    private static AnnexAColumn YesNo(string header, Need need = Need.Optional) => new(header, AnnexAColumnKind.Code, need, AnnexACodeKind.YesNo);
}
