using System.Text;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// --output and --html: UTF-8 without a byte order mark; a path that cannot be written is bad input.
internal static class OutputFiles
{
    public static void Write(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write {path}: {e.Message}");
        }
    }
}
