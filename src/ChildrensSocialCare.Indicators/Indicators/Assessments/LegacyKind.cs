using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// The legacy assessments of one kind (initial or core): the filter of the legacy assessment indicators.
internal readonly struct LegacyKind(LegacyAssessmentTable t, AssessmentKind kind) : IRowTest
{
    private readonly AssessmentKind[] _kind = t.Kind;

    public bool Test(int row) => _kind[row] == kind;
}
