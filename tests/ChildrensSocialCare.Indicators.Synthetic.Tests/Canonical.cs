using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic.Tests;

// A canonical text form of records (every public property, in declaration order, invariant formats) and a stable hash
// of it, so that "the same records" can be checked and pinned independently of ToString and of the culture.
internal static class Canonical
{
    public static string Text(RecordSet records)
    {
        var text = new StringBuilder();
        text.Append("year=").Append(records.CollectionYear?.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var list in Lists(records))
        {
            foreach (var record in list)
            {
                Line(text, record!);
            }
        }

        return text.ToString();
    }

    public static string Text(IEnumerable<object> records)
    {
        var text = new StringBuilder();
        foreach (var record in records)
        {
            Line(text, record);
        }

        return text.ToString();
    }

    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static IEnumerable<IList> Lists(RecordSet records) =>
        typeof(RecordSet).GetProperties()
            .Where(p => typeof(IList).IsAssignableFrom(p.PropertyType))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (IList)p.GetValue(records)!);

    public static string ChildIdOf(object record) => record switch
    {
        Child c => c.Id,
        _ => (string?)record.GetType().GetProperty("ChildId")?.GetValue(record) ?? "",
    };

    private static void Line(StringBuilder text, object record)
    {
        var type = record.GetType();
        text.Append(type.Name);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                     .OrderBy(p => p.MetadataToken))
        {
            text.Append('|').Append(property.Name).Append('=').Append(Format(property.GetValue(record)));
        }

        text.Append('\n');
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        string s => s,
        IEnumerable e => string.Join(";", e.Cast<object>().Select(Format)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
