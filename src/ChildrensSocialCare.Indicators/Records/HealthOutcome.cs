namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Health and offending outcomes of a child looked after for 12 months (SSDA903 <c>OC2</c> table). Flags
/// are <c>true</c> for 1, <c>false</c> for 0 and <c>null</c> when blank.</summary>
/// <param name="ChildId"><c>CHILD</c>.</param>
/// <param name="DateOfBirth"><c>DOB</c>.</param>
public sealed record HealthOutcome(string ChildId, DateOnly? DateOfBirth)
{
    /// <summary>The collection year of the return the row came from (the year ending 31 March), when known: it lets a
    /// record set of several years' rows (a combined synthetic authority) say which year each row belongs to. A
    /// return's own collection year, when it has one, decides.</summary>
    public int? CollectionYear { get; init; }

    /// <summary><c>SDQ_SCORE</c>: the strengths and difficulties questionnaire score (0-40).</summary>
    public int? SdqScore { get; init; }

    /// <summary><c>SDQ_REASON</c> (SDQ1-SDQ5): why there is no score.</summary>
    public string? SdqReason { get; init; }

    /// <summary><c>CONVICTED</c>.</summary>
    public bool? Convicted { get; init; }

    /// <summary><c>HEALTH_CHECK</c>.</summary>
    public bool? HealthCheck { get; init; }

    /// <summary><c>IMMUNISATIONS</c>.</summary>
    public bool? Immunisations { get; init; }

    /// <summary><c>TEETH_CHECK</c>.</summary>
    public bool? TeethCheck { get; init; }

    /// <summary><c>HEALTH_ASSESSMENT</c>.</summary>
    public bool? HealthAssessment { get; init; }

    /// <summary><c>SUBSTANCE_MISUSE</c>.</summary>
    public bool? SubstanceMisuse { get; init; }

    /// <summary><c>INTERVENTION_RECEIVED</c>.</summary>
    public bool? InterventionReceived { get; init; }

    /// <summary><c>INTERVENTION_OFFERED</c>.</summary>
    public bool? InterventionOffered { get; init; }
}
