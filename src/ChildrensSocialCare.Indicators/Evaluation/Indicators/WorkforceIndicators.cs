namespace ChildrensSocialCare.Indicators;

internal static class WorkforceIndicators
{
    // workforce-agency-share (seed 2.15): agency-filled over filled posts at the latest snapshot in the period.
    public static Tally AgencyShare(EvaluationContext c, ExplanationBuilder? x)
    {
        var snapshot = c.Data.WorkforceSnapshots.LastOrDefault(s => c.Period.Contains(s.Date));
        if (snapshot is null)
        {
            return new Tally(0, 0);
        }

        x?.Member(new ExplanationEntry("(workforce)", "snapshot", [new("snapshot", snapshot.Date)], snapshot), true);
        return new Tally(snapshot.AgencyPosts, snapshot.FilledPosts);
    }

    // workforce-sickness-change (seed 2.15): (this period's sickness days per FTE - the same period a year earlier's)
    // / the earlier one x 100. Days per FTE over a period = total sickness days / mean FTE of the records wholly in it.
    public static Tally SicknessChange(EvaluationContext c, ExplanationBuilder? x)
    {
        var previous = new ReportingPeriod(c.Period.Start.AddMonths(-12), c.Period.End.AddMonths(-12));
        var now = DaysPerFte(c, c.Period, x);
        var before = DaysPerFte(c, previous, x);
        if (now is not { } n || before is not { } b)
        {
            return new Tally(0, 0);
        }

        return new Tally(n - b, b);
    }

    private static decimal? DaysPerFte(EvaluationContext c, ReportingPeriod period, ExplanationBuilder? x)
    {
        var records = c.Data.SicknessAbsences.Where(s => s.Start >= period.Start && s.End <= period.End).ToList();
        foreach (var r in records)
        {
            x?.Member(new ExplanationEntry("(workforce)", "sickness", [new("start", r.Start), new("end", r.End)], r), true);
        }

        var meanFte = records.Count == 0 ? 0 : records.Average(r => r.FullTimeEquivalents);
        return meanFte == 0 ? null : records.Sum(r => r.SicknessDays) / meanFte;
    }
}
