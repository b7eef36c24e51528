namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>How the cells of a <see cref="TextTableColumn"/> line up.</summary>
public enum TextAlignment
{
    /// <summary>Against the left edge, padded on the right (words).</summary>
    Left,

    /// <summary>Against the right edge, padded on the left (numbers, so that their digits line up).</summary>
    Right,
}
