namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A column of an Annex A list that the workbook's sheet for that list lacks (an older layout, a local
/// template): its values are not available, which is not the same as blank.</summary>
/// <param name="List">The list's number (1-11).</param>
/// <param name="Header">The column's header as the list defines it.</param>
public sealed record AnnexAAbsentColumn(int List, string Header);
