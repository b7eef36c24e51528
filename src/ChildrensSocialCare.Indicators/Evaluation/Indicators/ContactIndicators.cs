using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

internal static class ContactIndicators
{
    private static readonly (ContactOutcome Outcome, string Key, string Label)[] s_outcomes =
    [
        (ContactOutcome.Referral, "referral", "Referral to children's social care"),
        (ContactOutcome.EarlyHelp, "early-help", "Early help"),
        (ContactOutcome.OnwardSingleAgency, "onward-single-agency", "Onward single agency referral"),
        (ContactOutcome.AdviceInformation, "advice-information", "Advice and information provided"),
        (ContactOutcome.Other, "other", "Other"),
    ];

    // contacts-outcomes: contacts in the period by decision outcome; each share is of all contacts in the period.
    public static Tally Outcomes(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.ContactTable;
        var outcome = t.Outcome;
        var counts = new long[s_outcomes.Length];
        long total = 0;
        foreach (var i in t.ByDate.InPeriod(c, tableOrder: x is not null))
        {
            total++;
            counts[Slot(outcome[i])]++;
            x?.Member(Entries.Contact(c, i), true);
        }

        var details = new ResultDetail[s_outcomes.Length];
        for (var k = 0; k < s_outcomes.Length; k++)
        {
            details[k] = new ResultDetail(s_outcomes[k].Key, s_outcomes[k].Label, counts[k], total,
                Percentage.Of(counts[k], total).Value, Unit.Percentage);
        }

        return new Tally(total, total) { Details = details };
    }

    // The outcome's place in s_outcomes; an outcome not listed there counts as other.
    private static int Slot(ContactOutcome outcome)
    {
        for (var k = 0; k < s_outcomes.Length; k++)
        {
            if (s_outcomes[k].Outcome == outcome)
            {
                return k;
            }
        }

        return s_outcomes.Length - 1;
    }
}
