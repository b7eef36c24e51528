using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests;

// A stream of text made of parts, some of them one character repeated a great many times: a file of gigabytes that
// costs no memory and no disk. Seekable, so the readers may read it twice.
internal sealed class GeneratedStream(params GeneratedStream.Part[] parts) : Stream
{
    private readonly long _length = parts.Sum(p => p.Length);
    private long _position;

    public readonly record struct Part(byte[] Bytes, byte Fill, long Count)
    {
        public long Length => Bytes.Length > 0 ? Bytes.Length : Count;

        public static implicit operator Part(string text) => new(Encoding.UTF8.GetBytes(text), 0, 0);

        public static Part Repeat(char c, long count) => new([], (byte)c, count);
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position { get => _position; set => _position = value; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        long start = 0;
        foreach (var part in parts)
        {
            var end = start + part.Length;
            while (written < count && _position >= start && _position < end)
            {
                var n = (int)Math.Min(count - written, end - _position);
                if (part.Bytes.Length > 0)
                {
                    part.Bytes.AsSpan((int)(_position - start), n).CopyTo(buffer.AsSpan(offset + written));
                }
                else
                {
                    buffer.AsSpan(offset + written, n).Fill(part.Fill);
                }

                written += n;
                _position += n;
            }

            start = end;
        }

        return written;
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        _position = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current => _position + offset, _ => _length + offset };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
