using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

internal static class AssessmentIndicators
{
    // assessments-rate: single assessments with AssessmentAuthorisationDate in the period.
    public static Tally Rate(EvaluationContext c, ExplanationBuilder? x)
    {
        long count = 0;
        foreach (var i in c.Data.AssessmentTable.ByAuthorised.InPeriod(c, tableOrder: x is not null))
        {
            count++;
            x?.Numerator(Entries.Assessment(c, i));
        }

        return new Tally(count, 0);
    }

    // assessments-45wd (DfE C2): completed in the period and not authorised before they started (a calendar
    // comparison), timely when WorkingDaysBetween(start, authorised) <= 45. Option MeasureFrom = Referral measures
    // from the enclosing episode's CINreferralDate instead.
    public static Tally Within45WorkingDays(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.AssessmentTable;
        var fromReferral = c.Options.AssessmentsMeasureFrom == MeasureFrom.Referral;
        var authorisedColumn = t.Authorised;
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < authorisedColumn.Length; i++)
        {
            var authorised = authorisedColumn[i];
            if (authorised == Day.None || !c.InPeriod(authorised))
            {
                continue;
            }

            var from = fromReferral ? t.Referral[i] : t.Start[i];
            if (from == Day.None)
            {
                x?.Exclude(Entries.Assessment(c, i), "no referral date to measure from (MeasureFrom = Referral)");
                continue;
            }

            if (authorised < from)
            {
                x?.Exclude(Entries.Assessment(c, i), fromReferral
                    ? "authorised before the referral date"
                    : "authorised before it started");
                continue;
            }

            if (!c.TryWorkingDays(from, authorised, t.Child[i], out var workingDays))
            {
                x?.Exclude(Entries.Assessment(c, i), c.OutsideCalendar);
                continue;
            }

            denominator++;
            var timely = workingDays <= 45;
            if (timely)
            {
                numerator++;
            }

            x?.Member(Entries.Assessment(c, i), timely);
        }

        return new Tally(numerator, denominator);
    }

    // initial-assessments-rate: legacy initial assessments completed in the period.
    public static Tally InitialRate(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.LegacyTable;
        var kind = t.Kind;
        long count = 0;
        foreach (var i in t.ByCompleted.InPeriod(c, tableOrder: x is not null))
        {
            if (kind[i] == AssessmentKind.Initial)
            {
                count++;
                x?.Numerator(Entries.Legacy(c, i));
            }
        }

        return new Tally(count, 0);
    }

    // initial-assessments-10wd (NI 59, 10 WD variant) and core-assessments-35wd (NI 60): completed in the period,
    // timely when WorkingDaysBetween(start, completed) <= limit; a completion before the start is invalid and left out.
    public static IndicatorEvaluator Timeliness(AssessmentKind kind, int limit) => (c, x) =>
    {
        var t = c.Data.LegacyTable;
        var (kinds, completedColumn) = (t.Kind, t.Completed);
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < completedColumn.Length; i++)
        {
            var completed = completedColumn[i];
            if (kinds[i] != kind || completed == Day.None || !c.InPeriod(completed))
            {
                continue;
            }

            if (completed < t.Start[i])
            {
                x?.Exclude(Entries.Legacy(c, i), "completed before it started (an invalid record)");
                continue;
            }

            if (!c.TryWorkingDays(t.Start[i], completed, t.Child[i], out var workingDays))
            {
                x?.Exclude(Entries.Legacy(c, i), c.OutsideCalendar);
                continue;
            }

            denominator++;
            var timely = workingDays <= limit;
            if (timely)
            {
                numerator++;
            }

            x?.Member(Entries.Legacy(c, i), timely);
        }

        return new Tally(numerator, denominator);
    };

    // initial-assessments-child-seen(-alone): completed in the period with the flag recorded; records without the
    // flag are left out and listed.
    public static IndicatorEvaluator ChildSeen(bool alone) => (c, x) =>
    {
        var t = c.Data.LegacyTable;
        var flags = alone ? t.SeenAlone : t.Seen;
        var (kinds, completedColumn) = (t.Kind, t.Completed);
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < completedColumn.Length; i++)
        {
            var completed = completedColumn[i];
            if (kinds[i] != AssessmentKind.Initial || completed == Day.None || !c.InPeriod(completed))
            {
                continue;
            }

            if (flags[i] < 0)
            {
                x?.Exclude(Entries.Legacy(c, i), alone ? "whether the child was seen alone is not recorded" : "whether the child was seen is not recorded");
                continue;
            }

            denominator++;
            if (flags[i] == 1)
            {
                numerator++;
            }

            x?.Member(Entries.Legacy(c, i), flags[i] == 1);
        }

        return new Tally(numerator, denominator);
    };

    // s47-rate: section 47 enquiries with S47ActualStartDate in the period.
    public static Tally Section47Rate(EvaluationContext c, ExplanationBuilder? x)
    {
        long count = 0;
        foreach (var i in c.Data.Section47.ByStart.InPeriod(c, tableOrder: x is not null))
        {
            count++;
            x?.Numerator(Entries.Section47(c, i));
        }

        return new Tally(count, 0);
    }

    // icpc-15wd (DfE C4): enquiries whose DateOfInitialCPC is in the period and not before the S47 start, timely when
    // WorkingDaysBetween(S47ActualStartDate, DateOfInitialCPC) <= 15. Conferences dated before the start are left out
    // of the percentage (they still count as conferences) and listed.
    public static Tally ConferenceWithin15WorkingDays(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Section47;
        var conferenceColumn = t.Conference;
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < conferenceColumn.Length; i++)
        {
            var conference = conferenceColumn[i];
            if (conference == Day.None || !c.InPeriod(conference))
            {
                continue;
            }

            if (conference < t.Start[i])
            {
                x?.Exclude(Entries.Section47(c, i), "initial conference dated before the section 47 start (still counted as a conference)");
                continue;
            }

            if (!c.TryWorkingDays(t.Start[i], conference, t.Child[i], out var workingDays))
            {
                x?.Exclude(Entries.Section47(c, i), c.OutsideCalendar);
                continue;
            }

            denominator++;
            var timely = workingDays <= 15;
            if (timely)
            {
                numerator++;
            }

            x?.Member(Entries.Section47(c, i), timely);
        }

        return new Tally(numerator, denominator);
    }
}
