namespace ChildrensSocialCare.Indicators.Formats;

// A read-only view of a zip entry's decompressed bytes that stops a zip bomb while it is read: the sizes a zip
// declares can lie, so the bytes actually produced are counted against the workbook's budget and, past a megabyte,
// against the entry's compressed size times the allowed ratio.
internal sealed class XlsxLimitedStream(Stream inner, XlsxBudget budget, string entry, long compressedLength) : Stream
{
    private long _produced;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _produced;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _produced += read;
        budget.Spend(read, entry);
        budget.CheckRatio(entry, _produced, compressedLength);
        return read;
    }
}
