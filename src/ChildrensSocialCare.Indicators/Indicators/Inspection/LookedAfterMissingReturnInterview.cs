namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-missing-return-interview</c>: Missing children offered a return interview (Ofsted Annex A,
/// List 8).</summary>
/// <remarks>Of the List 8 children with 1 or more missing episodes in the last 12 months, those offered a return
/// interview after their last missing episode (the list's question, answered Yes).</remarks>
internal sealed class LookedAfterMissingReturnInterview : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9120,
        Id = "cla-missing-return-interview",
        FromAnnexA = true,
        Title = "Missing children offered a return interview",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["Annex A List 8"],
        Source = Sources.AnnexA + ", List 8",
        Numerator = "Of those, children answered Yes to \"Was the child offered a Return Interview after their last missing episode (Y/N)?\"",
        Denominator = "List 8 children (looked after at d or ceased in the window) with a Number of Episodes 'Missing' in the last 12 months of 1 or more",
        Decisions = [
            "The list cannot show an interview after each episode, only the answer about the last one: the measure is MissingEpisodesInLast12Months >= 1 and ReturnInterviewOffered = Yes.",
            "Every List 8 row counts, a child who ceased in the window included (the count is of the 12 months, not of d).",
            "An unanswered question is left out and listed.",
        ],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.AnnexAReturnInterviewNotRecorded],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : AllRows.Run(a.Care.Count, new Offered(a.Care), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.ChildrenInCare(c);

    private readonly struct Offered(AnnexACareTable t) : IUnitRule
    {
        public Verdict Judge(int row)
        {
            var r = t.Records[row];
            return r.MissingEpisodesInLast12Months is not >= 1 ? Verdict.Skip
                : r.ReturnInterviewOffered is { } offered ? Verdict.Member(offered)
                : Verdict.Excluded(ExclusionCodes.AnnexAReturnInterviewNotRecorded);
        }
    }
}
