namespace ChildrensSocialCare.Indicators;

/// <summary><c>assessment-factors</c>: Factors identified at the end of assessment.</summary>
/// <remarks>
/// The assessments authorised in the period; for each factor code (CIN census AssessmentFactors, such as 3A, 4A, or
/// 21 for no factors), the number of those assessments recording it and its share of them. An assessment recording
/// several factors counts once under each, so the shares add to more than 100%; one recording none is in the
/// denominator only. The value is the number of assessments (DfE Children in need statistics, table C3;
/// specification section 8 and 8.1).
/// </remarks>
internal sealed class AssessmentFactors : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 480,
        Id = "assessment-factors",
        Title = "Factors identified at the end of assessment",
        Family = IndicatorFamily.Assessments,
        Unit = Unit.Count,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE C3"],
        Source = Sources.CinCensus + ", table C3",
        Numerator = "Assessments authorised in the period, counted under each factor code they record",
        Denominator = "Assessments authorised in the period (each factor's share is of these)",
        Decisions = [
            "The value is the number of assessments authorised in the period; each factor's count and share are its details, keyed by the code (trimmed, upper case), in code order.",
            "A code written twice in one assessment counts once; an assessment without factors is in the denominator only.",
            "A code not in the year's list is counted under its own code.",
            "Not broken down: the factors are its details.",
        ],
        Options = [],
        Dimensions = [],
        ReferenceDate = ReferenceDate.Event("AssessmentAuthorisationDate"),
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink)
    {
        var t = c.Data.AssessmentTable;
        var counts = new long[t.FactorCodes.Length];
        var tally = EventsInPeriod.Run(t.ByAuthorised, c, new CountFactors(t, counts), ref sink);
        var total = tally.Denominator;
        var details = new List<ResultDetail>();
        for (var k = 0; k < counts.Length; k++)
        {
            if (counts[k] > 0)
            {
                var share = Percentage.Of(counts[k], total);
                details.Add(new ResultDetail(t.FactorCodes[k], "Factor " + t.FactorCodes[k], counts[k], total, share.Value, Unit.Percentage)
                {
                    Interval = ConfidenceInterval.ForPercentage(share, c.Options.ConfidenceLevel),
                });
            }
        }

        return tally with { Details = details };
    }

    public override UnitSource Units(EvaluationContext c) => TableUnits.Assessments(c, c.Data.AssessmentTable.Authorised);

    // Every assessment is in the numerator and the denominator (the value is the count); each factor's count grows.
    private readonly struct CountFactors(AssessmentTable t, long[] counts) : IUnitRule
    {
        public Verdict Judge(int row)
        {
            for (var k = t.FactorOffsets[row]; k < t.FactorOffsets[row + 1]; k++)
            {
                counts[t.FactorIds[k]]++;
            }

            return Verdict.Member(true);
        }
    }
}
