using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// A small data set with records behind every indicator of the catalogue for 2013-14, so that each has a non-zero
// numerator and denominator (checked by CatalogueConsistencyTests).
internal static class RichData
{
    public static readonly ReportingPeriod Period = ReportingPeriod.Year(2014);

    public static readonly EvaluationOptions Options = EvaluationOptions.Default.WithPopulation(10_000);

    public static DataSet Create() => new ReturnBuilder(2014)
        .Child("A", "2005-01-01", "MOB").Child("B", "2006-01-01").Child("C", "2007-01-01").Child("F", "2001-01-01").Child("G", "2010-06-01")
        .Referral("A", "2012-09-01").Referral("A", "2013-05-01", nfa: true).Referral("B", "2013-06-01", closed: "2013-12-01")
        .Contact("A", "2013-04-20", ContactOutcome.Referral).Contact("B", "2013-05-20", ContactOutcome.EarlyHelp)
        .Initial("A", "2013-05-01", "2013-05-08", seen: true, seenAlone: false).Initial("B", "2013-06-03", "2013-06-28", seen: true, seenAlone: true)
        .Core("A", "2013-05-08", "2013-06-10").Core("B", "2013-07-01", "2013-10-01")
        .Assessment("A", "2013-05-01", "2013-06-01", factors: ["3A", "4A"]).Assessment("B", "2013-06-03", "2013-09-30")
        .Section47("A", "2013-05-01", "2013-05-20").Section47("C", "2013-06-03", "2013-07-30")
        .Plan("A", "2010-01-01", "2012-12-01").Plan("A", "2013-05-20", reviews: ["2013-08-10", "2014-02-01"]).Plan("C", "2013-07-30", "2014-02-01")
        .Plan("B", "2011-06-01", "2013-11-01").Plan("C", "2011-01-01", "2011-06-01").Plan("D", "2011-02-01")
        .Care("A", "2011-01-01", "U1").Then("2013-06-01", "P", "U2").Then("2013-09-01", "P", "U3").Open()
        .Care("B", "2010-01-01", "U1").Then("2013-01-01", "T", "A4", legalStatus: "E1").Open()
        .Care("C", "2012-01-01", "U1").Then("2013-02-01", "P", "A5", legalStatus: "E1").Ends("2014-01-15", "E11")
        .Care("E", "2013-08-01").Open().Uasc("A").Missing("A", "M", "2013-06-01", "2013-06-02").Missing("B", "A", "2013-07-01").Adoption("C", "2013-06-01")
        .Care("F", "2012-01-01").Open().Oc2("F", true, true, true, null, true, true, sdq: 20).Reviews("F", "2012-01-20", "2012-04-15", "2012-10-10", "2013-04-05", "2013-10-01")
        .Care("G", "2012-01-01").Open().Oc2("G", true, true, true, development: true, sdq: 3)
        .CareLeaver("L1", "1994-06-01", "YES", "F1", "B1").CareLeaver("L2", "1993-07-01", "NO", "G4", "0")
        .Snapshot("2014-03-31", 100, 30)
        .Sickness("2012-04-01", "2013-03-31", 100, 1_000).Sickness("2013-04-01", "2014-03-31", 100, 900)
        .ToDataSet();
}
