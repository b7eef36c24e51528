using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic;

// The SSDA903 tables of what happens during care that the simulation does not model: statutory reviews, OC2 outcomes
// of children looked after for a year, missing incidents and UASC rows. Each child's are drawn from a random stream of
// their own, after the simulation, so that every simulated record stays as it was; the rates are those of DfE's
// looked-after publications, roughly (reviews about 90% on time, a tenth of children missing in a year, OC2 health
// checks near 90%, a mean SDQ score near 14).
internal sealed partial class Materializer
{
    private const ulong CareOutcomesStream = 0xC0_5EED_0C2;

    private static readonly Odds s_reviewLate = Odds.Of(0.04);
    private static readonly Odds s_firstReviewLate = Odds.Of(0.08);
    private static readonly Odds s_missingInYear = Odds.Of(0.11);
    private static readonly Odds s_away = Odds.Of(0.3);
    private static readonly Odds s_uasc = Odds.Of(0.25);
    private static readonly Odds s_sdqBlank = Odds.Of(0.22);
    private static readonly Odds s_sdqHigh = Odds.Of(0.12);
    private static readonly Odds s_flagBlank = Odds.Of(0.02);
    private static readonly string[] s_sdqReasons = Listed.All(Ssda903CodeLists.SdqReason);

    private int[] _pocStart = new int[8];

    private ulong CareOutcomes(ChildSimulator c, int index, string id, DateOnly dob, Output o)
    {
        if (c.Episodes.Count == 0)
        {
            return 0;
        }

        var rng = Prng.ForStream(_m.Seed ^ CareOutcomesStream, (ulong)index);
        PeriodsOfCare(c);
        var present = Reviews(c, id, dob, ref rng, o);
        present |= HealthOutcomes(c, id, dob, ref rng, o);
        present |= MissingIncidents(c, id, dob, ref rng, o);
        present |= Uasc(c, id, dob, ref rng, o);
        return present;
    }

    // The start of the period of care of each episode (Days.None for a short break): a new one at RNE S, or after a gap.
    private void PeriodsOfCare(ChildSimulator c)
    {
        if (_pocStart.Length < c.Episodes.Count)
        {
            _pocStart = new int[c.Episodes.Count * 2];
        }

        var (start, previousEnd) = (Days.None, Days.None);
        for (var i = 0; i < c.Episodes.Count; i++)
        {
            ref readonly var e = ref c.Episodes[i];
            if (e.Ls is Ls.V3 or Ls.V4)
            {
                _pocStart[i] = Days.None;
                continue;
            }

            if (e.Rne == Rne.S || e.Start != previousEnd)
            {
                start = e.Start;
            }

            _pocStart[i] = start;
            previousEnd = e.End;
        }
    }

    // Reviews of each period of care: the first mostly within 20 working days (28 calendar days never exceed them), the
    // second about 3 months after it, later ones about 6 months apart; now and then one late.
    private ulong Reviews(ChildSimulator c, string id, DateOnly dob, ref Prng rng, Output o)
    {
        ulong present = 0;
        for (var i = 0; i < c.Episodes.Count; i++)
        {
            var start = _pocStart[i];
            if (start == Days.None || (i > 0 && _pocStart[i - 1] == start))
            {
                continue;
            }

            // The period of care ends with the last of its episodes.
            var end = c.Episodes[i].End;
            for (var j = i + 1; j < c.Episodes.Count && _pocStart[j] == start; j++)
            {
                end = c.Episodes[j].End;
            }

            var held = start + (rng.Chance(s_firstReviewLate) ? rng.Between(29, 45) : rng.Between(10, 27));
            for (var k = 0; held < end && held <= _m.WindowEnd; k++)
            {
                if (Span(held, held, out var y, out _) && held >= _m.WindowStart)
                {
                    var review = new Review(id, dob, D(held));
                    o.Years[y].Reviews.Add(review);
                    o.Combined.Reviews.Add(review);
                    present |= 1UL << y;
                }

                var due = D(held).AddMonths(k == 0 ? 3 : 6).DayNumber;
                held = rng.Chance(s_reviewLate) ? due + rng.Between(1, 25) : due - rng.Between(0, 28);
            }
        }

        return present;
    }

