namespace ChildrensSocialCare.Indicators.Reporting.Interactive;

// .NET Interactive finds formatters through an attribute it matches by NAME (as the core's own, which is internal to
// the core): an attribute called TypeFormatterSourceAttribute with a FormatterSourceType property. The Reporting
// package's own notebook types (FunnelPlot) carry this one, so the package stays free of any notebook dependency.
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[]? PreferredMimeTypes { get; set; }
}
