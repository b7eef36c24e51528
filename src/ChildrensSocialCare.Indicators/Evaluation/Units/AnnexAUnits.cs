using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// The unit sources of the Annex A lists the inspection measures read (specification 9.3): each row's child, its
// record and an entry with the dates that decided it, named as the list names them.
internal static class AnnexAUnits
{
    public const string NotAnnexA = "needs the Ofsted Annex A lists: evaluate it with AnnexADataSet (specification 9.3)";

    public static AnnexAData Of(EvaluationContext c) => c.Data.AnnexA ?? AnnexAData.Empty;

    public static UnitSource Contacts(EvaluationContext c)
    {
        var t = Of(c).Contacts;
        return TableUnits.Of(c, t, (row, _) => Entry(t.Records[row].Child, "contact (List 1)", t.Records[row],
            new KeyDate("Date of Contact", t.Records[row].Date)), eventDate: t.Date);
    }

    public static UnitSource EarlyHelp(EvaluationContext c)
    {
        var t = Of(c).EarlyHelp;
        return TableUnits.Of(c, t, (row, _) => Entry(t.Records[row].Child, "early help assessment (List 2)", t.Records[row],
            new KeyDate("Assessment start date", t.Records[row].StartDate), new KeyDate("Assessment completion date", t.Records[row].CompletionDate)), eventDate: t.Start);
    }

    public static UnitSource Assessments(EvaluationContext c)
    {
        var t = Of(c).Assessments;
        return TableUnits.Of(c, t, (row, _) => Entry(t.Records[row].Child, "assessment (List 4)", t.Records[row],
            new KeyDate("Continuous Assessment Start Date", t.Records[row].StartDate),
            new KeyDate("Continuous Assessment Date of Authorisation", t.Records[row].AuthorisationDate)));
    }

    public static UnitSource Plans(EvaluationContext c)
    {
        var t = Of(c).Plans;
        return TableUnits.Of(c, t, (row, _) =>
        {
            var r = t.Records[row];
            return Entry(r.Child, "child protection plan (List 7)", r,
                new KeyDate("Child Protection Plan Start Date", r.StartDate), new KeyDate("Date of the Last Statutory Visit", r.LastStatutoryVisit),
                new KeyDate("Date of latest review conference", r.LatestReviewConference), new KeyDate("Child Protection Plan End Date", r.EndDate));
        });
    }

    public static UnitSource ChildrenInCare(EvaluationContext c)
    {
        var t = Of(c).Care;
        return TableUnits.Of(c, t, (row, _) =>
        {
            var r = t.Records[row];
            return Entry(r.Child, "child in care (List 8)", r,
                new KeyDate("Date of Birth", r.Child.DateOfBirth), new KeyDate("Date Started to be Looked After", r.PeriodStart),
                new KeyDate("Date of Last Social Work Visit", r.LastSocialWorkVisit), new KeyDate("Date of Latest Statutory Review", r.LatestReview),
                new KeyDate("Date of Last Health Assessment", r.LastHealthAssessment), new KeyDate("Date of Last Dental Check", r.LastDentalCheck),
                new KeyDate("Date Ceased to be Looked After", r.PeriodEnd));
        });
    }

    public static UnitSource CareLeavers(EvaluationContext c)
    {
        var t = Of(c).CareLeavers;
        return TableUnits.Of(c, t, (row, _) => Entry(t.Records[row].Child, "care leaver (List 9)", t.Records[row],
            new KeyDate("Latest Pathway Plan Review Date", t.Records[row].LatestPathwayPlanReview)));
    }

    private static ExplanationEntry Entry(AnnexAChild child, string kind, AnnexARow record, params KeyDate[] dates) =>
        new(child.ChildId, kind, dates, record);
}
