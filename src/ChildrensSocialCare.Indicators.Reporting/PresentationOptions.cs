namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// How tables show results: optional disclosure control of the displayed figures, and a limit on the rows of an
/// explanation. The default shows every figure exactly as computed, at each indicator's precision.
/// </summary>
/// <remarks>Presentation never changes a result: the same <see cref="IndicatorResult"/> can be shown with and without
/// disclosure control.</remarks>
public sealed record PresentationOptions
{
    private readonly int? _maxRows;

    /// <summary>Exact figures, every row.</summary>
    public static PresentationOptions Default { get; } = new();

    /// <summary>
    /// Disclosure control applied to displayed values, or <c>null</c> (the default) for exact figures. Under disclosure
    /// control a value is shown as <see cref="IndicatorResult.Present(DisclosureControl)"/> shows it (<c>c</c>,
    /// <c>z</c>, <c>k</c>, <c>x</c> or the rounded value); its numerator and denominator are suppressed with it and
    /// otherwise shown as the control shows counts; a difference from a comparator is shown only beside a published
    /// number. Explanations list records, and are for internal use whatever this says.
    /// </summary>
    public DisclosureControl? Disclosure { get; init; }

    /// <summary>The most rows an explanation table shows (a last row says how many were left out), or <c>null</c>
    /// (the default) for all.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? MaxRows
    {
        get => _maxRows;
        init => _maxRows = value is < 0
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "MaxRows must be 0 or more, or null for all rows.")
            : value;
    }
}
