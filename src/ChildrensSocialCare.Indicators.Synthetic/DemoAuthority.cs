namespace ChildrensSocialCare.Indicators.Synthetic;

/// <summary>
/// The demonstration authority used by the scorecard command, the notebooks and the samples: 20,000 children over the
/// collection years 2012 to 2015 (2011-12 to 2014-15, which cover the Walsall report's 2013-14 and 2014-15), seed
/// 20141125 (the report's date), England levels otherwise. Like Walsall, which could not introduce the single
/// assessment until its new system arrived, the demo keeps legacy initial and core assessments through 2014-15, so the
/// report's year-to-date initial-assessment table can be reproduced. Synthetic: no real child is in it.
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

    /// <summary>Generates the demonstration authority (a new copy each time: its record sets are mutable).</summary>
    public static SyntheticAuthority Generate() => SyntheticAuthority.Generate(Options);
}
