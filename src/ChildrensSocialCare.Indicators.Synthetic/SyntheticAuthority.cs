using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic;

/// <summary>
/// A synthetic local authority: complete, linked journeys of its children over several collection years (contacts,
/// referrals, assessments, section 47 enquiries, conferences, child protection plans, periods of care with their
/// placements, adoptions, care leavers' outcomes), its workforce, and its population aged 0-17. Never real data.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="Generate(SyntheticOptions)"/>. The same options always give the same records, on
/// any machine and whatever the number of threads used.</para>
/// <para>Each child's history is simulated from its first contact (up to 22 years before the first collection year),
/// so that records open when the first year starts have a realistic past; only records that fall in the collection
/// years are kept, as real returns would hold them. History before the first year is therefore not in the records:
/// indicators that look back (re-referrals, repeat plans, long-term stability) are complete from the second or third
/// year on, exactly as when a council loads only the returns it has.</para>
/// <para>The record sets are ordinary mutable <see cref="RecordSet"/>s, owned by the caller.</para>
/// </remarks>
public sealed class SyntheticAuthority
{
    private const int ChunkSize = 2048;

    private SyntheticAuthority(SyntheticOptions options, long population, RecordSet records, IReadOnlyList<RecordSet> returns)
    {
        Options = options;
        Population = population;
        Records = records;
        Returns = returns;
    }

    /// <summary>The options the authority was generated with.</summary>
    public SyntheticOptions Options { get; }

    /// <summary>
    /// The authority's population aged 0-17 (the denominator of every rate per 10,000), consistent with its size:
    /// chosen so that the mean number of children looked after over the collection years is
    /// <see cref="SyntheticOptions.LookedAfterPer10000"/> per 10,000.
    /// </summary>
    public long Population { get; }

    /// <summary>
    /// Every record, all collection years together, each as it stood at the end of the last collection year (an end
    /// date after it is not yet known). Its <see cref="RecordSet.CollectionYear"/> is empty.
    /// </summary>
    public RecordSet Records { get; }

    /// <summary>
    /// One record set per collection year, first to last, split as real returns are: each holds the records open at
    /// some time in its year, as they stood on its 31 March, so a record open across 31 March appears in both years'
    /// returns. Each carries its <see cref="RecordSet.CollectionYear"/>. Combining them
    /// (<see cref="DataSet.Create(RecordSet[])"/>) gives the same data set as <see cref="Records"/>.
    /// </summary>
    public IReadOnlyList<RecordSet> Returns { get; }

    /// <summary>Evaluation options with this authority's <see cref="Population"/> and the defaults otherwise.</summary>
    public EvaluationOptions EvaluationOptions => EvaluationOptions.Default.WithPopulation(Population);

    /// <summary>The return for <paramref name="collectionYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is not one of the generated collection years.</exception>
    public RecordSet Return(int collectionYear)
    {
        var index = collectionYear - Options.FirstCollectionYear;
        if (index < 0 || index >= Returns.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(collectionYear), collectionYear,
                $"The authority was generated for collection years {Options.FirstCollectionYear} to {Options.LastCollectionYear}.");
        }

