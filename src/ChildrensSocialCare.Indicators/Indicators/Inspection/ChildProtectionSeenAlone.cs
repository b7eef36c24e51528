namespace ChildrensSocialCare.Indicators;

/// <summary><c>cpp-seen-alone</c>: Children on a plan seen alone (Ofsted Annex A, List 7).</summary>
/// <remarks>Of the List 7 children on a plan at the reference date with "Was the Child Seen Alone?" answered, those
/// answered Yes; an unanswered question is left out and listed.</remarks>
internal sealed class ChildProtectionSeenAlone : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9060,
        Id = "cpp-seen-alone",
        FromAnnexA = true,
        Title = "Children on a plan seen alone",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["Annex A List 7"],
        Source = Sources.AnnexA + ", List 7",
        Numerator = "Of those, children answered Yes",
        Denominator = "List 7 children on a plan at the reference date with \"Was the Child Seen Alone?\" answered",
        Decisions = ["An unanswered question (blank, or a value that is not yes or no) is left out and listed."],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.AnnexASeenAloneNotRecorded],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : RowsOpenAtEnd.Run(a.Plans.Start, a.Plans.End, c, new SeenAlone(a.Plans), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.Plans(c);

    private readonly struct SeenAlone(AnnexAPlanTable t) : IUnitRule
    {
        public Verdict Judge(int row) => t.Records[row].SeenAlone is { } seen
            ? Verdict.Member(seen)
            : Verdict.Excluded(ExclusionCodes.AnnexASeenAloneNotRecorded);
    }
}
