namespace ChildrensSocialCare.Indicators;

/// <summary>A named date in an explanation (<c>referral 2014-05-10</c>).</summary>
/// <param name="Name">What the date is.</param>
/// <param name="Date">The date, or <c>null</c> when missing.</param>
public readonly record struct KeyDate(string Name, DateOnly? Date)
{
    /// <inheritdoc />
    public override string ToString() =>
        Name + " " + (Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "(none)");
}
