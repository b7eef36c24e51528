using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic.Tests;

// Every record of the demonstration authority is chronological and consistent with the rules of the returns and of the
// specification (INDICATORS.md sections 1 and 2), checked record by record.
[Collection(DemoCollection.Name)]
public class ConsistencyTests(DemoFixture demo)
{
    private readonly RecordSet _records = demo.Authority.Records;

    [Fact]
    public void Every_record_belongs_to_a_child_with_a_header_and_happens_after_its_birth()
    {
        var dob = _records.Children.ToDictionary(c => c.Id, c => c.DateOfBirth!.Value, StringComparer.Ordinal);
        Assert.Equal(_records.Children.Count, dob.Count);
        foreach (var e in _records.CinEpisodes)
        {
            Assert.True(e.ReferralDate >= dob[e.ChildId]);
        }

        foreach (var c in _records.Contacts)
        {
            Assert.True(c.Date >= dob[c.ChildId]);
        }

        foreach (var e in _records.Episodes)
        {
            Assert.True(e.Start >= dob[e.ChildId]);
        }

        foreach (var o in _records.CareLeaverOutcomes)
        {
            Assert.Equal(dob[o.ChildId], o.DateOfBirth);
        }
    }

    [Fact]
    public void Episodes_of_need_close_after_they_open_and_never_overlap()
    {
        foreach (var child in _records.CinEpisodes.GroupBy(e => e.ChildId))
        {
            CinEpisode? previous = null;
            foreach (var e in child.OrderBy(e => e.ReferralDate))
            {
                Assert.True(e.ClosureDate is null || e.ClosureDate >= e.ReferralDate);
                Assert.Equal(e.ClosureDate is null, e.ReasonForClosure.IsEmpty);

                // A referral is not recorded while a case is open.
                Assert.True(previous is null || (previous.ClosureDate is { } closed && closed < e.ReferralDate),
                    $"{e.ChildId}: referral {e.ReferralDate} while the episode of {previous?.ReferralDate} is open");
                previous = e;
            }
        }
    }

    [Fact]
    public void Assessments_enquiries_and_plans_sit_inside_their_episode_of_need_in_order()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var episodes = _records.CinEpisodes.ToDictionary(e => e.Id!, StringComparer.Ordinal);
        foreach (var a in _records.Assessments)
        {
            var e = episodes[a.EpisodeId!];
            Assert.Equal(e.ReferralDate, a.ReferralDate);
            Assert.True(a.StartDate >= e.ReferralDate);
            Assert.True(a.AuthorisationDate is null || a.AuthorisationDate >= a.StartDate);
            Assert.True(e.ClosureDate is null || (a.AuthorisationDate is { } done && done <= e.ClosureDate),
                $"{a.Id}: authorised {a.AuthorisationDate} after the episode closed {e.ClosureDate}");
        }

        foreach (var s in _records.Section47Enquiries)
        {
            var e = episodes[s.EpisodeId!];
            Assert.True(s.StartDate >= e.ReferralDate);
            Assert.Equal(calendar.AddWorkingDays(s.StartDate, 15), s.InitialConferenceTarget);
            Assert.True(s.InitialConferenceDate is null || s.InitialConferenceDate >= s.StartDate);
            Assert.False(s.ConferenceNotRequired && s.InitialConferenceDate is not null);
            Assert.True(s.InitialConferenceDate is null || e.DateOfInitialCpc == s.InitialConferenceDate);
        }

        foreach (var p in _records.ChildProtectionPlans)
        {
            var e = episodes[p.EpisodeId!];

            // A child becomes subject of a plan at the initial conference.
            Assert.Equal(e.DateOfInitialCpc, p.StartDate);
            Assert.True(p.EndDate is null || p.EndDate > p.StartDate);
            Assert.True(e.ClosureDate is null || (p.EndDate is { } end && end <= e.ClosureDate));
            Assert.All(p.ReviewDates, r => Assert.True(r > p.StartDate && (p.EndDate is null || r < p.EndDate)));
            Assert.True(p.InitialCategory.IsKnown && p.LatestCategory.IsKnown);
        }

