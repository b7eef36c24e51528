using System.Text.Json;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// --compare FILE: comparators as JSON, checked for shape here so that a wrong file is named in the reader's terms,
// not the serializer's.
internal static class ComparatorFiles
{
    public static IReadOnlyList<Comparator> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"--compare: no such file: {path}");
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InputException($"--compare {path}: expected a JSON array of comparators, [ {{ \"indicatorId\": ..., \"name\": ..., \"value\": ... }} ] (see docs/json-output.md)");
            }
        }
        catch (JsonException e)
        {
            throw new InputException($"--compare {path}: not valid JSON ({e.Message})");
        }

        try
        {
            return Comparator.ReadJson(text);
        }
        catch (FormatException e)
        {
            throw new InputException($"--compare {path}: {e.Message}");
        }
    }
}
