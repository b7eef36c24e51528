using System.Globalization;
using System.Text.RegularExpressions;

namespace ChildrensSocialCare.Indicators.Formats;

// The collection year in a file name: a span such as 2017-18, 2017_18 or 201718 is collection year 2018; a single year
// 2000-2099 (2017-episodes.csv, SSDA903_2020_header.csv) is read as FileNameYear says. Several different years: none.
internal static partial class YearText
{
    public static int? FromFileName(string path, FileNameYear meaning)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var years = new HashSet<int>();
        foreach (Match m in SpanPattern().Matches(name))
        {
            var start = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var end = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            if ((start + 1) % 100 == end)
            {
                years.Add(start + 1);
                name = name.Replace(m.Value, " ", StringComparison.Ordinal);
            }
        }

        foreach (Match m in YearPattern().Matches(name))
        {
            years.Add(FromYearValue(int.Parse(m.ValueSpan, CultureInfo.InvariantCulture), meaning));
        }

        return years.Count == 1 ? years.First() : null;
    }

    public static int FromYearValue(int year, FileNameYear meaning) => meaning == FileNameYear.StartYear ? year + 1 : year;

    [GeneratedRegex(@"(?<!\d)(20\d\d)[-_ ]?(\d\d)(?!\d)")]
    private static partial Regex SpanPattern();

    [GeneratedRegex(@"(?<!\d)20\d\d(?!\d)")]
    private static partial Regex YearPattern();
}
