using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// Seed table 2.6: of the initial assessments, those whose flag (seen, or seen alone) is set; a flag not recorded
// (negative) leaves the record out with the indicator's code.
internal readonly struct ChildSeen(LegacyAssessmentTable t, sbyte[] flags, string notRecordedCode) : IUnitRule
{
    private readonly AssessmentKind[] _kind = t.Kind;

    public Verdict Judge(int row)
    {
        if (_kind[row] != AssessmentKind.Initial)
        {
            return Verdict.Skip;
        }

        return flags[row] < 0 ? Verdict.Excluded(notRecordedCode) : Verdict.Member(flags[row] == 1);
    }
}
