namespace ChildrensSocialCare.Indicators;

internal static class ReferralIndicators
{
    // referrals-rate: every referral with CINreferralDate in the period, several per child included.
    public static Tally Rate(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Referrals;
        long count = 0;
        for (var i = 0; i < t.Count; i++)
        {
            if (c.InPeriod(t.Date[i]))
            {
                count++;
                x?.Numerator(Entries.Referral(c, i));
            }
        }

        return new Tally(count, 0);
    }

    // re-referrals-12m: referrals in the period with an earlier referral P of the same child, P < R <= P + 12 months.
    // The latest earlier referral decides, because P + 12 months grows with P.
    public static Tally ReReferrals(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Referrals;
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < t.Count; i++)
        {
            if (!c.InPeriod(t.Date[i]))
            {
                continue;
            }

            denominator++;
            var previous = t.PreviousDate[i];
            var isRepeat = previous != Day.None && t.Date[i] <= Day.AddMonths(previous, 12);
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
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < t.Count; i++)
        {
            if (!c.InPeriod(t.Date[i]))
            {
                continue;
            }

            denominator++;
            if (t.Nfa[i])
            {
                numerator++;
            }

            x?.Member(Entries.Referral(c, i), t.Nfa[i]);
        }

        return new Tally(numerator, denominator);
    }

    // cin-rate: distinct children with an episode of need open at the period end, decided by the dates alone.
    public static Tally ChildrenInNeed(EvaluationContext c, ExplanationBuilder? x)
    {
        var t = c.Data.Referrals;
        long count = 0;
        var lastChild = -1;
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Child[i] != lastChild && c.OpenAtEnd(t.Date[i], t.Closure[i]))
            {
                lastChild = t.Child[i];
                count++;
                x?.Numerator(Entries.Referral(c, i));
            }
        }

        return new Tally(count, 0);
    }
}
