using System.Xml;

namespace ChildrensSocialCare.Indicators.Benchmarks.Reading;

// The floors of the reading benchmarks: what it costs to get the bytes (or the XML nodes) and nothing more.
internal static class RawFile
{
    public static int CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        var lines = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }

    public static int CountXmlNodes(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true };
        using var reader = XmlReader.Create(path, settings);
        var nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }
}
