using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

/// <summary>
/// What the benchmarks evaluate: a synthetic authority of a given number of children (seed 1, collection years 2012 to
/// 2015, England levels), its records as one data set, and the reporting year 2013-14, the third year of records, in
/// which every indicator has data (legacy and single assessments both) and history to look back over.
/// </summary>
public sealed class Workload
{
    private Workload(int children)
    {
        Authority = SyntheticAuthority.Generate(Options(children));
        Data = Authority.ToDataSet();
    }

    /// <summary>The reporting year evaluated: 2013-14.</summary>
    public static ReportingPeriod Period { get; } = ReportingPeriod.Year(2014);

    /// <summary>The generated authority.</summary>
    public SyntheticAuthority Authority { get; }

    /// <summary>All its records as one data set.</summary>
    public DataSet Data { get; }

    /// <summary>Default options with the authority's population.</summary>
    public EvaluationOptions EvaluationOptions => Authority.EvaluationOptions;

    /// <summary>The population aged 0-17.</summary>
    public long Population => Authority.Population;

    /// <summary>The generator options for <paramref name="children"/> children.</summary>
    public static SyntheticOptions Options(int children) => SyntheticOptions.Default with { Children = children };

    /// <summary>Generates the authority and builds its data set.</summary>
    public static Workload Create(int children) => new(children);
}
