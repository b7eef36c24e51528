using System.Xml;

namespace ChildrensSocialCare.Indicators.Formats;

// The text of one record's elements, end to end in one buffer that is reused for every record of a file: the reader's
// text is copied in with ReadValueChunk, so no string is made per element. Cleared when the next record starts; it
// grows to the largest record's text (bounded by the document's character cap).
internal sealed class XmlTextArena
{
    private char[] _chars = new char[4096];

    public int Length { get; private set; }

    public void Clear() => Length = 0;

    public ReadOnlySpan<char> Span(int start, int length) => _chars.AsSpan(start, length);

    // Appends the value of the text node the reader is on; returns the number of characters appended.
    public int Append(XmlReader reader)
    {
        if (!reader.CanReadValueChunk)
        {
            var value = reader.Value;
            Ensure(value.Length);
            value.CopyTo(_chars.AsSpan(Length));
            Length += value.Length;
            return value.Length;
        }

        var appended = 0;
        while (true)
        {
            Ensure(256);
            var read = reader.ReadValueChunk(_chars, Length, _chars.Length - Length);
            if (read == 0)
            {
                return appended;
            }

            Length += read;
            appended += read;
        }
    }

    // Copies length characters at start to the end; returns their new start.
    public int Move(int start, int length)
    {
        Ensure(length);
        Array.Copy(_chars, start, _chars, Length, length);
        var moved = Length;
        Length += length;
        return moved;
    }

    private void Ensure(int more)
    {
        if (Length + more > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + more));
        }
    }
}
