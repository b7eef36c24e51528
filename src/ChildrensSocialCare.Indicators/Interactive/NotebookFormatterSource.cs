using System.Reflection;

namespace ChildrensSocialCare.Indicators.Interactive;

// The notebook formatters of the result types, forwarded to the Reporting package: the core writes no markup. When a
// notebook has referenced ChildrensSocialCare.Indicators.Reporting, its NotebookFormatting.TryFormat writes the HTML
// tables and charts and the text tables; without it, text/plain is the result's ToString() and text/html is declined,
// so the notebook shows its default view. Reporting is looked up by name at each formatting until it is found, so a
// notebook may reference it after it has shown a first result.
// Formatter sources are created with Activator.CreateInstance, so this needs a public parameterless constructor.
internal sealed class NotebookFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => [new NotebookFormatter("text/html"), new NotebookFormatter("text/plain")];
}

internal sealed class NotebookFormatter(string mimeType)
{
    public string MimeType { get; } = mimeType;

    // Returns false for any other type, so the notebook falls back to its default formatting.
    public bool Format(object? instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is not (Scorecard or IndicatorResult or Explanation or TimeSeries))
        {
            return false;
        }

        if (ReportingAssembly.TryFormat is { } format)
        {
            return format(instance, MimeType, writer);
        }

        if (MimeType != "text/plain")
        {
            return false;
        }

        writer.Write(instance.ToString());
        return true;
    }
}

// Finds ChildrensSocialCare.Indicators.Reporting's public NotebookFormatting.TryFormat(object?, string, TextWriter):
// first among the assemblies already loaded (a notebook's #r loads it), then by name from the application's
// dependencies. Only a success is remembered.
internal static class ReportingAssembly
{
    internal const string AssemblyName = "ChildrensSocialCare.Indicators.Reporting";
    internal const string TypeName = "ChildrensSocialCare.Indicators.Reporting.NotebookFormatting";

    private static Func<object?, string, TextWriter, bool>? s_tryFormat;

    public static Func<object?, string, TextWriter, bool>? TryFormat => s_tryFormat ??= Find();

    private static Func<object?, string, TextWriter, bool>? Find()
    {
        var type = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name == AssemblyName)
            .Select(a => a.GetType(TypeName, throwOnError: false))
            .FirstOrDefault(t => t is not null)
            ?? LoadByName();
        var method = type?.GetMethod("TryFormat", BindingFlags.Public | BindingFlags.Static, [typeof(object), typeof(string), typeof(TextWriter)]);
        return method is { ReturnType: var r } && r == typeof(bool)
            ? method.CreateDelegate<Func<object?, string, TextWriter, bool>>()
            : null;
    }

    private static Type? LoadByName()
    {
        try
        {
            return Type.GetType(TypeName + ", " + AssemblyName, throwOnError: false);
        }
        catch (FileLoadException)
        {
            return null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }
}