        return Returns[index];
    }

    /// <summary>A data set of all the records (<see cref="Records"/>).</summary>
    public DataSet ToDataSet() => DataSet.Create(Records);

    /// <summary>Generates an authority.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its allowed range (the message says which
    /// and what the range is).</exception>
    public static SyntheticAuthority Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var model = new Model(options);
        var years = options.LastCollectionYear - options.FirstCollectionYear + 1;
        var chunks = (options.Children + ChunkSize - 1) / ChunkSize;
        var final = new Output(years, options.FirstCollectionYear);
        var committer = new Committer(final, chunks, options.Children, ChunkSize);

        // Children are generated in fixed ranges, each child from its own random stream, and the ranges are appended in
        // order: the result does not depend on how many threads ran or in what order.
        Parallel.For(0, chunks,
            () => (Simulator: new ChildSimulator(model), Materializer: new Materializer(model)),
            (chunk, _, worker) =>
            {
                var output = committer.Rent(years);
                var end = Math.Min(options.Children, (chunk + 1) * ChunkSize);
                for (var i = chunk * ChunkSize; i < end; i++)
                {
                    worker.Simulator.Simulate(i);
                    worker.Materializer.Write(worker.Simulator, i, output);
                }

                committer.Complete(chunk, output);
                return worker;
            },
            _ => { });

        var population = PopulationFor(model, final.CareDays);
        Workforce.Write(model, population, final);

        return new SyntheticAuthority(options, population, final.Combined, Array.AsReadOnly(final.Years));
    }

    // The mean number looked after on a day of the collection years, over the target rate. With no child looked after
    // at all (a tiny authority) the population falls back to eight children per child generated, about the ratio the
    // defaults give.
    private static long PopulationFor(Model model, long careDays)
    {
        var days = model.WindowEnd - model.WindowStart + 1;
        var meanLookedAfter = (double)careDays / days;
        var population = meanLookedAfter > 0
            ? Math.Round(meanLookedAfter * 10_000 / model.Options.LookedAfterPer10000, MidpointRounding.AwayFromZero)
            : 8.0 * model.Options.Children;
        return Math.Max(1, (long)population);
    }

    private static void Validate(SyntheticOptions o)
    {
        Range(o.Children, 1, 10_000_000, nameof(o.Children));
        var coverageFirst = o.Calendar.CoverageStart.Year + 1;
        var coverageLast = o.Calendar.CoverageEnd.Year;
        Range(o.FirstCollectionYear, coverageFirst, coverageLast, nameof(o.FirstCollectionYear),
            $" (the years the calendar '{o.Calendar.Name}' covers)");
        Range(o.LastCollectionYear, o.FirstCollectionYear, Math.Min(coverageLast, o.FirstCollectionYear + 63), nameof(o.LastCollectionYear),
            $" (from {nameof(o.FirstCollectionYear)}, at most 64 years, within the calendar '{o.Calendar.Name}')");
        if (o.LocalAuthorityCode is not { Length: 3 } code || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1]) || !char.IsAsciiDigit(code[2]))
        {
            throw new ArgumentOutOfRangeException(nameof(o.LocalAuthorityCode), o.LocalAuthorityCode,
                "The local authority code must be three digits, such as 201.");
        }

        Range(o.LookedAfterPer10000, 1, 1000, nameof(o.LookedAfterPer10000));
        Share(o.ReReferralShare, nameof(o.ReReferralShare), 0.6);
        Share(o.NoFurtherActionShare, nameof(o.NoFurtherActionShare), 0.5);
        Share(o.AssessmentsWithin45WorkingDaysShare, nameof(o.AssessmentsWithin45WorkingDaysShare));
        Share(o.InitialAssessmentsWithin10WorkingDaysShare, nameof(o.InitialAssessmentsWithin10WorkingDaysShare));
        Share(o.CoreAssessmentsWithin35WorkingDaysShare, nameof(o.CoreAssessmentsWithin35WorkingDaysShare));
        Share(o.ChildSeenShare, nameof(o.ChildSeenShare));
        Share(o.ChildSeenAloneShare, nameof(o.ChildSeenAloneShare), o.ChildSeenShare, $" (at most {nameof(o.ChildSeenShare)})");
        Share(o.ConferencesWithin15WorkingDaysShare, nameof(o.ConferencesWithin15WorkingDaysShare));
        Share(o.PlansLastingTwoYearsOrMoreShare, nameof(o.PlansLastingTwoYearsOrMoreShare), 0.9);
        Share(o.CareLeaversInTouchShare, nameof(o.CareLeaversInTouchShare));
        Share(o.CareLeaversSuitableAccommodationShare, nameof(o.CareLeaversSuitableAccommodationShare), o.CareLeaversInTouchShare,
            $" (at most {nameof(o.CareLeaversInTouchShare)}: only those in touch have known accommodation)");
        Share(o.CareLeaversEducationEmploymentTrainingShare, nameof(o.CareLeaversEducationEmploymentTrainingShare), o.CareLeaversInTouchShare,
            $" (at most {nameof(o.CareLeaversInTouchShare)}: only those in touch have a known activity)");
        Share(o.AgencyWorkerShare, nameof(o.AgencyWorkerShare));
        Range(o.SicknessDaysPerFte, 0, 100, nameof(o.SicknessDaysPerFte));
        Range(o.SicknessChangePerYear, -0.9, 10, nameof(o.SicknessChangePerYear));
        Share(o.SettledPlacementShare, nameof(o.SettledPlacementShare));
        Range(o.UnsettledMovesPerYear, 0, 12, nameof(o.UnsettledMovesPerYear));
        Share(o.EarlyMoveShare, nameof(o.EarlyMoveShare));
        Range(o.RepeatPlanFactor, 0, 5, nameof(o.RepeatPlanFactor));
    }

    private static void Share(double value, string name, double max = 1, string why = "") => Range(value, 0, max, name, why);

    private static void Range(double value, double min, double max, string name, string why = "")
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}{why}.");
        }
    }
}
