using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic;

/// <summary>
/// A data set (the synthetic authority's, or any authority's returns) as the Ofsted Annex A lists an authority would
/// send on <c>referenceDate</c> (specification 9): lists 1-8 over the 6 months to it, what is open at it, and the
/// young people of List 9 from the OC3 rows of the collection year holding it. Write them with
/// <c>AnnexAWorkbook.Write</c>; evaluate them with <see cref="AnnexADataSet"/>.
/// </summary>
/// <remarks>
/// The returns do not hold what only Annex A gives (visits, whether a child was seen alone, health and dental dates
/// of the lists, return interviews, pathway plans, workers): those columns are blank. A record dated after the
/// reference date is not yet known and is left out; an end after it is still open.
/// </remarks>
public static class AnnexAExtract
{
    /// <summary>The lists of <paramref name="data"/> at <paramref name="referenceDate"/>.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="referenceDate">The date of the extract.</param>
    public static AnnexALists From(DataSet data, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(data);
        var d = referenceDate;
        var from = d.AddMonths(-6).AddDays(1);
        var children = data.Children.ToDictionary(c => c.Id.Trim(), StringComparer.Ordinal);
        AnnexAChild Child(string id)
        {
            var child = children.GetValueOrDefault(id.Trim());
            return new AnnexAChild(id)
            {
                Gender = child?.Sex ?? default,
                Ethnicity = child?.Ethnicity,
                DateOfBirth = child?.DateOfBirth,
                Age = child?.DateOfBirth is { } dob && dob <= d ? Age.At(dob, d) : null,
            };
        }

        bool InWindow(DateOnly date) => date >= from && date <= d;
        DateOnly? Known(DateOnly? date) => date is { } x && x <= d ? x : null;

        // List 3, with each child's number of referrals in the 12 months before its latest listed referral (an earlier
        // referral P counts when the latest is on or before P + 12 months, the re-referral rule of the returns).
        var referrals = data.CinEpisodes.Where(e => InWindow(e.ReferralDate)).ToList();
        var byChild = data.CinEpisodes.ToLookup(e => e.ChildId.Trim(), StringComparer.Ordinal);
        var latest = referrals.GroupBy(e => e.ChildId.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(e => e.ReferralDate), StringComparer.Ordinal);
        int Earlier(string id) => byChild[id].Count(e => e.ReferralDate < latest[id] && latest[id] <= e.ReferralDate.AddMonths(12));

        return new AnnexALists
        {
            Contacts = [.. data.Contacts.Where(c => InWindow(c.Date)).Select(c => new AnnexAContact(Child(c.ChildId), c.Date))],
            Referrals = [.. referrals.Select(e => new AnnexAReferral(Child(e.ChildId), e.ReferralDate)
            {
                Source = e.ReferralSource,
                NoFurtherAction = e.ReferralNfa,
                ReferralsInLast12Months = Earlier(e.ChildId.Trim()),
            })],
            Assessments = [.. data.Assessments
                .Where(a => a.StartDate <= d && (a.AuthorisationDate is not { } done || done > d || done >= from))
                .Select(a => new AnnexAAssessment(Child(a.ChildId), a.StartDate) { AuthorisationDate = Known(a.AuthorisationDate) })],
            Section47Enquiries = [.. data.Section47Enquiries
                .Where(s => InWindow(s.StartDate) || (s.InitialConferenceDate is { } icpc && InWindow(icpc) && s.StartDate <= d))
                .Select(s => new AnnexASection47Enquiry(Child(s.ChildId), s.StartDate)
                {
                    ConferenceDate = Known(s.InitialConferenceDate),
                    ConferenceNotRequired = s.ConferenceNotRequired,
                })],
            ChildrenInNeed = [.. data.CinEpisodes
                .Where(e => e.ReferralDate <= d && (e.ClosureDate is not { } closed || closed >= from))
                .GroupBy(e => e.ChildId.Trim(), StringComparer.Ordinal)
                .Select(g => g.MaxBy(e => e.ReferralDate)!)
                .Select(e => new AnnexAChildInNeed(Child(e.ChildId))
                {
                    StartDate = e.ReferralDate,
                    ClosureDate = Known(e.ClosureDate),
                    ReasonForClosure = Known(e.ClosureDate) is null ? default : e.ReasonForClosure,
                    PrimaryNeed = e.PrimaryNeed,
                })],
            ChildProtectionPlans = [.. data.ChildProtectionPlans
                .Where(p => p.StartDate <= d && (p.EndDate is not { } end || end >= from))
                .GroupBy(p => p.ChildId.Trim(), StringComparer.Ordinal)
                .Select(g => (Latest: g.MaxBy(p => p.StartDate)!, Id: g.Key))
                .Select(x => new AnnexAChildProtectionPlan(Child(x.Latest.ChildId), x.Latest.StartDate)
                {
                    InitialCategory = x.Latest.InitialCategory,
                    LatestCategory = x.Latest.LatestCategory,
                    EndDate = Known(x.Latest.EndDate),
                    LatestReviewConference = x.Latest.ReviewDates.Where(r => r <= d).Cast<DateOnly?>().Max(),
                    PreviousPlans = Math.Max(x.Latest.NumberOfPreviousPlans ?? 0, data.ChildProtectionPlans.Count(p => p.ChildId.Trim() == x.Id && p.StartDate < x.Latest.StartDate)),
                })],
            ChildrenInCare = [.. ChildrenInCare(data, d, from, Child)],
            CareLeavers = [.. CareLeavers(data, d, Child)],
        };
    }

