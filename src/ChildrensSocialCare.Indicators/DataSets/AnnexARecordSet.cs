using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// Ofsted Annex A lists 1-9 as the records of the returns (specification 9.2), so that the definitions of sections 2
// and 8 whose inputs the lists hold run on them unchanged. What a list does not say is not invented beyond the
// decisions below (AnnexADataSet lists them for callers):
// - List 1 has no outcome: a contact's outcome is Other (contacts by outcome are not available from Annex A).
// - List 3 referrals and List 6 episodes are CIN episodes; the List 6 row whose CIN Start Date is one of the child's
//   referral dates closes that referral (its closure date, reason and primary need); a List 6 row with another start
//   is an episode of its own. A referral that is not the child's List 6 episode is taken as closed on its referral
//   date (List 6 holds each child's most recent episode only; an earlier one has closed).
// - List 8 is one period of care per child: an episode from Date Started to be Looked After with the current legal
//   status, and, when the most recent placement started later, a second from that start (RNE P, a change of carer);
//   the earlier episode's placement and legal status are taken to be the current ones (the list does not give them).
//   A child with UASC = Y is unaccompanied at the reference date.
// - List 9 rows are care-leaver outcomes with no collection year (the birthday in the period decides the cohort).
internal static class AnnexARecordSet
{
    public static RecordSet From(AnnexALists lists)
    {
        var set = new RecordSet { Source = "Annex A" };
        AddChildren(set, lists);

        foreach (var c in lists.Contacts)
        {
            set.Contacts.Add(new Contact(c.Child.ChildId, c.Date, ContactOutcome.Other));
        }

        // The child's List 6 row (its most recent episode), by id.
        var cin = new Dictionary<string, AnnexAChildInNeed>(StringComparer.Ordinal);
        foreach (var e in lists.ChildrenInNeed)
        {
            cin.TryAdd(e.Child.ChildId.Trim(), e);
        }

        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in lists.Referrals)
        {
            var id = r.Child.ChildId.Trim();
            if (cin.TryGetValue(id, out var e) && e.StartDate == r.Date && matched.Add(id))
            {
                set.CinEpisodes.Add(new CinEpisode(r.Child.ChildId, r.Date, e.ClosureDate, e.ReasonForClosure, r.NoFurtherAction)
                {
                    ReferralSource = r.Source,
                    PrimaryNeed = e.PrimaryNeed,
                });
            }
            else
            {
                set.CinEpisodes.Add(new CinEpisode(r.Child.ChildId, r.Date, r.Date, default, r.NoFurtherAction) { ReferralSource = r.Source });
            }
        }

        foreach (var e in lists.ChildrenInNeed)
        {
            if (e.StartDate is { } start && !matched.Contains(e.Child.ChildId.Trim()))
            {
                set.CinEpisodes.Add(new CinEpisode(e.Child.ChildId, start, e.ClosureDate, e.ReasonForClosure) { PrimaryNeed = e.PrimaryNeed });
            }
        }

        foreach (var a in lists.Assessments)
        {
            set.Assessments.Add(new Assessment(a.Child.ChildId, a.StartDate, a.AuthorisationDate));
        }

        foreach (var s in lists.Section47Enquiries)
        {
            set.Section47Enquiries.Add(new Section47Enquiry(s.Child.ChildId, s.StrategyDiscussionDate, s.ConferenceDate, s.ConferenceNotRequired == true));
        }

        foreach (var p in lists.ChildProtectionPlans)
        {
            set.ChildProtectionPlans.Add(new ChildProtectionPlan(p.Child.ChildId, p.StartDate, p.EndDate)
            {
                InitialCategory = p.InitialCategory,
                LatestCategory = p.LatestCategory,
                NumberOfPreviousPlans = p.PreviousPlans,
                ReviewDates = p.LatestReviewConference is { } review ? [review] : [],
            });
        }

        foreach (var l in lists.ChildrenInCare)
        {
            AddPeriodOfCare(set, l);
        }

        foreach (var l in lists.CareLeavers)
        {
            set.CareLeaverOutcomes.Add(new CareLeaverOutcome(l.Child.ChildId, l.Child.DateOfBirth, l.InTouch, l.Activity, l.Accommodation));
        }

        return set;
    }

    private static void AddPeriodOfCare(RecordSet set, AnnexAChildInCare l)
    {
        var id = l.Child.ChildId;
        var start = l.PeriodStart;
        LookedAfterEpisode Episode(DateOnly from, ReasonForNewEpisode rne, DateOnly? to, ReasonEpisodeCeased rec) =>
            new(id, from, rne, l.LegalStatus, l.Placement, to, rec)
            {
                CategoryOfNeed = l.CategoryOfNeed,
                PlacementProvider = l.PlacementProvider,
                PlacementPostcode = l.PlacementPostcode,
                Urn = l.Urn,
            };

        if (l.PlacementStart is { } placed && placed > start && (l.PeriodEnd is not { } end || placed < end))
        {
            set.Episodes.Add(Episode(start, ReasonForNewEpisode.StartedToBeLookedAfter, placed, new ReasonEpisodeCeased("X1")));
            set.Episodes.Add(Episode(placed, ReasonForNewEpisode.PlacementAndCarerChange, l.PeriodEnd, l.ReasonCeased));
        }
        else
        {
            set.Episodes.Add(Episode(start, ReasonForNewEpisode.StartedToBeLookedAfter, l.PeriodEnd, l.ReasonCeased));
        }

        if (l.Uasc == true)
        {
            set.UnaccompaniedAsylumSeekers.Add(new UnaccompaniedAsylumSeeker(id, l.Child.Gender, l.Child.DateOfBirth));
        }
    }

    // One child record per id: the first row's columns, a later row's date of birth when the first has none.
    private static void AddChildren(RecordSet set, AnnexALists lists)
    {
        var children = new Dictionary<string, Child>(StringComparer.Ordinal);
        IEnumerable<AnnexAChild> all = lists.Contacts.Select(r => r.Child)
            .Concat(lists.EarlyHelpAssessments.Select(r => r.Child))
            .Concat(lists.Referrals.Select(r => r.Child))
            .Concat(lists.Assessments.Select(r => r.Child))
            .Concat(lists.Section47Enquiries.Select(r => r.Child))
            .Concat(lists.ChildrenInNeed.Select(r => r.Child))
            .Concat(lists.ChildProtectionPlans.Select(r => r.Child))
            .Concat(lists.ChildrenInCare.Select(r => r.Child))
            .Concat(lists.CareLeavers.Select(r => r.Child))
            .Concat(lists.Adoptions.Select(r => r.Child));
        foreach (var c in all)
        {
            var id = c.ChildId.Trim();
            if (!children.TryGetValue(id, out var known))
            {
                children[id] = new Child(id, c.DateOfBirth, c.Gender) { Ethnicity = c.Ethnicity };
            }
            else if (known.DateOfBirth is null && c.DateOfBirth is not null)
            {
                children[id] = known with { DateOfBirth = c.DateOfBirth };
            }
        }

        set.Children.AddRange(children.Values);
    }
}
