using System.Collections;
using System.Reflection;

namespace ChildrensSocialCare.Indicators.Tests.Shared;

// Calls the core's notebook formatters as .NET Interactive does (Microsoft.DotNet.Interactive.Formatting.Formatter),
// without referencing it: the attribute found by its name, the source created, each formatter's MimeType and
// Format(object, TextWriter) found by name. One copy, linked into the core's and the Reporting tests
// (<Compile Include="../Shared/ConventionFormatter.cs" Link="Shared/ConventionFormatter.cs" />); the notebook tests
// run the real thing.
internal static class ConventionFormatter
{
    public const string AttributeName = "TypeFormatterSourceAttribute";

    /// <summary>What the formatter for <paramref name="mimeType"/> writes for <paramref name="value"/>, or null when it
    /// declines (returns false). A value of a type without the attribute is offered to the scorecard's formatters.</summary>
    public static string? Format(string mimeType, object value)
    {
        var attribute = value.GetType().GetCustomAttributes(true).SingleOrDefault(a => a.GetType().Name == AttributeName)
            ?? typeof(Scorecard).GetCustomAttributes(true).Single(a => a.GetType().Name == AttributeName);
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatter = ((IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>()
            .Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == mimeType);
        var method = formatter.GetType().GetMethod("Format", BindingFlags.Public | BindingFlags.Instance, [typeof(object), typeof(TextWriter)])!;
        using var writer = new StringWriter();
        return (bool)method.Invoke(formatter, [value, writer])! ? writer.ToString() : null;
    }
}
