using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// The explanation entries of each kind of record: the child and the dates that decided it.
internal static class Entries
{
    public static ExplanationEntry Referral(EvaluationContext c, int row)
    {
        var t = c.Data.Referrals;
        var r = t.Records[row];
        return new ExplanationEntry(r.ChildId, "referral",
        [
            new("referral", r.ReferralDate),
            new("previous referral", Day.ToNullableDate(t.PreviousDate[row])),
            new("closure", r.ClosureDate),
        ], r);
    }

    public static ExplanationEntry Assessment(EvaluationContext c, int row)
    {
        var r = c.Data.AssessmentTable.Records[row];
        return new ExplanationEntry(r.ChildId, "assessment",
        [
            new("referral", r.ReferralDate),
            new("start", r.StartDate),
            new("authorised", r.AuthorisationDate),
        ], r);
    }

    public static ExplanationEntry Legacy(EvaluationContext c, int row)
    {
        var r = c.Data.LegacyTable.Records[row];
        return new ExplanationEntry(r.ChildId, r.Kind == AssessmentKind.Initial ? "initial assessment" : "core assessment",
        [
            new("start", r.StartDate),
            new("completed", r.CompletionDate),
        ], r);
    }

    public static ExplanationEntry Section47(EvaluationContext c, int row)
    {
        var r = c.Data.Section47.Records[row];
        return new ExplanationEntry(r.ChildId, "section 47 enquiry",
        [
            new("start", r.StartDate),
            new("initial conference", r.InitialConferenceDate),
        ], r);
    }

    public static ExplanationEntry Plan(EvaluationContext c, int row)
    {
        var t = c.Data.Plans;
        var r = t.Records[row];
        return new ExplanationEntry(r.ChildId, "plan",
        [
            new("start", r.StartDate),
            new("end", r.EndDate),
            new("previous plan start", Day.ToNullableDate(t.PreviousPlanStart[row])),
            new("previous plan end", Day.ToNullableDate(t.PreviousPlanLatestEnd[row])),
        ], r);
    }

    public static ExplanationEntry Contact(EvaluationContext c, int row)
    {
        var r = c.Data.ContactTable.Records[row];
        return new ExplanationEntry(r.ChildId, "contact", [new("contact", r.Date)], r);
    }

    public static ExplanationEntry Episode(EvaluationContext c, int row, params KeyDate[] more)
    {
        var r = c.Data.Care.Records[row];
        KeyDate[] dates = [new("DECOM", r.Start), new("DEC", r.End), .. more];
        return new ExplanationEntry(r.ChildId, "episode", dates, r);
    }

    public static ExplanationEntry CareLeaver(EvaluationContext c, int row, DateOnly? birthday)
    {
        var r = c.Data.CareLeavers.Records[row];
        return new ExplanationEntry(r.ChildId, "care leaver",
        [
            new("date of birth", Day.ToNullableDate(c.Data.CareLeavers.DateOfBirth[row])),
            new("birthday in period", birthday),
        ], r);
    }
}
