namespace ChildrensSocialCare.Indicators.Synthetic;

/// <summary>
/// The demonstration authority used by the notebooks and the samples: 20,000 children over the
/// collection years 2012 to 2015 (2011-12 to 2014-15, which cover the Walsall report's 2013-14 and 2014-15), seed
/// 20141125 (the report's date), England levels otherwise. Like Walsall, which could not introduce the single
/// assessment until its new system arrived, the demo keeps legacy initial and core assessments through 2014-15, so the
/// report's year-to-date initial-assessment table can be reproduced. The scorecard command's demo is the same authority
/// in the latest published years (<see cref="Latest"/>), benchmarked against the real published figures of Walsall's
/// region and neighbours. Synthetic: no real child is in it.
/// </summary>
public static class DemoAuthority
{
    /// <summary>The options of the demonstration authority.</summary>
    public static SyntheticOptions Options { get; } = new()
    {
        Seed = 20141125,
        Children = 20_000,
        FirstCollectionYear = 2012,
        LastCollectionYear = 2015,
        LegacyAssessmentsLastYear = 2015,
    };

    /// <summary>The demonstration authority in the latest published year: the same seed and size over the collection
    /// years 2022 to 2025 (2021-22 to 2024-25, single assessments only), so that the scorecard command's demo scores
    /// 2024-25 beside DfE's published figures of 2024-25 (the 2025 releases), Walsall (<see cref="LikeAuthority"/>)
    /// standing in for it as its region and statistical neighbours.</summary>
    public static SyntheticOptions Latest { get; } = Options with
    {
        FirstCollectionYear = LatestPublishedYear - 3,
        LastCollectionYear = LatestPublishedYear,
        LegacyAssessmentsLastYear = 2014,
    };

    /// <summary>The latest collection year DfE has published every authority's figures for: 2025 (2024-25, the 2025
    /// releases).</summary>
    public const int LatestPublishedYear = 2025;

    /// <summary>The real authority the demo is compared as (its region and statistical neighbours): Walsall, old code
    /// 335 (new code <see cref="LikeAuthorityNewCode"/>), the authority of the scrutiny report the demo follows. The
    /// demo's records are synthetic; only the benchmarks taken for Walsall are real.</summary>
    public const string LikeAuthority = "335";

    /// <summary>Walsall's new (9-digit ONS) code.</summary>
    public const string LikeAuthorityNewCode = "E08000030";

    /// <summary>Walsall's name, as DfE's files spell it.</summary>
    public const string LikeAuthorityName = "Walsall";

    /// <summary>Generates the demonstration authority (a new copy each time: its record sets are mutable).</summary>
    public static SyntheticAuthority Generate() => SyntheticAuthority.Generate(Options);

    /// <summary>Generates the demonstration authority over the latest published years (<see cref="Latest"/>; a new copy
    /// each time).</summary>
    public static SyntheticAuthority GenerateLatest() => SyntheticAuthority.Generate(Latest);
}