    // An OC2 row in each return for a child looked after at its 31 March continuously for 12 months or more.
    private ulong HealthOutcomes(ChildSimulator c, string id, DateOnly dob, ref Prng rng, Output o)
    {
        ulong present = 0;
        for (var y = 0; y <= _last; y++)
        {
            var yearEnd = _yearEnd[y];
            var windowStart = D(yearEnd).AddMonths(-12).DayNumber + 1;
            var current = -1;
            for (var i = 0; i < c.Episodes.Count; i++)
            {
                ref readonly var e = ref c.Episodes[i];
                if (_pocStart[i] != Days.None && e.Start <= yearEnd && e.End > yearEnd)
                {
                    current = i;
                }
            }

            if (current < 0 || _pocStart[current] > windowStart)
            {
                continue;
            }

            var age = Age.At(dob, D(yearEnd));
            var sdqAge = age is >= 4 and <= 17;
            var blankSdq = sdqAge && rng.Chance(s_sdqBlank);
            int? score = sdqAge && !blankSdq ? rng.Between(0, 14) + rng.Between(0, 14) + (rng.Chance(s_sdqHigh) ? rng.Between(0, 12) : 0) : null;
            var outcome = new HealthOutcome(id, dob)
            {
                CollectionYear = _m.FirstYear + y,
                SdqScore = score,
                SdqReason = blankSdq ? s_sdqReasons[rng.Below(s_sdqReasons.Length)] : null,
                Convicted = age >= 10 ? Flag(ref rng, 0.04) : null,
                HealthCheck = Flag(ref rng, 0.9),
                Immunisations = Flag(ref rng, 0.85),
                TeethCheck = Flag(ref rng, 0.86),
                HealthAssessment = age < 5 ? Flag(ref rng, 0.88) : null,
                SubstanceMisuse = Flag(ref rng, 0.03),
            };
            o.Years[y].HealthOutcomes.Add(outcome);
            o.Combined.HealthOutcomes.Add(outcome);
            present |= 1UL << y;
        }

        return present;
    }

    // A 1/0 flag that is 1 with the probability, now and then blank.
    private static bool? Flag(ref Prng rng, double yes) =>
        rng.Chance(s_flagBlank) ? null : rng.Next() < Odds.Of(yes).Threshold;

    // Missing incidents (M, or A away without authorisation) in some of the years a child is looked after: one to
    // three, each in an episode of that year, lasting up to three days.
    private ulong MissingIncidents(ChildSimulator c, string id, DateOnly dob, ref Prng rng, Output o)
    {
        ulong present = 0;
        for (var y = 0; y <= _last; y++)
        {
            var (yearStart, yearEnd) = (y == 0 ? _m.WindowStart : _yearEnd[y - 1] + 1, _yearEnd[y]);
            var episode = -1;
            for (var i = 0; i < c.Episodes.Count; i++)
            {
                ref readonly var e = ref c.Episodes[i];
                if (_pocStart[i] != Days.None && e.Start <= yearEnd && e.End > yearStart)
                {
                    episode = i;
                }
            }

            if (episode < 0 || !rng.Chance(s_missingInYear))
            {
                continue;
            }

            ref readonly var during = ref c.Episodes[episode];
            var (from, to) = (Math.Max(during.Start, yearStart), Math.Min(during.End - 1, yearEnd));
            for (var n = rng.Between(1, 3); n > 0 && to >= from; n--)
            {
                var start = rng.Between(from, to);
                var end = start + rng.Between(0, 3);
                var incident = new MissingEpisode(id, dob, rng.Chance(s_away) ? "A" : "M", D(start), end <= _m.WindowEnd ? D(end) : null);
                o.Years[y].MissingEpisodes.Add(incident);
                o.Combined.MissingEpisodes.Add(incident);
                present |= 1UL << y;
            }
        }

        return present;
    }

    // A quarter of the children who first come into care aged 14 to 17 are unaccompanied asylum-seeking children: a UASC
    // row in every return that holds one of their episodes, ceasing at 18.
    private ulong Uasc(ChildSimulator c, string id, DateOnly dob, ref Prng rng, Output o)
    {
        var first = c.Episodes[0].Start;
        var age = Age.At(dob, D(first));
        if (age is < 14 or > 17 || !rng.Chance(s_uasc))
        {
            return 0;
        }

        var eighteen = c.Birthday(18);
        var row = new UnaccompaniedAsylumSeeker(id, (Codes.SexLettersFrom <= _m.FirstYear ? Sexes.Letters : Sexes.Numeric)[c.Sex], dob,
            eighteen <= _m.WindowEnd ? D(eighteen) : null);
        ulong present = 0;
        var last = c.Episodes[c.Episodes.Count - 1].End;
        if (Span(first, last, out var y0, out var y1))
        {
            for (var y = y0; y <= y1; y++)
            {
                o.Years[y].UnaccompaniedAsylumSeekers.Add(row);
                present |= 1UL << y;
            }

            o.Combined.UnaccompaniedAsylumSeekers.Add(row);
        }

        return present;
    }
}
