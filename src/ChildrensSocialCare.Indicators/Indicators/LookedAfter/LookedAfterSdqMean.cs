namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-sdq-mean</c>: Mean strengths and difficulties questionnaire score, aged 5 to 16.</summary>
/// <remarks>
/// Of the OC2 cohort (children looked after at the period end, continuously for at least 12 months) aged 5 to 16 at
/// the period end with an SDQ_SCORE of 0 to 40 on their OC2 row of the period end's collection year, the mean score:
/// the total of the scores over the number of children. A blank score (with or without SDQ_REASON) and one outside
/// 0-40 are left out and listed (DfE Outcomes for children looked after, OC2; specification section 8).
/// </remarks>
internal sealed class LookedAfterSdqMean : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 390,
        Id = "cla-sdq-mean",
        Title = "Mean strengths and difficulties questionnaire score, aged 5 to 16",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Score,
        Decimals = 1,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["DfE OC2"],
        Source = Sources.Ssda903 + ", OC2 outcomes",
        Numerator = "Total of the SDQ_SCORE of those children",
        Denominator = "Children looked after at the period end for 12 months or more, aged 5 to 16 at the period end, with an SDQ_SCORE of 0 to 40 on the OC2 row of the period end's collection year",
        Decisions = [
            "Looked after 12 months or more: the current period of care started on or before the period end - 12 calendar months + 1 day (1 April for a year).",
            "Aged 5 to 16 means an age of 5, 6, ..., 16 at the period end, from the header DOB (then the OC3 DOB); a cohort child without one is left out and listed.",
            "A blank SDQ_SCORE (with or without SDQ_REASON) is left out; a score outside 0-40 (or not a whole number) is out of range and left out; both are listed.",
            "The OC2 row is the one of the period end's collection year (a row of a return without a collection year when there is none); of two rows in one return, the first.",
            "The value is the mean (total of the scores / children), with a normal interval from the scores' sample standard deviation.",
            "V3 and V4 episodes are ignored.",
        ],
        Options = [],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.ShortBreak, ExclusionCodes.EpisodeNoDateOfBirth, ExclusionCodes.Oc2NoRow, ExclusionCodes.Oc2FieldBlank, ExclusionCodes.Oc2SdqOutOfRange],
    };

    // Every child with a score in range is a member (the sink counts the children); the scores are totalled beside.
    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink)
    {
        var totals = new Oc2SdqTotals();
        var children = Oc2Cohort.Run(c, 5, 16, new Oc2SdqScore(totals), ref sink).Denominator;
        return new Tally(totals.Sum, children) { SumOfSquares = totals.SumOfSquares };
    }

    public override UnitSource Units(EvaluationContext c) => Oc2Cohort.Units(c, scores: true);
}
