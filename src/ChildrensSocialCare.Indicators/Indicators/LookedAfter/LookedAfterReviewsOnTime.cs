namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-reviews-on-time</c>: Looked after 20 working days or more whose reviews were all held in time.</summary>
/// <remarks>
/// Of the children with a period of care overlapping the period that had lasted at least 20 working days by the period
/// end (or by its end), those for whom every statutory review falling due in [period start, min(period end, end of
/// care)) was held (SSDA903 REVIEW) on or before its due date: the first within 20 working days of the start of the
/// period of care, the second within 3 calendar months of the first, each later one within 6 calendar months of the
/// one before (NI 66; specification section 8 and 8.1).
/// </remarks>
internal sealed class LookedAfterReviewsOnTime : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 430,
        Id = "cla-reviews-on-time",
        Title = "Looked after 20 working days or more whose reviews were all held in time",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["NI 66"],
        Source = "NI 66; " + Sources.Ssda903 + " (reviews)",
        Numerator = "Of those, children for whom every review falling due in [period start, min(period end, end of care)) was held on or before its due date",
        Denominator = "Children with a period of care overlapping the period that had lasted at least 20 working days by the period end (or by its end)",
        Decisions = [
            "The first review is due on the 20th working day after the start of the period of care, the second 3 calendar months after the first, each later one 6 calendar months after the one before.",
            "The k-th review held answers the k-th due date; a late review chains the next due date from the day it was held; when no review is left, the chain runs on from the due date.",
            "The judged window is [period start, min(period end, end of care)) as written; a period of care with nothing falling due in it is in time.",
            "A period of care whose first supplied episode is not RNE S began before the records: its next review is due 6 months after the latest review held before the period (3 months when that review is the only one recorded and was held within 20 working days of the recorded start, so is taken to be the first); with no earlier review recorded, the child is left out and listed.",
            "A child with several qualifying periods of care is in time only if each is, and left out if any is undetermined.",
            "Reviews are those dated from the start of the period of care to its end; a review before the start of the child's first recorded period of care belongs to it when it began before the records.",
            "V3 and V4 episodes are ignored (they are not part of a period of care).",
        ],
        Options = [nameof(EvaluationOptions.Calendar)],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.OutsideCalendar, ExclusionCodes.ReviewsUndetermined],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink into)
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        var care = c.Data.Care;
        var reviews = c.Data.ReviewTable;
        var pocs = care.PocChild.Length;
        for (var p = 0; p < pocs;)
        {
            // One child's periods of care are consecutive, in date order.
            var child = care.PocChild[p];
            var (unit, inTime, undetermined, outside) = (-1, true, false, false);
            var previousEnd = Day.None + 1;
            for (; p < pocs && care.PocChild[p] == child; p++)
            {
                var (start, end) = (care.PocStart[p], care.PocEnd[p]);
                var to = Math.Min(c.End, end);
                if (c.Overlaps(start, end))
                {
                    var beganBefore = care.Records[care.PocFirst[p]].ReasonForNewEpisode.Code != "S";
                    // 20 working days never take more than 6 weeks, so a period of care that long needs no calendar
                    // to qualify (one begun before the records may start before the calendar's coverage).
                    var firstDue = Day.None;
                    var lasted = to - start >= 42;
                    if (c.Calendar.Covers(Day.ToDate(start)) && c.Calendar.Covers(Day.ToDate(Math.Max(start, to))))
                    {
                        lasted = c.Calendar.WorkingDaysBetween(Day.ToDate(start), Day.ToDate(Math.Max(start, to))) >= 20;
                        firstDue = lasted ? c.Calendar.AddWorkingDays(Day.ToDate(start), 20).DayNumber : Day.None;
                    }
                    else if (!lasted || !beganBefore)
                    {
                        // Whether it lasted, or when its first review fell due, needs the calendar: left out and listed.
                        c.TryWorkingDays(start, Math.Max(start, to), child, out _);
                        (unit, outside) = (care.PocLast[p], true);
                        lasted = false;
                    }

                    if (lasted)
                    {
                        unit = care.PocLast[p];
                        if (!beganBefore)
                        {
                            inTime &= ReviewChain.InTime(firstDue, reviews.Between(child, start, end), 3, 6, c.Start, to);
                        }
                        else
                        {
                            var before = reviews.Between(child, previousEnd, c.Start - 1);
                            if (before.Length == 0)
                            {
                                undetermined = true;
                            }
                            else
                            {
                                var latest = before[^1];
                                var months = before.Length == 1 && firstDue != Day.None && latest <= firstDue ? 3 : 6;
                                inTime &= ReviewChain.InTime(Day.AddMonths(latest, months), reviews.Between(child, latest + 1, end), 6, 6, c.Start, to);
                            }
                        }
                    }
                }

                // An open period of care followed by another (a finding of the data set) leaves the next one its
                // earlier reviews.
                previousEnd = end == Day.Open ? previousEnd : end + 1;
            }

            if (unit < 0)
            {
                continue;
            }

            if (outside)
            {
                sink.Exclude(unit, ExclusionCodes.OutsideCalendar);
            }
            else if (undetermined)
            {
                sink.Exclude(unit, ExclusionCodes.ReviewsUndetermined);
            }
            else
            {
                sink.Member(unit, inTime);
            }
        }

        into = sink;
        return sink.Tally();
    }

    // A child's entry shows the start of the period of care its row belongs to.
    public override UnitSource Units(EvaluationContext c)
    {
        var care = c.Data.Care;
        return TableUnits.Episodes(c, (row, _) => [new KeyDate("period of care start", Day.ToDate(care.PocStart[care.EpisodePoc[row]]))]);
    }
}
