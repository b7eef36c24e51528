namespace ChildrensSocialCare.Indicators.Formats;

// How a column's cells are typed (by the column, never by the cell's style).
internal enum AnnexAColumnKind
{
    Id,
    Text,
    Date,
    Integer,
    Age,
    Code,
    Postcode,
}

// One column of an Annex A list: its header as the 2024 layout spells it (the key the record builders ask by), the
// other spellings it is known by, its type, how much it matters, and whether the list is recognised without it (the
// four columns the 2019 List 9 lacks).
internal sealed record AnnexAColumn(string Header, AnnexAColumnKind Kind, Need Need, AnnexACodeKind Code = default)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    // Whether a sheet must have this header to be the list: every column that is not optional, unless it is new.
    public bool Identifies { get; init; } = Need != Need.Optional;
}
