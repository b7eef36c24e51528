namespace ChildrensSocialCare.Indicators;

/// <summary><c>workforce-sickness-change</c>: Change in sickness absence days per FTE against the previous year.</summary>
/// <remarks>
/// (This period's sickness days per FTE - the same period a year earlier's) / the earlier one x 100, where days per
/// FTE over a period = total sickness days / mean FTE of the sickness records wholly within it (Walsall scrutiny
/// report, November 2014, paragraph 2.15). A bespoke computation: the units are sickness records of both periods,
/// not children.
/// </remarks>
internal sealed class WorkforceSicknessChange : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 280,
        Id = "workforce-sickness-change",
        Title = "Change in sickness absence days per FTE against the previous year",
        Family = IndicatorFamily.Workforce,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["local (seed 2.15)"],
        Source = Sources.Seed + ", paragraph 2.15",
        Numerator = "This period's sickness days per FTE minus the same period a year earlier's",
        Denominator = "The same period a year earlier's sickness days per FTE",
        Decisions = [
            "Days per FTE over a period = total sickness days / mean FTE of the sickness records wholly within it.",
            "A negative value is a reduction (the seed report's 22% reduction is -22).",
        ],
        Options = [],
        Dimensions = [],
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink)
    {
        var previous = new ReportingPeriod(c.Period.Start.AddMonths(-12), c.Period.End.AddMonths(-12));
        var now = DaysPerFte(c, c.Period, ref sink);
        var before = DaysPerFte(c, previous, ref sink);
        return now is { } n && before is { } b ? new Tally(n - b, b) : new Tally(0, 0);
    }

    public override UnitSource Units(EvaluationContext c)
    {
        var records = c.Data.SicknessAbsences;
        return new UnitSource(c, _ => -1, row => records[row],
            (row, _) => new ExplanationEntry("(workforce)", "sickness", [new("start", records[row].Start), new("end", records[row].End)], records[row]));
    }

    private static decimal? DaysPerFte<TSink>(EvaluationContext c, ReportingPeriod period, ref TSink sink)
        where TSink : struct, IUnitSink
    {
        var records = c.Data.SicknessAbsences;
        var (count, fte, days) = (0, 0m, 0m);
        for (var row = 0; row < records.Count; row++)
        {
            var r = records[row];
            if (r.Start >= period.Start && r.End <= period.End)
            {
                sink.Member(row, true);
                (count, fte, days) = (count + 1, fte + r.FullTimeEquivalents, days + r.SicknessDays);
            }
        }

        var meanFte = count == 0 ? 0 : fte / count;
        return meanFte == 0 ? null : days / meanFte;
    }
}
