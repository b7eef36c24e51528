namespace ChildrensSocialCare.Indicators;

/// <summary><c>workforce-agency-share</c>: Social work posts filled by agency workers.</summary>
/// <remarks>
/// Posts filled by agency workers over filled posts, at the latest workforce snapshot dated in the period (Walsall
/// scrutiny report, November 2014, paragraph 2.15). A bespoke computation: the unit is the snapshot, not a child.
/// </remarks>
internal sealed class WorkforceAgencyShare : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 270,
        Id = "workforce-agency-share",
        Title = "Social work posts filled by agency workers",
        Family = IndicatorFamily.Workforce,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["local (seed 2.15)"],
        Source = Sources.Seed + ", paragraph 2.15",
        Numerator = "Posts filled by agency workers at the latest snapshot in the period",
        Denominator = "Filled posts at that snapshot",
        Decisions = ["The latest workforce snapshot dated in the period is used."],
        Options = [],
        Dimensions = [],
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink)
    {
        var snapshots = c.Data.WorkforceSnapshots;
        for (var row = snapshots.Count - 1; row >= 0; row--)
        {
            if (c.Period.Contains(snapshots[row].Date))
            {
                sink.Member(row, true);
                return new Tally(snapshots[row].AgencyPosts, snapshots[row].FilledPosts);
            }
        }

        return new Tally(0, 0);
    }

    public override UnitSource Units(EvaluationContext c)
    {
        var snapshots = c.Data.WorkforceSnapshots;
        return new UnitSource(c, _ => -1, row => snapshots[row],
            (row, _) => new ExplanationEntry("(workforce)", "snapshot", [new("snapshot", snapshots[row].Date)], snapshots[row]));
    }
}
