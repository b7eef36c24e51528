namespace ChildrensSocialCare.Indicators.Formats;

// How much a value matters to its record.
internal enum Need
{
    // May be blank.
    Optional,

    // The return requires it, but the record is usable without it: blank or invalid is a warning.
    Expected,

    // It identifies the record (the child id, DECOM, a CIN start date): blank or invalid rejects the record.
    Key,
}
