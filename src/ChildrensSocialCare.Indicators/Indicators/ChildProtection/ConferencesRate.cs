namespace ChildrensSocialCare.Indicators;

/// <summary><c>icpc-rate</c>: Initial child protection conferences per 10,000.</summary>
/// <remarks>
/// Distinct (child, conference date) pairs among the DateOfInitialCPC recorded on Section47 and on CINdetails
/// elements, with the date in the period, per 10,000 children aged 0-17 (DfE Children in need statistics, table C4;
/// specification section 8). A conference recorded on both elements counts once.
/// </remarks>
internal sealed class ConferencesRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 450,
        Id = "icpc-rate",
        Title = "Initial child protection conferences per 10,000",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.RatePer10000,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE C4"],
        Source = Sources.CinCensus + ", table C4",
        Numerator = "Distinct (child, DateOfInitialCPC) pairs on Section47 and CINdetails elements, with the date in the period",
        Denominator = "Population aged 0-17",
        Decisions = [
            "A conference recorded on both the Section47 and the CINdetails element (same child, same date) counts once, through the Section47 record.",
            "A conference dated before its S47 start, or with ICPCnotRequired true, still counts as a conference.",
        ],
        Options = [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed],
        ReferenceDate = ReferenceDate.Event("DateOfInitialCPC"),
        IsAnnualisable = true,
    };

    // A unit is a Section47 row r, or a CINdetails row r reported as Section47.Count + r.
    public override Tally Run<TSink>(EvaluationContext c, ref TSink into)
    {
        var sink = into;
        var (s47, referrals) = (c.Data.Section47, c.Data.Referrals);
        var dates = new List<int>();
        for (var child = 0; child < c.Data.ChildCount; child++)
        {
            dates.Clear();
            for (var r = s47.Offsets[child]; r < s47.Offsets[child + 1]; r++)
            {
                if (c.InPeriod(s47.Conference[r]) && !dates.Contains(s47.Conference[r]))
                {
                    dates.Add(s47.Conference[r]);
                    sink.Count(r);
                }
            }

            for (var r = referrals.Offsets[child]; r < referrals.Offsets[child + 1]; r++)
            {
                if (c.InPeriod(referrals.Conference[r]) && !dates.Contains(referrals.Conference[r]))
                {
                    dates.Add(referrals.Conference[r]);
                    sink.Count(s47.Count + r);
                }
            }
        }

        into = sink;
        return sink.Tally();
    }

    public override UnitSource Units(EvaluationContext c)
    {
        var (s47, referrals) = (c.Data.Section47, c.Data.Referrals);
        var n = s47.Count;
        return new(c,
            row => row < n ? s47.Child[row] : referrals.Child[row - n],
            row => row < n ? s47.Records[row] : referrals.Records[row - n],
            (row, _) => row < n ? Entries.Section47(c, row) : Entries.Referral(c, row - n),
            eventDay: row => row < n ? s47.Conference[row] : referrals.Conference[row - n]);
    }
}
