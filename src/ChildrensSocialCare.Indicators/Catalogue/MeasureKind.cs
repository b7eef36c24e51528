namespace ChildrensSocialCare.Indicators;

/// <summary>Whether an indicator counts events in a period or what is open at its end.</summary>
public enum MeasureKind
{
    /// <summary>Events whose date falls in the period.</summary>
    Flow,

    /// <summary>What is open at the end of the period.</summary>
    Snapshot,
}
