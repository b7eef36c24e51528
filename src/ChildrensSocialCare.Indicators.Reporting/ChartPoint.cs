namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>One point of a chart: a category label on the horizontal axis (a month, a year) and its value, or
/// <c>null</c> for a gap.</summary>
/// <param name="Label">The category. <c>default</c> has no label, drawn as an empty one.</param>
/// <param name="Value">The value, or <c>null</c> when there is none (not available, not applicable, suppressed).</param>
public readonly record struct ChartPoint(string Label, double? Value);
