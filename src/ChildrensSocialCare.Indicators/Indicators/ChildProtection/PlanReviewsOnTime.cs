namespace ChildrensSocialCare.Indicators;

/// <summary><c>cpp-reviews-on-time</c>: Child protection plans whose reviews were all held in time.</summary>
/// <remarks>
/// Of the plans open at any time in the period that had lasted at least 3 calendar months by the period end (or by
/// the plan's end), those whose every review falling due in [period start, min(period end, plan end)) was held
/// (CPPreviewDate) on or before its due date: the first within 3 calendar months of the plan's start (the initial
/// conference), each later one within 6 calendar months of the one before (NI 67; specification section 8 and 8.1).
/// </remarks>
internal sealed class PlanReviewsOnTime : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 470,
        Id = "cpp-reviews-on-time",
        Title = "Child protection plans whose reviews were all held in time",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["NI 67"],
        Source = "NI 67; " + Sources.CinCensus + " (CPPreviewDate)",
        Numerator = "Of those, plans whose every review falling due in [period start, min(period end, plan end)) was held on or before its due date",
        Denominator = "Plans open at any time in the period that had lasted at least 3 calendar months by the period end (or by the plan's end)",
        Decisions = [
            "The k-th review held answers the k-th due date; a late review chains the next due date from the day it was held; when no review is left, the chain runs on from the due date.",
            "The first review is due 3 calendar months after the plan's start, each later one 6 calendar months after the one before.",
            "The judged window is [period start, min(period end, plan end)) as written; a plan with nothing falling due in it is in time.",
            "Lasted 3 months: start + 3 calendar months on or before the period end (or the plan's end).",
        ],
        Options = [],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.CpCategory],
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink into)
    {
        var sink = into;
        var t = c.Data.Plans;
        for (var row = 0; row < t.Count; row++)
        {
            var (start, end) = (t.Start[row], t.End[row]);
            var firstDue = Day.AddMonthsOrOpen(start, 3);
            if (!c.Overlaps(start, end) || firstDue > Math.Min(c.End, end))
            {
                continue;
            }

            var held = t.ReviewDays.AsSpan(t.ReviewOffsets[row], t.ReviewOffsets[row + 1] - t.ReviewOffsets[row]);
            sink.Member(row, ReviewChain.InTime(firstDue, held, 6, c.Start, Math.Min(c.End, end)));
        }

        into = sink;
        return sink.Tally();
    }

    public override UnitSource Units(EvaluationContext c) => TableUnits.Plans(c);
}
