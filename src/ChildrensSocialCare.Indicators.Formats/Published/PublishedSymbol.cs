namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// What a published cell that is not a number stands for: the symbols of the GSS and DfE open data standards, as
/// Explore Education Statistics publishes them (<c>published-data.md</c> section 1.2).
/// </summary>
public enum PublishedSymbol
{
    /// <summary>No symbol: the cell is a number.</summary>
    None,

    /// <summary><c>c</c>: confidential, suppressed to protect individuals (CIN: a count of 1 to 5; secondary
    /// suppression may apply).</summary>
    Suppressed,

    /// <summary><c>z</c>: not applicable.</summary>
    NotApplicable,

    /// <summary><c>x</c> (and the obsolete <c>:</c>): not available.</summary>
    NotAvailable,

    /// <summary><c>low</c> or <c>k</c> (and the obsolete <c>~</c>): rounds to zero but is not zero.</summary>
    RoundsToZero,

    /// <summary><c>u</c>: low reliability, for example an authority with missing returns left out of the regional and
    /// national totals. Shown, with a warning.</summary>
    LowReliability,

    /// <summary>A blank cell or text that is none of the symbols (the screener rejects both); read as not available,
    /// with a diagnostic.</summary>
    Unrecognised,
}
