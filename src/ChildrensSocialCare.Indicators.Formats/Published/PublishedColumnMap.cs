using System.Collections.ObjectModel;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// Which published column is which catalogue indicator, for one release of DfE's statistics: the documented map the
/// loader reads by (<c>docs/published-data.md</c> lists it, with every catalogue id that has no published column).
/// A column the map needs and a file lacks is an error naming both, never a silent blank.
/// </summary>
public sealed class PublishedColumnMap
{
    private const string NoPublicCopy = "no public copy of the 2025 file was found, so its columns are not known here; add them to a map when known";

    private static readonly Dictionary<string, string> s_cla31March = new() { ["population_type"] = "Children looked after on 31 March each year" };

    /// <summary>
    /// The 2025 releases (year ending 31 March 2025): children in need B1, C1, D3, D5; looked after numbers and rates,
    /// stability and care leavers, in the 2025 column names (<c>children_count</c>, <c>children_percent</c>,
    /// <c>care_leaver_count</c>, <c>care_leaver_percent</c>, <c>population_type</c>, <c>care_leaver_age</c>,
    /// <c>breakdown</c>); the social work workforce.
    /// </summary>
    public static PublishedColumnMap Release2025 { get; } = new("2025",
        [
            new("referrals-rate", "c1_children_in_need_referrals_and_rereferrals", "referral_count")
            {
                Computation = PublishedComputation.RatePer10000OfPopulation,
                Note = "C1 publishes the count only; the rate is computed from it and the ONS population",
            },
            new("re-referrals-12m", "c1_children_in_need_referrals_and_rereferrals", "rereferral_percent")
            {
                NumeratorColumn = "rereferral_count",
                DenominatorColumn = "referral_count",
            },
            new("referrals-nfa", "c1_children_in_need_referrals_and_rereferrals", "no_further_action_percent")
            {
                NumeratorColumn = "no_further_action_count",
                DenominatorColumn = "referral_count",
            },
            new("cin-rate", "b1_children_in_need", "At31_episodes")
            {
                Computation = PublishedComputation.RatePer10000OfPopulation,
                Note = "B1 publishes the count at 31 March only; the rate is computed from it and the ONS population",
            },
            new("cpp-rate", "d5_cpps_at31march_by_duration", "CPP_At31")
            {
                Computation = PublishedComputation.RatePer10000OfPopulation,
                Note = "D1 publishes the rate but " + NoPublicCopy + "; computed from D5's count of plans at 31 March and the ONS population",
            },
            new("cpp-second-subsequent", "d3_cpps_subsequent_plan", "CPP_subsequent_percent")
            {
                NumeratorColumn = "CPP_subsequent",
                DenominatorColumn = "CPP_start",
            },
            new("cpp-open-2y-plus", "d5_cpps_at31march_by_duration", "2_years_or_more_percent")
            {
                NumeratorColumn = "2_years_or_more",
                DenominatorColumn = "CPP_At31",
            },
            new("cla-rate", "cla_number_and_rate_per_10k_children", "rate_per_10000")
            {
                Filters = s_cla31March,
                NumeratorColumn = "children_count",
                DenominatorColumn = "population_estimate",
                Note = "published as a whole number",
            },
            ShareOfTotalRow("cla-3plus-placements", "la_cla_placement_stability", "children", "placement_stability", "Total children",
                ("cla_group", "CLA on 31 March"), ("placement_stability", "With 3 or more placements during the year")),
            ShareOfTotalRow("cla-long-term-stability", "la_cla_placement_stability", "children", "placement_stability", "Total children",
                ("cla_group", "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years"),
                ("placement_stability", "Living with the same carer for at least 2 years")),
            ShareOfTotalRow("care-leavers-suitable-accommodation", "la_care_leavers_accommodation_suitability", "care_leaver", "breakdown", "Suitability total",
                ("care_leaver_age", "19 to 21 years"), ("breakdown", "Accommodation considered suitable")),
            ShareOfTotalRow("care-leavers-eet", "la_care_leavers_activity", "care_leaver", "breakdown", "Total",
                ("care_leaver_age", "19 to 21 years"), ("breakdown", "Total in education, employment or training")),
            new("workforce-agency-share", "csww_indicators", "agency_rate_fte")
            {
                Note = "FTE agency workers over FTE agency and in-post workers at 30 September of the time_period (no single denominator column, so no pooled average); taken under its time_period as published",
            },
        ],
        new Dictionary<string, string>
        {
            ["contacts-outcomes"] = "contacts are not collected by the CIN census; a local measure",
            ["initial-assessments-rate"] = "legacy (to 2013-14); not in the 2025 release",
            ["initial-assessments-10wd"] = "legacy (to 2013-14); not in the 2025 release",
            ["initial-assessments-child-seen"] = "a local measure; not published",
            ["initial-assessments-child-seen-alone"] = "a local measure; not published",
            ["core-assessments-35wd"] = "legacy; not in the 2025 release",
            ["assessments-rate"] = "DfE C2: " + NoPublicCopy,
            ["assessments-45wd"] = "DfE C2: " + NoPublicCopy,
            ["s47-rate"] = "DfE C4: " + NoPublicCopy,
            ["icpc-15wd"] = "DfE C4: " + NoPublicCopy,
            ["cpp-repeat-within-2y"] = "a local measure; not published",
            ["cpp-ended-2y-plus"] = "DfE D7: " + NoPublicCopy,
            ["care-leavers-in-touch"] = "the 2025 care leavers' activity file has no in-touch breakdown",
            ["adoption-entry-to-placement-days"] = "published for England only, as years:months by age (national_cla_adopted_average_time_between_adoption_process_stages); no authority figure",
            ["workforce-sickness-change"] = "CSWW publishes absence_rate_fte, a rate, not the change against the previous year",
        });

