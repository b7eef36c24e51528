using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary><c>contacts-outcomes</c>: Contacts by decision outcome.</summary>
/// <remarks>
/// The contacts dated in the period, counted per decision outcome (referral, early help, onward single agency,
/// advice and information, other); the value is the number of contacts, and each outcome's count and share of all
/// contacts in the period are details. An outcome not listed counts as other (Walsall scrutiny report, November
/// 2014, table 2.7).
/// </remarks>
internal sealed class ContactsByOutcome : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 40,
        Id = "contacts-outcomes",
        Title = "Contacts by decision outcome",
        Family = IndicatorFamily.Contacts,
        Unit = Unit.Count,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["local (seed 2.7)"],
        Source = Sources.Seed + ", table 2.7",
        Numerator = "Contacts in the period, counted per outcome (referral, early-help, onward-single-agency, advice-information, other)",
        Denominator = "All contacts in the period (each outcome's share is of these)",
        Decisions = ["The value is the number of contacts; the count and share of each outcome are its details."],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("contact date"),
    };

    private static readonly (ContactOutcome Outcome, string Key, string Label)[] s_outcomes =
    [
        (ContactOutcome.Referral, "referral", "Referral to children's social care"),
        (ContactOutcome.EarlyHelp, "early-help", "Early help"),
        (ContactOutcome.OnwardSingleAgency, "onward-single-agency", "Onward single agency referral"),
        (ContactOutcome.AdviceInformation, "advice-information", "Advice and information provided"),
        (ContactOutcome.Other, "other", "Other"),
    ];

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink)
    {
        var counts = new long[s_outcomes.Length];
        var tally = EventsInPeriod.Run(c.Data.ContactTable.ByDate, c, new CountOutcome(c.Data.ContactTable.Outcome, counts), ref sink);
        var total = tally.Numerator;
        var details = new ResultDetail[s_outcomes.Length];
        for (var k = 0; k < s_outcomes.Length; k++)
        {
            details[k] = new ResultDetail(s_outcomes[k].Key, s_outcomes[k].Label, counts[k], total,
                Percentage.Of(counts[k], total).Value, Unit.Percentage);
        }

        return tally with { Details = details };
    }

    public override UnitSource Units(EvaluationContext c) => TableUnits.Contacts(c, c.Data.ContactTable.Date);

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

    // Every contact is in the numerator and the denominator (the value is the count); its outcome's count grows.
    private readonly struct CountOutcome(ContactOutcome[] outcome, long[] counts) : IUnitRule
    {
        public Verdict Judge(int row)
        {
            counts[Slot(outcome[row])]++;
            return Verdict.Member(true);
        }
    }
}
