namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>What a single year in a file name (<c>2017-episodes.csv</c>, <c>SSDA903_2020_header.csv</c>) or in the
/// <c>YEAR</c> column of a pooled file means.</summary>
/// <remarks>A span such as <c>2017-18</c> or <c>2017_18</c> is never ambiguous: it is collection year 2018.</remarks>
public enum FileNameYear
{
    /// <summary>The collection year, the year the reporting year ends: <c>2020</c> is the 2019-20 return (DfE's and
    /// liia-tools' convention). The default.</summary>
    CollectionYear,

    /// <summary>The year the reporting year starts: <c>2017</c> is the 2017-18 return, collection year 2018 (the
    /// convention of the cs-demand-model samples).</summary>
    StartYear,
}
