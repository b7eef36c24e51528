namespace ChildrensSocialCare.Indicators;

internal static class ChildProtectionIndicators
{
    // cpp-rate (DfE D1): distinct children with a plan open at the period end.
    public static Tally Rate(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Plans;
        long count = 0;
        var lastChild = -1;
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Child[i] != lastChild && c.OpenAtEnd(t.Start[i], t.End[i]))
            {
                lastChild = t.Child[i];
                count++;
                x?.Numerator(Entries.Plan(c, i));
            }
        }

        return new Tally(count, 0);
    }

    // cpp-second-subsequent (NI 65, DfE D3): of the distinct children with a plan starting in the period, those for
    // whom one such plan is not their first: an earlier plan start in the records, or NumberOfPreviousCPP > 0.
    public static Tally SecondOrSubsequent(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Plans;
        return PerChildStartingInPeriod(c, x, i => t.HasEarlierPlan[i] || t.PreviousPlans[i] > 0);
    }

    // cpp-repeat-within-2y (seed 2.23): as above, numerator those whose most recent earlier plan (the latest earlier
    // start; any of several sharing it) ended on or after the new start minus the look-back (2 years by default).
    public static Tally RepeatWithinLookBack(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Plans;
        var months = c.Options.RepeatPlanLookBackMonths;
        return PerChildStartingInPeriod(c, x, i =>
            t.PreviousPlanLatestEnd[i] != Day.None && t.PreviousPlanLatestEnd[i] >= Day.AddMonths(t.Start[i], -months));
    }

    // cpp-ended-2y-plus (NI 64, DfE D7): plans ended in the period that had lasted 2 years or more
    // (end >= start + 2 calendar years). A plan ending before it started is invalid and left out.
    public static Tally EndedTwoYearsPlus(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Plans;
        var end = t.End;
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < end.Length; i++)
        {
            if (end[i] == Day.Open || !c.InPeriod(end[i]))
            {
                continue;
            }

            if (t.End[i] < t.Start[i])
            {
                x?.Exclude(Entries.Plan(c, i), "ended before it started (an invalid record)");
                continue;
            }

            denominator++;
            var longPlan = t.End[i] >= t.StartPlusTwoYears[i];
            if (longPlan)
            {
                numerator++;
            }

            x?.Member(Entries.Plan(c, i), longPlan);
        }

        return new Tally(numerator, denominator);
    }

    // cpp-open-2y-plus (seed 2.23): plans open at the period end that have lasted 2 years or more
    // (period end >= start + 2 calendar years).
    public static Tally OpenTwoYearsPlus(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Plans;
        var (start, end) = (t.Start, t.End);
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < start.Length; i++)
        {
            if (!c.OpenAtEnd(start[i], end[i]))
            {
                continue;
            }

            denominator++;
            var longPlan = c.End >= t.StartPlusTwoYears[i];
            if (longPlan)
            {
                numerator++;
            }

            x?.Member(Entries.Plan(c, i), longPlan);
        }

        return new Tally(numerator, denominator);
    }

    private static Tally PerChildStartingInPeriod(EvaluationContext c, ExplanationBuilder? x, Func<int, bool> repeat)
    {
        var t = c.Data.Plans;
        long numerator = 0;
        long denominator = 0;
        var i = 0;
        while (i < t.Count)
        {
            var child = t.Child[i];
            var first = -1;
            var repeated = -1;
            for (; i < t.Count && t.Child[i] == child; i++)
            {
                if (!c.InPeriod(t.Start[i]))
                {
                    continue;
                }

                if (first < 0)
                {
                    first = i;
                }

                if (repeated < 0 && repeat(i))
                {
                    repeated = i;
                }
            }

            if (first < 0)
            {
                continue;
            }

            denominator++;
            if (repeated >= 0)
            {
                numerator++;
            }

            x?.Member(Entries.Plan(c, repeated >= 0 ? repeated : first), repeated >= 0);
        }

        return new Tally(numerator, denominator);
    }
}
