namespace ChildrensSocialCare.Indicators.Formats;

// A caller's stream opened again for a reader that may read twice (once for the collection year, once for the
// records): each open moves a seekable stream back to where it was when the caller handed it over.
internal static class Rewind
{
    public static Func<Stream> From(Stream stream)
    {
        var start = stream.CanSeek ? stream.Position : 0;
        return () =>
        {
            if (stream.CanSeek)
            {
                stream.Position = start;
            }

            return stream;
        };
    }
}
