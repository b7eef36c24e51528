namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// One entry of a <see cref="PublishedColumnMap"/>: where an indicator's figure is in a publication's file. The file's
/// rows are selected by filter columns; the value, numerator and denominator are columns of the selected row, except a
/// denominator published as a row of its own (the "Total children" row of the stability file), selected by
/// <see cref="DenominatorFilters"/>.
/// </summary>
/// <param name="IndicatorId">The catalogue id.</param>
/// <param name="File">The start of the file's name, without the year span that DfE appends
/// (<c>c1_children_in_need_referrals_and_rereferrals</c> matches <c>c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv</c>);
/// compared ignoring case.</param>
/// <param name="ValueColumn">The column of the indicator's percentage or rate (a count when
/// <see cref="Computation"/> computes the rate).</param>
public sealed record PublishedColumn(string IndicatorId, string File, string ValueColumn)
{
    /// <summary>Filter column and value pairs a row must have (compared ignoring case and surrounding spaces); empty
    /// (the default) when the file has one row per place and year.</summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    /// <summary>The column of the published numerator, or <c>null</c> (the default) when none is published.</summary>
    public string? NumeratorColumn { get; init; }

    /// <summary>The column of the published denominator, or <c>null</c> (the default) when none is published.</summary>
    public string? DenominatorColumn { get; init; }

    /// <summary>When the denominator is a row of its own: the filters that replace <see cref="Filters"/>' values to
    /// select it (its value is then <see cref="DenominatorColumn"/> of that row); <c>null</c> (the default) when the
    /// denominator is in the same row.</summary>
    public IReadOnlyDictionary<string, string>? DenominatorFilters { get; init; }

    /// <summary>How the value becomes the figure; the default is <see cref="PublishedComputation.AsPublished"/>.</summary>
    public PublishedComputation Computation { get; init; } = PublishedComputation.AsPublished;

    /// <summary>What a reader of the figure should know (documented with the map); empty by default.</summary>
    public string Note { get; init; } = "";

    /// <summary>Every column the entry reads: filters, value, numerator and denominator.</summary>
    public IEnumerable<string> Columns =>
        Filters.Keys.Concat(DenominatorFilters?.Keys ?? []).Append(ValueColumn)
            .Concat(new[] { NumeratorColumn, DenominatorColumn }.OfType<string>())
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a file of this name is the entry's file.</summary>
    /// <param name="fileName">A file name or path.</param>
    public bool Matches(string fileName) =>
        Path.GetFileNameWithoutExtension(fileName).StartsWith(File, StringComparison.OrdinalIgnoreCase);
}
