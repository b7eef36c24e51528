namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// A row of one of the eleven Ofsted Annex A lists: where it came from and the columns the list does not define
/// (kept as extra, in the order of the sheet).
/// </summary>
/// <remarks>Rows compare by content, the extra columns included.</remarks>
public abstract record AnnexARow
{
    private readonly IReadOnlyList<AnnexAExtraValue> _extra = ValueList<AnnexAExtraValue>.Empty;

    /// <summary>The 1-based row number in the sheet the row was read from; 0 for a row not read from a workbook.</summary>
    public int Row { get; init; }

    /// <summary>The values of columns the list does not define, by header, in the order of the sheet (blank cells
    /// left out).</summary>
    public IReadOnlyList<AnnexAExtraValue> Extra { get => _extra; init => _extra = ValueList<AnnexAExtraValue>.From(value); }
}
