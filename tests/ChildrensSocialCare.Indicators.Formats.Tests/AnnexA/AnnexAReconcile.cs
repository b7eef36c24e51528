namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// The bookkeeping law of the Annex A reader: per sheet, rows read = accepted + rejected; a sheet with rejections has
// an error for it; the accepted rows are exactly the records in the lists.
internal static class AnnexAReconcile
{
    public static void Check(AnnexAReadResult result)
    {
        foreach (var t in result.Tables)
        {
            Assert.True(t.Read == t.Accepted + t.Rejected, $"{t}: read != accepted + rejected");
            if (t.Rejected > 0)
            {
                Assert.Equal(t.Rejected, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Source == t.Source).Select(d => d.Line).Distinct().Count());
            }
        }

        Assert.Equal(result.Tables.Sum(t => t.Accepted), result.Lists.Count);
    }
}
