namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-long-term-stability</c>: Under 16s looked after 2.5 years or more, in the same placement 2 years or more.</summary>
/// <remarks>
/// Children looked after at the period end (short breaks ignored), under 16 then, whose current period of care
/// started on or before (period end - 30 calendar months); the numerator those whose current placement started on
/// or before (period end - 2 calendar years) (NI 63; DfE Stability measures for children looked after in England).
/// A child with no date of birth is left out and listed.
/// </remarks>
internal sealed class LookedAfterLongTermStability : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 220,
        Id = "cla-long-term-stability",
        FromAnnexA = true,
        Title = "Under 16s looked after 2.5 years or more, in the same placement 2 years or more",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["NI 63"],
        Source = Sources.Stability,
        Numerator = "Of those, children whose current placement started on or before (period end - 2 calendar years)",
        Denominator = "Children looked after at the period end, aged under 16 then, whose current period of care started on or before (period end - 30 calendar months)",
        Decisions = [
            "A period of care is a chain of episodes joined by REC X1 on the same day.",
            "A child placed for adoption with their foster carer (RNE T or U) stays in the same placement.",
            "Age is taken from the header DOB, falling back to the OC3 DOB; where rows disagree, the earliest date is used.",
            "The current period of care and placement are those of the episode open at the period end.",
        ],
        Options = [nameof(EvaluationOptions.PlacementChange)],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.ShortBreak, ExclusionCodes.EpisodeNoDateOfBirth, ExclusionCodes.EpisodeAged16OrOver, ExclusionCodes.EpisodeLookedAfterUnder30Months],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        LookedAfterAtEnd.Run(c, new Stable(c, c.Data.Care.Placements(c.Options.PlacementChange)), ref sink);

    // An entry shows the dates of the rule that decided it: the date of birth for age, the period of care's start
    // for its length, and for a member that and the current placement's start.
    public override UnitSource Units(EvaluationContext c)
    {
        var care = c.Data.Care;
        var placements = care.Placements(c.Options.PlacementChange);
        var dateOfBirth = c.Data.ChildTable.DateOfBirth;
        KeyDate PocStart(int row) => new("period of care start", Day.ToDate(care.PocStart[care.EpisodePoc[row]]));
        return TableUnits.Episodes(c,
            (row, code) => code switch
            {
                ExclusionCodes.EpisodeNoDateOfBirth => [],
                ExclusionCodes.EpisodeAged16OrOver => [new KeyDate("date of birth", Day.ToDate(dateOfBirth[care.Child[row]]))],
                ExclusionCodes.EpisodeLookedAfterUnder30Months => [PocStart(row)],
                _ => [PocStart(row), new KeyDate("placement start", Day.ToDate(placements.Start[placements.EpisodePlacement[row]]))],
            },
            (row, code) => code == ExclusionCodes.EpisodeAged16OrOver
                ? $"aged {Age.At(Day.ToDate(dateOfBirth[care.Child[row]]), c.Period.End)} at the period end (16 or over)"
                : null);
    }

    private readonly struct Stable(EvaluationContext c, PlacementTable placements) : IUnitRule
    {
        private readonly CareTable _care = c.Data.Care;
        private readonly int[] _dateOfBirth = c.Data.ChildTable.DateOfBirth;
        private readonly int _careCutoff = Day.AddMonths(c.End, -30);
        private readonly int _placementCutoff = Day.AddMonths(c.End, -24);

        public Verdict Judge(int row)
        {
            var dob = _dateOfBirth[_care.Child[row]];
            if (dob == Day.None)
            {
                return Verdict.Excluded(ExclusionCodes.EpisodeNoDateOfBirth);
            }

            if (Age.At(Day.ToDate(dob), c.Period.End) >= 16)
            {
                return Verdict.Excluded(ExclusionCodes.EpisodeAged16OrOver);
            }

            if (_care.PocStart[_care.EpisodePoc[row]] > _careCutoff)
            {
                return Verdict.Excluded(ExclusionCodes.EpisodeLookedAfterUnder30Months);
            }

            return Verdict.Member(placements.Start[placements.EpisodePlacement[row]] <= _placementCutoff);
        }
    }
}
