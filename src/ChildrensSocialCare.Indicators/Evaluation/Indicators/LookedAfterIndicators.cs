namespace ChildrensSocialCare.Indicators;

internal static class LookedAfterIndicators
{
    // cla-rate (DfE A1): distinct children with an episode open at the period end; V3/V4 ignored.
    public static Tally Rate(EvaluationContext c, ExplanationBuilder? x)
    {
        var care = c.Data.Care;
        long count = 0;
        foreach (var child in care.EpisodeChildren)
        {
            var episode = OpenEpisodeAtEnd(c, child, x);
            if (episode >= 0)
            {
                count++;
                x?.Numerator(Entries.Episode(c, episode));
            }
        }

        return new Tally(count, 0);
    }

    // cla-3plus-placements (NI 62): of the children looked after at the period end, those with 3 or more placements
    // overlapping the period (the one current at its start counts, and so do placements of an earlier period of care).
    public static Tally ThreeOrMorePlacements(EvaluationContext c, ExplanationBuilder? x)
    {
        var care = c.Data.Care;
        var placements = care.Placements(c.Options.PlacementChange);
        long numerator = 0;
        long denominator = 0;
        foreach (var child in care.EpisodeChildren)
        {
            var episode = OpenEpisodeAtEnd(c, child, x);
            if (episode < 0)
            {
                continue;
            }

            var count = 0;
            for (var p = placements.Offsets[child]; p < placements.Offsets[child + 1]; p++)
            {
                if (c.Overlaps(placements.Start[p], placements.End[p]))
                {
                    count++;
                }
            }

            denominator++;
            var many = count >= 3;
            if (many)
            {
                numerator++;
            }

            x?.Member(Entries.Episode(c, episode, PlacementStarts(c, placements, child)), many);
        }

        return new Tally(numerator, denominator);
    }

    // cla-long-term-stability (NI 63): children looked after at the period end, under 16 then, whose current period
    // of care started on or before (period end - 30 months); numerator those whose current placement started on or
    // before (period end - 2 years).
    public static Tally LongTermStability(EvaluationContext c, ExplanationBuilder? x)
    {
        var care = c.Data.Care;
        var placements = care.Placements(c.Options.PlacementChange);
        var careCutoff = Day.AddMonths(c.End, -30);
        var placementCutoff = Day.AddMonths(c.End, -24);
        var periodEnd = c.Period.End;
        long numerator = 0;
        long denominator = 0;
        foreach (var child in care.EpisodeChildren)
        {
            var episode = OpenEpisodeAtEnd(c, child, x);
            if (episode < 0)
            {
                continue;
            }

            var dob = c.Data.ChildTable.DateOfBirth[child];
            if (dob == Day.None)
            {
                x?.Exclude(Entries.Episode(c, episode), "no date of birth");
                continue;
            }

            var age = Age.At(Day.ToDate(dob), periodEnd);
            if (age >= 16)
            {
                x?.Exclude(Entries.Episode(c, episode, new KeyDate("date of birth", Day.ToDate(dob))), $"aged {age} at the period end (16 or over)");
                continue;
            }

            var poc = care.EpisodePoc[episode];
            if (care.PocStart[poc] > careCutoff)
            {
                x?.Exclude(Entries.Episode(c, episode, new KeyDate("period of care start", Day.ToDate(care.PocStart[poc]))),
                    "looked after for less than 2.5 years at the period end");
                continue;
            }

            var placement = placements.EpisodePlacement[episode];
            denominator++;
            var stable = placements.Start[placement] <= placementCutoff;
            if (stable)
            {
                numerator++;
            }

            x?.Member(Entries.Episode(c, episode,
                new KeyDate("period of care start", Day.ToDate(care.PocStart[poc])),
                new KeyDate("placement start", Day.ToDate(placements.Start[placement]))), stable);
        }

        return new Tally(numerator, denominator);
    }

    // adoption-entry-to-placement-days (scorecard A1): for each child adopted in the period (an episode ending with
    // REC E11 or E12 in the period), days from the start of the period of care that ended in adoption to the start of
    // the placement (carer spell) in which the child was adopted. Mean as the value, with the median and the count.
    public static Tally AdoptionDays(EvaluationContext c, ExplanationBuilder? x)
    {
        var care = c.Data.Care;
        var placements = care.CarerChange;
        var days = new List<long>();
        foreach (var poc in care.Adoptions.InPeriod(c, tableOrder: x is not null))
        {
            var i = care.PocLast[poc];
            var placementStart = placements.Start[placements.EpisodePlacement[i]];
            days.Add(placementStart - care.PocStart[poc]);
            x?.Member(Entries.Episode(c, i,
                new KeyDate("entered care", Day.ToDate(care.PocStart[poc])),
                new KeyDate("moved in with adopters", Day.ToDate(placementStart))), true);
        }

        days.Sort();
        decimal? median = days.Count == 0 ? null
            : days.Count % 2 == 1 ? days[days.Count / 2]
            : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2m;
        ResultDetail[] details =
        [
            new("median", "Median days", median ?? 0, null, median, Unit.Days),
            new("count", "Children adopted", days.Count, null, days.Count, Unit.Count),
        ];
        return new Tally(days.Sum(), days.Count) { Details = details };
    }

    // The child's episode open at the period end (not a short break), or -1. Short breaks open then are listed as
    // excluded when explaining.
    private static int OpenEpisodeAtEnd(EvaluationContext c, int child, ExplanationBuilder? x)
    {
        var care = c.Data.Care;
        var found = -1;
        for (var i = care.Offsets[child]; i < care.Offsets[child + 1]; i++)
        {
            if (!c.OpenAtEnd(care.Start[i], care.End[i]))
            {
                continue;
            }

            if (care.ShortBreak[i])
            {
                x?.Exclude(Entries.Episode(c, i), "an agreed series of short-term breaks (V3/V4) is ignored");
                continue;
            }

            // The latest open episode, so that the current placement is found through it.
            found = i;
        }

        return found;
    }

    private static KeyDate[] PlacementStarts(EvaluationContext c, PlacementTable placements, int child)
    {
        var dates = new List<KeyDate>();
        for (var p = placements.Offsets[child]; p < placements.Offsets[child + 1]; p++)
        {
            if (c.Overlaps(placements.Start[p], placements.End[p]))
            {
                dates.Add(new KeyDate("placement start", Day.ToDate(placements.Start[p])));
            }
        }

        return [.. dates];
    }
}
