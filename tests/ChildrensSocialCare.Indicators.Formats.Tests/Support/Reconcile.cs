using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests;

// The reader's bookkeeping law: every row or element read is accepted or rejected, the accepted ones are exactly the
// records returned, and a table with rejections has an error diagnostic for its file.
internal static class Reconcile
{
    public static void Check(ReadResult result)
    {
        foreach (var t in result.Tables)
        {
            Assert.True(t.Read == t.Accepted + t.Rejected, $"{t}: read != accepted + rejected");
            Assert.True(t.Read >= 0 && t.Accepted >= 0 && t.Rejected >= 0, t.ToString());
            if (t.Rejected > 0)
            {
                Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Source == t.Source);
            }
        }

        Assert.Equal(result.Accepted, result.Returns.Sum(r => r.Count));
    }

    public static int Count(RecordSet r) => r.Count;
}