    // List 8: each child's period of care open at d or ceased in the window, as the latest episode known at d says.
    private static IEnumerable<AnnexAChildInCare> ChildrenInCare(DataSet data, DateOnly d, DateOnly from, Func<string, AnnexAChild> child)
    {
        var uascUntil = data.UnaccompaniedAsylumSeekers.ToLookup(u => u.ChildId.Trim(), StringComparer.Ordinal);
        var reviews = data.Reviews.ToLookup(r => r.ChildId.Trim(), StringComparer.Ordinal);
        var missing = data.MissingEpisodes.ToLookup(m => m.ChildId.Trim(), StringComparer.Ordinal);
        foreach (var id in data.Episodes.Select(e => e.ChildId).Distinct(StringComparer.Ordinal))
        {
            var poc = data.PeriodsOfCare(id).LastOrDefault(p => p.Start <= d && (p.End is not { } end || end >= from));
            if (poc is null)
            {
                continue;
            }

            var ended = poc.End is { } e && e <= d;
            var current = poc.Episodes.Last(x => x.Start <= d);
            var placements = data.Placements(id);
            var placement = placements.LastOrDefault(p => p.Start >= poc.Start && p.Start <= d);
            var yearStart = d.AddMonths(-12).AddDays(1);
            var key = id.Trim();
            yield return new AnnexAChildInCare(child(id), poc.Start)
            {
                Uasc = uascUntil[key].Any(u => u.DateCeasedUasc is not { } until || until > d.AddMonths(-12)),
                CategoryOfNeed = current.CategoryOfNeed,
                LegalStatus = current.LegalStatus,
                LegalStatusStart = poc.Episodes.Where(x => x.Start <= d).Reverse().TakeWhile(x => x.LegalStatus == current.LegalStatus).Last().Start,
                LatestReview = reviews[key].Select(r => r.ReviewDate).Where(r => r <= d && r >= poc.Start).Cast<DateOnly?>().Max(),
                PeriodEnd = ended ? poc.End : null,
                ReasonCeased = ended ? current.ReasonEnded : default,
                PlacementStart = placement?.Start,
                PlacementsInLast12Months = placements.Count(p => p.Start <= d && (p.End is not { } end || end > yearStart)),
                Placement = current.Placement,
                PlacementProvider = current.PlacementProvider,
                PlacementPostcode = current.PlacementPostcode,
                Urn = current.Urn,
                MissingEpisodesInLast12Months = missing[key].Count(m => m.Start <= d && m.Start > d.AddMonths(-12) && m.Kind is "M"),
                AbsenceEpisodesInLast12Months = missing[key].Count(m => m.Start <= d && m.Start > d.AddMonths(-12) && m.Kind is "A"),
            };
        }
    }

    // List 9: the OC3 rows of the collection year holding d (the latest when none is of that year).
    private static IEnumerable<AnnexACareLeaver> CareLeavers(DataSet data, DateOnly d, Func<string, AnnexAChild> child)
    {
        var year = d.Month >= 4 ? d.Year + 1 : d.Year;
        return data.CareLeaverOutcomes
            .Where(o => o.CollectionYear is null || o.CollectionYear == year)
            .Select(o => new AnnexACareLeaver(child(o.ChildId) with { DateOfBirth = o.DateOfBirth ?? child(o.ChildId).DateOfBirth })
            {
                InTouch = o.InTouch,
                Activity = o.Activity,
                Accommodation = o.Accommodation,
                AccommodationSuitable = o.Accommodation.Code.Length == 2 ? o.Accommodation.Code[1] == '1' : null,
            });
    }
}
