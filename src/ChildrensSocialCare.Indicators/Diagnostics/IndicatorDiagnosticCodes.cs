namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The stable codes of the <see cref="Diagnostic"/>s the core reports while it builds a data set from records and
/// evaluates indicators (the file readers' codes are <c>ChildrensSocialCare.Indicators.Formats.DiagnosticCodes</c>).
/// A code names the kind of finding; the severity says what happened: <see cref="DiagnosticSeverity.Error"/> that an
/// indicator has no value, <see cref="DiagnosticSeverity.Warning"/> that the records were used as they are, with the
/// doubtful ones read as the message says.
/// </summary>
/// <remarks>The codes are listed in <c>docs/diagnostics.md</c>; a test keeps the two in step.</remarks>
public static class IndicatorDiagnosticCodes
{
    /// <summary>Warning: an episode with no end date is followed by another episode of the same child; it is left
    /// open, and the next episode starts another period of care (specification section 2: only REC X1 joins
    /// episodes).</summary>
    public const string EpisodesOpenThenAnother = "episodes.open-then-another";

    /// <summary>Warning: an episode ended with REC X1 (care continues) but the next episode of the child starts on
    /// another day; the period of care is treated as ending.</summary>
    public const string EpisodesX1Gap = "episodes.x1-gap";

    /// <summary>Warning: an episode starts before the previous episode of the same child ended.</summary>
    public const string EpisodesOverlap = "episodes.overlap";

    /// <summary>Warning: when returns are combined, an episode open at the end of one year's return is not in the next
    /// year's return; it is treated as still open.</summary>
    public const string EpisodesMissingFromNextReturn = "episodes.missing-from-next-return";

    /// <summary>Warning: a child protection plan starts while an earlier plan of the same child is still open or
    /// before it ended.</summary>
    public const string PlansOverlap = "plans.overlap";

    /// <summary>Warning: an indicator left records out because a date falls outside the working-day calendar;
    /// <c>Explain()</c> lists them.</summary>
    public const string EvaluationOutsideCalendar = "evaluation.outside-calendar";

    /// <summary>Error: rates per 10,000 children are not available because no population aged 0-17 was given
    /// (<c>EvaluationOptions.Population</c>).</summary>
    public const string EvaluationPopulationMissing = "evaluation.population-missing";

    /// <summary>Error: an indicator is not available for the records and period (the message gives the reason, for
    /// example a return that was not supplied).</summary>
    public const string EvaluationNotAvailable = "evaluation.not-available";

    /// <summary>Warning: a cohort came out empty because of the collection year: no care leaver (OC3 row) of the
    /// period's collection year has a birthday in the period, while OC3 rows of other collection years would. The
    /// figure is 0 of 0; the OC3 rows of the year are missing, or the returns' collection year is wrong (the file
    /// name, or <c>ReadOptions.CollectionYear</c>).</summary>
    public const string EvaluationCohortEmptyForYear = "evaluation.cohort-empty-for-year";

    /// <summary>Warning: a breakdown put codes its grouping does not list in the group <c>other</c>
    /// (<c>placement-type</c>, <c>legal-status</c>, <c>reason-ceased</c>); the message names them.</summary>
    public const string BreakdownUnlistedCode = "breakdown.unlisted-code";

    /// <summary>Warning: an Annex A data set was built without a reference date; the latest date in the lists (not a
    /// date of birth) is used as the date of the extract.</summary>
    public const string AnnexAReferenceDateInferred = "evaluation.reference-date-inferred";
}
