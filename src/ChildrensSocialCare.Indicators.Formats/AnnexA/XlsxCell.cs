namespace ChildrensSocialCare.Indicators.Formats;

// What a cell holds, by its type attribute (t): a number (n or none), text (s shared, inlineStr, str a formula's text
// result), a boolean (b) or an error (e: #N/A, #VALUE!...). A formula cell holds its cached value.
internal enum XlsxCellKind
{
    Number,
    Text,
    Boolean,
    Error,
}

// One cell of a row: its 0-based column, kind and value as the XML holds it (a shared string already resolved).
internal readonly record struct XlsxCell(int Column, XlsxCellKind Kind, string Value);
