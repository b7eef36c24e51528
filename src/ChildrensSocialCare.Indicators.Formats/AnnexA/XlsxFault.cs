namespace ChildrensSocialCare.Indicators.Formats;

// A workbook (or one of its parts) that cannot be read: the container is not an xlsx, is damaged, exceeds a limit or
// is of a kind that is reported rather than parsed. Carries the diagnostic code; the reader turns it into a finding.
internal sealed class XlsxFault(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
