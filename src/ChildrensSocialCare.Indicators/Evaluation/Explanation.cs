namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The records behind a number (specification 1.6): every record (or child) in the numerator and the denominator,
/// with its key dates, and every record left out with the rule that left it out.
/// </summary>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed class Explanation
{
    internal Explanation(IndicatorDefinition indicator, ReportingPeriod period, IReadOnlyList<ExplanationEntry> numerator,
        IReadOnlyList<ExplanationEntry> denominator, IReadOnlyList<Exclusion> excluded)
    {
        Indicator = indicator;
        Period = period;
        Numerator = numerator;
        Denominator = denominator;
        Excluded = excluded;
    }

    /// <summary>The indicator explained.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The period it was evaluated for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The records (or children) counted in the numerator.</summary>
    public IReadOnlyList<ExplanationEntry> Numerator { get; }

    /// <summary>The records (or children) counted in the denominator; empty for a rate, whose denominator is the
    /// population.</summary>
    public IReadOnlyList<ExplanationEntry> Denominator { get; }

    /// <summary>Records the indicator's rules left out, each with the rule.</summary>
    public IReadOnlyList<Exclusion> Excluded { get; }
}

/// <summary>One record, or one child, behind a number.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="Kind">What was counted: <c>referral</c>, <c>assessment</c>, <c>plan</c>, <c>child</c>, ...</param>
/// <param name="Dates">The key dates that decided it, in order.</param>
/// <param name="Record">The underlying record (a <see cref="Records.CinEpisode"/>, <see cref="Records.LookedAfterEpisode"/>, ...), when there is one.</param>
public sealed record ExplanationEntry(string ChildId, string Kind, IReadOnlyList<KeyDate> Dates, object? Record = null)
{
    /// <summary>The child and the key dates on one line.</summary>
    public override string ToString() =>
        $"{ChildId} {Kind}: " + string.Join(", ", Dates.Select(d => d.ToString()));
}

/// <summary>A named date in an explanation (<c>referral 2014-05-10</c>).</summary>
/// <param name="Name">What the date is.</param>
/// <param name="Date">The date, or <c>null</c> when missing.</param>
public readonly record struct KeyDate(string Name, DateOnly? Date)
{
    /// <inheritdoc />
    public override string ToString() =>
        Name + " " + (Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "(none)");
}

/// <summary>A record left out of an indicator, and why.</summary>
/// <param name="Entry">The record.</param>
/// <param name="Rule">The rule that left it out, in plain words.</param>
public sealed record Exclusion(ExplanationEntry Entry, string Rule)
{
    /// <summary>The rule's stable code (a constant of <see cref="ExclusionCodes"/>, such as
    /// <c>assessment.authorised-before-start</c>), for a program to count or filter by; empty when made by hand.</summary>
    public string Code { get; init; } = "";

    /// <inheritdoc />
    public override string ToString() => $"{Entry}: {Rule}";
}