    // A whole-number percentage of the 2025 looked-after files, whose denominator is the count of a total row of its
    // own (the stability file's "Total children", the care leavers' "Suitability total" and "Total").
    private static PublishedColumn ShareOfTotalRow(
        string id, string file, string measure, string totalColumn, string total, params (string Column, string Value)[] filters) =>
        new(id, file, measure + "_percent")
        {
            Filters = filters.ToDictionary(f => f.Column, f => f.Value),
            NumeratorColumn = measure + "_count",
            DenominatorColumn = measure + "_count",
            DenominatorFilters = new Dictionary<string, string> { [totalColumn] = total },
            Note = (measure == "care_leaver" ? "aged 19 to 21; " : "") + $"published as a whole number; the denominator is the {total} row",
        };

    /// <summary>Creates a map.</summary>
    /// <param name="release">The release it describes (<c>2025</c>).</param>
    /// <param name="columns">The entries; an indicator may have one entry per file.</param>
    /// <param name="unmappedReasons">Why a catalogue id has no entry, by id (optional); ids without a reason are listed
    /// as having no column in the release's files.</param>
    /// <exception cref="ArgumentException">An entry names an id that is not in the <see cref="Catalogue"/>, or two
    /// entries map one id from one file.</exception>
    public PublishedColumnMap(string release, IEnumerable<PublishedColumn> columns, IReadOnlyDictionary<string, string>? unmappedReasons = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(release);
        ArgumentNullException.ThrowIfNull(columns);
        Release = release;
        var list = columns.ToList();
        foreach (var c in list)
        {
            if (Catalogue.Find(c.IndicatorId) is null)
            {
                throw new ArgumentException($"'{c.IndicatorId}' is not an indicator id of the catalogue.", nameof(columns));
            }
        }

        if (list.GroupBy(c => (c.IndicatorId, c.File.ToUpperInvariant())).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ArgumentException($"'{repeated.Key.IndicatorId}' is mapped twice from '{repeated.First().File}'.", nameof(columns));
        }

        Columns = new ReadOnlyCollection<PublishedColumn>(list);
        var mapped = list.Select(c => c.IndicatorId).ToHashSet(StringComparer.Ordinal);
        Unmapped = new ReadOnlyDictionary<string, string>(Catalogue.All.Where(d => !mapped.Contains(d.Id)).ToDictionary(
            d => d.Id,
            d => unmappedReasons?.GetValueOrDefault(d.Id) ?? "no published column in this release's files",
            StringComparer.Ordinal));
    }

    /// <summary>The release (<c>2025</c>).</summary>
    public string Release { get; }

    /// <summary>The entries, in order.</summary>
    public IReadOnlyList<PublishedColumn> Columns { get; }

    /// <summary>Every catalogue id without a published column, with the reason, in catalogue order.</summary>
    public IReadOnlyDictionary<string, string> Unmapped { get; }

    /// <summary>The entries that read a file of this name.</summary>
    /// <param name="fileName">A file name or path.</param>
    public IReadOnlyList<PublishedColumn> For(string fileName) => [.. Columns.Where(c => c.Matches(fileName))];

    /// <summary>The entry of an indicator, or <c>null</c> when it has none (the first when it has several).</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    public PublishedColumn? Find(string indicatorId) => Columns.FirstOrDefault(c => c.IndicatorId == indicatorId);
}
