namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The date at which a breakdown takes a unit's group and age (specification section 5): the period end for
/// snapshots and for cohorts defined at the period end, or, for a flow, the record's date that puts the unit in the
/// period (the referral date, the assessment's authorisation, the plan's start or end, the conference date).
/// </summary>
public sealed class ReferenceDate
{
    private ReferenceDate(string? eventDate) => EventDate = eventDate;

    /// <summary>The period end: snapshots, and cohorts defined at the period end.</summary>
    public static ReferenceDate PeriodEnd { get; } = new(null);

    /// <summary>Whether the reference date is the period end.</summary>
    public bool IsPeriodEnd => EventDate is null;

    /// <summary>The record's date that puts the unit in the period, by its name in the return
    /// (<c>CINreferralDate</c>), or <c>null</c> for <see cref="PeriodEnd"/>.</summary>
    public string? EventDate { get; }

    /// <summary>The event date named <paramref name="eventDate"/>, as the return names it.</summary>
    public static ReferenceDate Event(string eventDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventDate);
        return new(eventDate);
    }

    /// <inheritdoc />
    public override string ToString() => EventDate ?? "period end";
}
