namespace ChildrensSocialCare.Indicators;

internal static class ReferralIndicators
{
    // referrals-rate: every referral with CINreferralDate in the period, several per child included.
    public static Tally Rate(EvaluationContext c, ExplanationBuilder? x)
    {
        long count = 0;
        foreach (var i in c.Data.Referrals.ByDate.InPeriod(c, tableOrder: x is not null))
        {
            count++;
            x?.Numerator(Entries.Referral(c, i));
        }

        return new Tally(count, 0);
    }

    // re-referrals-12m: referrals in the period with an earlier referral P of the same child, P < R <= P + 12 months.
    // The latest earlier referral decides, because P + 12 months grows with P.
    public static Tally ReReferrals(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Referrals;
        var (date, boundary) = (t.Date, t.PreviousPlusTwelveMonths);
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < date.Length; i++)
        {
            if (!c.InPeriod(date[i]))
            {
                continue;
            }

            denominator++;
            var isRepeat = boundary[i] != Day.None && date[i] <= boundary[i];
            if (isRepeat)
            {
                numerator++;
            }

            x?.Member(Entries.Referral(c, i), isRepeat);
        }

        return new Tally(numerator, denominator);
    }

    // referrals-nfa: referrals in the period with ReferralNFA true, over referrals in the period.
    public static Tally NoFurtherAction(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Referrals;
        var nfa = t.Nfa;
        long numerator = 0;
        long denominator = 0;
        foreach (var i in t.ByDate.InPeriod(c, tableOrder: x is not null))
        {
            denominator++;
            if (nfa[i])
            {
                numerator++;
            }

            x?.Member(Entries.Referral(c, i), nfa[i]);
        }

        return new Tally(numerator, denominator);
    }

    // cin-rate: distinct children with an episode of need open at the period end, decided by the dates alone.
    public static Tally ChildrenInNeed(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Referrals;
        var (child, date, closure) = (t.Child, t.Date, t.Closure);
        long count = 0;
        var lastChild = -1;
        for (var i = 0; i < child.Length; i++)
        {
            if (child[i] != lastChild && c.OpenAtEnd(date[i], closure[i]))
            {
                lastChild = child[i];
                count++;
                x?.Numerator(Entries.Referral(c, i));
            }
        }

        return new Tally(count, 0);
    }
}
