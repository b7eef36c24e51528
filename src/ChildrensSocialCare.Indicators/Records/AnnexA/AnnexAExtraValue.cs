namespace ChildrensSocialCare.Indicators.Records;

/// <summary>The value of a column that an Annex A list does not define (a local addition), kept as text.</summary>
/// <param name="Header">The column's header as it appears in the sheet.</param>
/// <param name="Value">The cell's value as text.</param>
public sealed record AnnexAExtraValue(string Header, string Value);