        foreach (var child in _records.ChildProtectionPlans.GroupBy(p => p.ChildId))
        {
            var ordered = child.OrderBy(p => p.StartDate).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                // NumberOfPreviousCPP counts the child's earlier plans, including those before the collection years.
                Assert.True(ordered[i].NumberOfPreviousPlans >= ordered[i - 1].NumberOfPreviousPlans + 1);
                Assert.True(ordered[i - 1].EndDate < ordered[i].StartDate);
            }
        }
    }

    [Fact]
    public void Legacy_assessments_start_at_the_referral_and_complete_after_they_start()
    {
        var referrals = _records.CinEpisodes.Select(e => (e.ChildId, e.ReferralDate)).ToHashSet();
        foreach (var a in _records.LegacyAssessments)
        {
            Assert.True(a.CompletionDate is null || a.CompletionDate >= a.StartDate);
            Assert.True(a.ChildSeenAlone != true || a.ChildSeen == true);
            if (a.Kind == AssessmentKind.Initial)
            {
                Assert.Contains((a.ChildId, a.StartDate), referrals);
            }
        }
    }

    [Fact]
    public void Each_referral_is_a_contact_decided_as_a_referral_on_the_same_day()
    {
        var window = ReportingPeriod.Year(2012).Start;
        var referralContacts = _records.Contacts.Where(c => c.Outcome == ContactOutcome.Referral).Select(c => (c.ChildId, c.Date)).ToHashSet();
        foreach (var e in _records.CinEpisodes.Where(e => e.ReferralDate >= window))
        {
            Assert.Contains((e.ChildId, e.ReferralDate), referralContacts);
        }
    }

    [Fact]
    public void Episodes_of_care_chain_by_X1_and_start_periods_of_care_with_S()
    {
        foreach (var child in _records.Episodes.Where(e => !e.LegalStatus.IsShortBreak).GroupBy(e => e.ChildId))
        {
            var ordered = child.OrderBy(e => e.Start).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var e = ordered[i];
                Assert.True(e.End is null || e.End > e.Start, $"{e.ChildId} {e.Start}: DEC not after DECOM");
                Assert.Equal(e.End is null, e.ReasonEnded.IsEmpty);
                if (i + 1 == ordered.Count)
                {
                    Assert.False(e.ReasonEnded.IsContinuation, $"{e.ChildId} {e.Start}: X1 with no next episode");
                    continue;
                }

                var next = ordered[i + 1];
                Assert.NotNull(e.End);
                if (e.ReasonEnded.IsContinuation)
                {
                    Assert.Equal(e.End, next.Start);
                    Assert.NotEqual(ReasonForNewEpisode.StartedToBeLookedAfter, next.ReasonForNewEpisode);
                }
                else
                {
                    Assert.True(next.Start > e.End);
                    Assert.Equal(ReasonForNewEpisode.StartedToBeLookedAfter, next.ReasonForNewEpisode);
                }
            }
        }
    }

    [Fact]
    public void Placements_follow_the_SSDA903_rules_for_adoption_and_temporary_moves()
    {
        foreach (var child in _records.Episodes.Where(e => !e.LegalStatus.IsShortBreak).GroupBy(e => e.ChildId))
        {
            var ordered = child.OrderBy(e => e.Start).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var e = ordered[i];
                var previous = i > 0 && ordered[i - 1].ReasonEnded.IsContinuation ? ordered[i - 1] : null;
                var next = e.ReasonEnded.IsContinuation ? ordered[i + 1] : null;

                // D2I rule 217: placed for adoption with the current foster carer (A3, A5) only with RNE S, T or U.
                if (e.Placement.Code is "A3" or "A5")
                {
                    Assert.Contains(e.ReasonForNewEpisode.Code, new[] { "S", "T", "U" });
                }

                // D2I rule 390: adopted only from a placement for adoption; rule 336: a foster placement before it.
                if (e.ReasonEnded.IsAdoption)
                {
                    Assert.True(e.Placement.IsPlacedForAdoption);
                }

                if (e.Placement.IsPlacedForAdoption && previous is not null && !previous.Placement.IsPlacedForAdoption)
                {
                    Assert.True(previous.Placement.IsFoster, $"{e.ChildId} {e.Start}: placed for adoption from {previous.Placement}");
                }

                // A period of care neither starts nor ends in a temporary placement, and the child returns to the
                // placement they had before it (the same PLACE, URN and postcode). Only for temporary placements
                // wholly inside the collection years, so that both neighbours are in the records.
                if (e.Placement.IsTemporary && e.End is not null && e.Start >= ReportingPeriod.Year(2012).Start)
                {
                    Assert.NotNull(previous);
                    Assert.NotNull(next);
                    Assert.Equal(previous!.Placement, next!.Placement);
                    Assert.Equal(previous.Urn, next.Urn);
                    Assert.Equal(previous.PlacementPostcode, next.PlacementPostcode);
                    Assert.True(e.End.Value.DayNumber - e.Start.DayNumber <= 14);
                }

                // A change of placement with the same carer keeps the carer's postcode.
                if (e.ReasonForNewEpisode.ChangesPlacementKeepingCarer && previous is not null)
                {
                    Assert.Equal(previous.PlacementPostcode, e.PlacementPostcode);
                }
            }
        }
    }

    [Fact]
    public void Short_breaks_stay_within_the_respite_limits_and_apart_from_care()
    {
        var care = _records.Episodes.Where(e => !e.LegalStatus.IsShortBreak).ToLookup(e => e.ChildId, StringComparer.Ordinal);
        var breaks = _records.Episodes.Where(e => e.LegalStatus.IsShortBreak).ToList();
        Assert.NotEmpty(breaks);
        foreach (var child in breaks.GroupBy(e => e.ChildId))
        {
            // A child on short breaks may later come into care, but not during a break.
            foreach (var b in child)
            {
                Assert.DoesNotContain(care[child.Key], c => c.Start < (b.End ?? DateOnly.MaxValue) && (c.End ?? DateOnly.MaxValue) > b.Start);
            }

            // D2I rules 365 and 426: a V3 break lasts at most 17 days; a child is not under both V3 and V4.
            Assert.Single(child.Select(e => e.LegalStatus).Distinct());
            foreach (var e in child.Where(e => e.LegalStatus == LegalStatus.V3 && e.End is not null))
            {
                Assert.InRange(e.End!.Value.DayNumber - e.Start.DayNumber, 1, 17);
            }

            // D2I rule 367: at most 75 days of V3 breaks in a year.
            foreach (var year in child.Where(e => e.LegalStatus == LegalStatus.V3 && e.End is not null).GroupBy(e => ReportingYear.Containing(e.Start)))
            {
                Assert.True(year.Sum(e => e.End!.Value.DayNumber - e.Start.DayNumber) <= 75);
            }
        }
    }

    [Fact]
    public void Looked_after_children_are_children_in_need_while_in_care()
    {
        var episodes = _records.CinEpisodes.ToLookup(e => e.ChildId, StringComparer.Ordinal);
        foreach (var e in _records.Episodes)
        {
            Assert.Contains(episodes[e.ChildId], cin =>
                cin.ReferralDate <= e.Start && (cin.ClosureDate is null || (e.End is { } end && cin.ClosureDate >= end)));
        }
    }

    [Fact]
    public void Care_leavers_outcomes_are_at_19_20_or_21_and_follow_the_OC3_code_rules()
    {
        Assert.NotEmpty(_records.CareLeaverOutcomes);
        foreach (var o in _records.CareLeaverOutcomes)
        {
            var year = ReportingYear.Ending(o.CollectionYear!.Value);
            var ages = new[] { 19, 20, 21 }.Where(a => year.Contains(Age.BirthdayIn(o.DateOfBirth!.Value, o.DateOfBirth.Value.Year + a)));
            Assert.Single(ages);
            Assert.True(o.InTouch.IsKnown && o.Activity.IsKnown && o.Accommodation.IsKnown);

            // Activity and accommodation are known only for young people the authority is in touch with.
            Assert.Equal(o.InTouch.IsInTouch, o.Activity.Code != "0");
            Assert.Equal(o.InTouch.IsInTouch, o.Accommodation.Code != "0");
        }
    }

    [Fact]
    public void Every_code_is_in_its_code_list_and_every_identifier_is_unique()
    {
        Assert.All(_records.Children, c => Assert.True(c.Sex.IsKnown));
        Assert.All(_records.CinEpisodes, e => Assert.True(e.PrimaryNeed.IsKnown && (e.ClosureDate is null || e.ReasonForClosure.IsKnown)));
        Assert.All(_records.Episodes, e =>
        {
            Assert.True(e.ReasonForNewEpisode.IsKnown && e.LegalStatus.IsKnown && e.Placement.IsKnown && e.CategoryOfNeed.IsKnown);
            Assert.True(e.End is null || e.ReasonEnded.IsKnown);
            Assert.True(e.PlacementProvider.IsEmpty || e.PlacementProvider.IsKnown);
        });
        Assert.Equal(_records.CinEpisodes.Count, _records.CinEpisodes.Select(e => e.Id).Distinct().Count());
        Assert.Equal(_records.Assessments.Count, _records.Assessments.Select(e => e.Id).Distinct().Count());
        Assert.Equal(_records.ChildProtectionPlans.Count, _records.ChildProtectionPlans.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void UPNs_have_the_DfE_check_letter_and_the_authority_code()
    {
        // An independent transcription of CIN census validation rule 1510.
        const string letters = "ABCDEFGHJKLMNPQRTUVWXYZ";
        var withUpn = _records.Children.Where(c => c.Upn is not null).ToList();
        Assert.NotEmpty(withUpn);
        foreach (var c in withUpn)
        {
            var upn = c.Upn!;
            Assert.Equal(13, upn.Length);
            Assert.StartsWith("201", upn[1..]);
            var sum = 0;
            for (var i = 1; i < 13; i++)
            {
                sum += (upn[i] - '0') * (i + 1);
            }

            Assert.Equal(letters[sum % 23], upn[0]);
        }

        Assert.All(_records.Children.Where(c => c.Upn is null), c => Assert.Equal("UN1", c.UpnUnknown));
    }
}
