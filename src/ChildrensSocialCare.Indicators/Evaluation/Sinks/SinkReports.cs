using System.Runtime.CompilerServices;

namespace ChildrensSocialCare.Indicators;

// The one place a kernel's verdict on a unit becomes a sink call, and a sink's counts become a Tally.
internal static class SinkReports
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Report<TSink>(this ref TSink sink, int row, Verdict verdict)
        where TSink : struct, IUnitSink
    {
        switch (verdict.Kind)
        {
            case VerdictKind.Counted:
                sink.Count(row);
                break;
            case VerdictKind.In:
                sink.Member(row, true);
                break;
            case VerdictKind.Out:
                sink.Member(row, false);
                break;
            case VerdictKind.Excluded:
                sink.Exclude(row, verdict.ExclusionCode!);
                break;
        }
    }

    public static Tally Tally<TSink>(this ref TSink sink)
        where TSink : struct, IUnitSink => new(sink.Numerator, sink.Denominator);
}
