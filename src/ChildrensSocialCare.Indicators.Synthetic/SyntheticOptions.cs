namespace ChildrensSocialCare.Indicators.Synthetic;

/// <summary>
/// What <see cref="SyntheticAuthority.Generate(SyntheticOptions)"/> generates: the seed, the number of children, the
/// collection years, and the levels the synthetic authority is calibrated to.
/// </summary>
/// <remarks>
/// <para>Every property has a default. The targets default to published England levels (the research notes
/// <c>SOURCES-AND-FIGURES.md</c>, section 5, give the table and year of each); the behaviour settings default to values
/// tuned so that the indicators without a direct control (placement stability, repeat plans) land on England levels
/// too. A target is met in expectation: the indicator computed from a generated authority scatters around it by
/// sampling error, which shrinks as <see cref="Children"/> grows.</para>
/// <para>The same options (the same seed included) always give the same records, on any machine.</para>
/// </remarks>
public sealed record SyntheticOptions
{
    /// <summary>The defaults: seed 1, 10,000 children, collection years 2012 to 2015, England levels.</summary>
    public static SyntheticOptions Default { get; } = new();

    /// <summary>The seed. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// The number of children generated: children who have at least one record in the collection years (a contact,
    /// a referral open in the years, or a care leaver's outcome). Default 10,000; 1 to 10,000,000.
    /// </summary>
    public int Children { get; init; } = 10_000;

    /// <summary>The first collection year (the year ending 31 March; 2012 is 2011-12). Default 2012.</summary>
    public int FirstCollectionYear { get; init; } = 2012;

    /// <summary>The last collection year. Default 2015 (2014-15).</summary>
    public int LastCollectionYear { get; init; } = 2015;

    /// <summary>The authority's three-digit DfE code, used in UPNs (characters 2-4). Default <c>201</c>, the code the
    /// DfE's own fake CIN census files use.</summary>
    public string LocalAuthorityCode { get; init; } = "201";

    /// <summary>The working-day calendar used to place timescales (it must cover the collection years). Default
    /// England and Wales.</summary>
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.EnglandAndWales;

    /// <summary>Children looked after per 10,000 children aged 0-17 (DfE A1; England 70 in 2024). This sets
    /// <see cref="SyntheticAuthority.Population"/>: the population is chosen so that the mean number of children looked
    /// after over the collection years is this rate. Default 70.</summary>
    public double LookedAfterPer10000 { get; init; } = 70;

    /// <summary>Share of referrals that are re-referrals within 12 months of the previous one (DfE C1; England 22% in
    /// 2023-24, 23.4% in 2013-14). Default 0.22.</summary>
    public double ReReferralShare { get; init; } = 0.22;

    /// <summary>Share of referrals resulting in no further action (DfE C1; England 6.5% in 2024-25). Default 0.065.</summary>
    public double NoFurtherActionShare { get; init; } = 0.065;

    /// <summary>Share of single assessments completed within 45 working days of their start (DfE C2; England 85.7% in
    /// 2024-25). Default 0.85.</summary>
    public double AssessmentsWithin45WorkingDaysShare { get; init; } = 0.85;

    /// <summary>Share of legacy initial assessments completed within 10 working days (England 75.5% in 2012-13, as
    /// quoted by the Walsall report). Default 0.755.</summary>
    public double InitialAssessmentsWithin10WorkingDaysShare { get; init; } = 0.755;

    /// <summary>Share of legacy core assessments completed within 35 working days. Default 0.75.</summary>
    public double CoreAssessmentsWithin35WorkingDaysShare { get; init; } = 0.75;

    /// <summary>Share of initial assessments where the child was seen (Walsall 94.3% in 2013-14). Default 0.94.</summary>
    public double ChildSeenShare { get; init; } = 0.94;

    /// <summary>Share of initial assessments where the child was seen alone (Walsall 52.6% in 2013-14); at most
    /// <see cref="ChildSeenShare"/>. Default 0.53.</summary>
    public double ChildSeenAloneShare { get; init; } = 0.53;

    /// <summary>Share of initial child protection conferences held within 15 working days of the section 47 start
    /// (DfE C4; England 78.5% in 2022-23, 81.4% in 2024-25). Default 0.80.</summary>
    public double ConferencesWithin15WorkingDaysShare { get; init; } = 0.80;

    /// <summary>Share of child protection plans that last 2 years or more (DfE D7; England 3.6% of plans ended in
    /// 2019-20, 4.4% in 2024-25); the other durations follow the D7 bands of 2024-25. Default 0.04.</summary>
    public double PlansLastingTwoYearsOrMoreShare { get; init; } = 0.04;

    /// <summary>Share of care leavers aged 19-21 the authority is in touch with. Default 0.90.</summary>
    public double CareLeaversInTouchShare { get; init; } = 0.90;

    /// <summary>Share of care leavers aged 19-21 in suitable accommodation (DfE F; England 84% in 2018, 85% in 2019); at
    /// most <see cref="CareLeaversInTouchShare"/>, because the authority knows the accommodation only of those it is in
    /// touch with. Default 0.85.</summary>
    public double CareLeaversSuitableAccommodationShare { get; init; } = 0.85;

    /// <summary>Share of care leavers aged 19-21 in education, employment or training; at most
    /// <see cref="CareLeaversInTouchShare"/>. Default 0.52.</summary>
    public double CareLeaversEducationEmploymentTrainingShare { get; init; } = 0.52;

    /// <summary>Share of filled social work posts filled by agency workers (England about 16% around 2014; Walsall
    /// almost 35% in 2014). Default 0.16.</summary>
    public double AgencyWorkerShare { get; init; } = 0.16;

    /// <summary>Working days lost to sickness per full-time equivalent in the first collection year. Default 10.</summary>
    public double SicknessDaysPerFte { get; init; } = 10;

    /// <summary>Relative change in sickness days per full-time equivalent from one year to the next (Walsall reported
    /// -0.22 for 2013-14 to 2014-15). Default -0.05.</summary>
    public double SicknessChangePerYear { get; init; } = -0.05;

    /// <summary>The last collection year whose referrals have legacy initial and core assessments (they ended with
    /// 2013-14). Default 2014.</summary>
    public int LegacyAssessmentsLastYear { get; init; } = 2014;

    /// <summary>The first collection year whose referrals have single assessments (they began in 2013-14; in that
    /// transition year a referral has both). Default 2014.</summary>
    public int SingleAssessmentsFirstYear { get; init; } = 2014;

    /// <summary>Behaviour: share of children in care whose carers, once found, hold them (after the first months they
    /// move rarely). Tuned with <see cref="UnsettledMovesPerYear"/> and <see cref="EarlyMoveShare"/> to give about 10% of
    /// children looked after with 3 or more placements in a year (NI 62; England 10% in 2019) and about 68% long-term
    /// stability (NI 63; England 68% in 2024). Default 0.78.</summary>
    public double SettledPlacementShare { get; init; } = 0.78;

    /// <summary>Behaviour: carer changes per year of a child whose placements are not settled. Default 1.6.</summary>
    public double UnsettledMovesPerYear { get; init; } = 1.6;

    /// <summary>Behaviour: share of children who move on from their first (often emergency) carer within about 4
    /// months of entering care. Default 0.40.</summary>
    public double EarlyMoveShare { get; init; } = 0.40;

    /// <summary>Behaviour: how much likelier a child who has had a child protection plan is to have another when
    /// referred again (a multiplier of the chance of a plan). Tuned to give about 16% of children starting a plan having
    /// had one before (NI 65). Default 4.</summary>
    public double RepeatPlanFactor { get; init; } = 4;
}
