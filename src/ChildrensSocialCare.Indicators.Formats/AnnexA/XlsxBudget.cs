using System.Globalization;

namespace ChildrensSocialCare.Indicators.Formats;

// The decompression budget of one workbook (AnnexAReadOptions: MaxUncompressedBytes, MaxCompressionRatio).
internal sealed class XlsxBudget(long maxBytes, int maxRatio)
{
    // Below this an entry's ratio is not checked: tiny parts (an empty sheet, styles) compress absurdly well.
    private const long RatioFloor = 1L << 20;

    private long _spent;

    public void Spend(long bytes, string entry)
    {
        _spent += bytes;
        if (_spent > maxBytes)
        {
            throw new XlsxFault(DiagnosticCodes.AnnexAZipBomb, string.Create(CultureInfo.InvariantCulture,
                $"The workbook decompresses to more than {maxBytes} bytes (AnnexAReadOptions.MaxUncompressedBytes), reached in '{entry}'; reading stops."));
        }
    }

    public void CheckRatio(string entry, long uncompressed, long compressed)
    {
        if (uncompressed > RatioFloor && uncompressed > (long)maxRatio * Math.Max(compressed, 1))
        {
            throw new XlsxFault(DiagnosticCodes.AnnexAZipBomb, string.Create(CultureInfo.InvariantCulture,
                $"The part '{entry}' expands more than {maxRatio} times its compressed size (AnnexAReadOptions.MaxCompressionRatio); reading stops."));
        }
    }
}
