namespace ChildrensSocialCare.Indicators.Interactive;

// .NET Interactive (Polyglot and Jupyter notebooks) finds formatters through an attribute it matches by NAME
// (Microsoft.DotNet.Interactive.Formatting.Formatter, "TryRegisterFromConventionBasedFormatterSources"): an attribute
// called TypeFormatterSourceAttribute with a FormatterSourceType property, whose type has a public
// CreateTypeFormatters() returning objects with a MimeType property and a public bool Format(object, TextWriter).
// Declaring our own keeps the package free of any notebook dependency: outside a notebook nothing reads these types.
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[]? PreferredMimeTypes { get; set; }
}
