using System.Globalization;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic;

// The records of a range of children: all years together, and one set per collection year.
internal sealed class Output
{
    public Output(int years, int? firstYear = null)
    {
        Combined = new RecordSet { Source = "synthetic" };
        Years = new RecordSet[years];
        for (var i = 0; i < years; i++)
        {
            Years[i] = firstYear is { } first
                ? new RecordSet { CollectionYear = first + i, Source = $"synthetic {first + i - 1}-{(first + i) % 100:00}" }
                : new RecordSet();
        }
    }

    public RecordSet Combined { get; }

    public RecordSet[] Years { get; }

    // Days looked after (short breaks aside) within the collection years, summed over children.
    public long CareDays { get; set; }

    public void Clear()
    {
        Clear(Combined);
        foreach (var y in Years)
        {
            Clear(y);
        }

        CareDays = 0;
    }

    public void AppendTo(Output target)
    {
        Append(Combined, target.Combined);
        for (var i = 0; i < Years.Length; i++)
        {
            Append(Years[i], target.Years[i]);
        }

        target.CareDays += CareDays;
    }

    // Sizes the target's lists for `factor` times this output's counts, so that they rarely grow (and copy) again.
    public void Reserve(Output target, double factor)
    {
        Reserve(Combined, target.Combined, factor);
        for (var i = 0; i < Years.Length; i++)
        {
            Reserve(Years[i], target.Years[i], factor);
        }
    }

    private static void Clear(RecordSet r)
    {
        r.Children.Clear();
        r.CinEpisodes.Clear();
        r.Assessments.Clear();
        r.LegacyAssessments.Clear();
        r.Section47Enquiries.Clear();
        r.ChildProtectionPlans.Clear();
        r.CinPlans.Clear();
        r.Contacts.Clear();
        r.Episodes.Clear();
        r.CareLeaverOutcomes.Clear();
        r.Adoptions.Clear();
        r.PlacedForAdoption.Clear();
        r.Reviews.Clear();
        r.HealthOutcomes.Clear();
        r.MissingEpisodes.Clear();
        r.UnaccompaniedAsylumSeekers.Clear();
    }

    private static void Append(RecordSet from, RecordSet to)
    {
        to.Children.AddRange(from.Children);
        to.CinEpisodes.AddRange(from.CinEpisodes);
        to.Assessments.AddRange(from.Assessments);
        to.LegacyAssessments.AddRange(from.LegacyAssessments);
        to.Section47Enquiries.AddRange(from.Section47Enquiries);
        to.ChildProtectionPlans.AddRange(from.ChildProtectionPlans);
        to.CinPlans.AddRange(from.CinPlans);
        to.Contacts.AddRange(from.Contacts);
        to.Episodes.AddRange(from.Episodes);
        to.CareLeaverOutcomes.AddRange(from.CareLeaverOutcomes);
        to.Adoptions.AddRange(from.Adoptions);
        to.PlacedForAdoption.AddRange(from.PlacedForAdoption);
        to.Reviews.AddRange(from.Reviews);
        to.HealthOutcomes.AddRange(from.HealthOutcomes);
        to.MissingEpisodes.AddRange(from.MissingEpisodes);
        to.UnaccompaniedAsylumSeekers.AddRange(from.UnaccompaniedAsylumSeekers);
    }

    private static void Reserve(RecordSet from, RecordSet to, double factor)
    {
        Reserve(from.Children, to.Children, factor);
        Reserve(from.CinEpisodes, to.CinEpisodes, factor);
        Reserve(from.Assessments, to.Assessments, factor);
        Reserve(from.LegacyAssessments, to.LegacyAssessments, factor);
        Reserve(from.Section47Enquiries, to.Section47Enquiries, factor);
        Reserve(from.ChildProtectionPlans, to.ChildProtectionPlans, factor);
        Reserve(from.CinPlans, to.CinPlans, factor);
        Reserve(from.Contacts, to.Contacts, factor);
        Reserve(from.Episodes, to.Episodes, factor);
        Reserve(from.CareLeaverOutcomes, to.CareLeaverOutcomes, factor);
        Reserve(from.Adoptions, to.Adoptions, factor);
        Reserve(from.PlacedForAdoption, to.PlacedForAdoption, factor);
        Reserve(from.Reviews, to.Reviews, factor);
        Reserve(from.HealthOutcomes, to.HealthOutcomes, factor);
        Reserve(from.MissingEpisodes, to.MissingEpisodes, factor);
        Reserve(from.UnaccompaniedAsylumSeekers, to.UnaccompaniedAsylumSeekers, factor);
    }

    private static void Reserve<T>(List<T> from, List<T> to, double factor) =>
        to.Capacity = Math.Max(to.Capacity, (int)Math.Min(int.MaxValue - 64, (from.Count * factor) + 64));
}

// Appends finished ranges of children to the final output in range order, whichever worker finishes first, and
// recycles their buffers. The final lists are sized once, from the first range, while the heap is still small, so that
// they are not regrown (a large-object allocation late on costs a full collection of a heap full of records).
internal sealed class Committer
{
    private readonly Output _final;
    private readonly Output?[] _pending;
    private readonly Stack<Output> _free = new();
    private readonly double _scale;
    private int _next;

    public Committer(Output final, int chunks, int children, int chunkSize)
    {
        _final = final;
        _pending = new Output?[chunks];
        _scale = (double)children / Math.Min(children, chunkSize);
    }

    public Output Rent(int years)
    {
        lock (_free)
        {
            if (_free.Count > 0)
            {
                return _free.Pop();
            }
        }

        return new Output(years);
    }

    public void Complete(int chunk, Output output)
    {
        lock (_free)
        {
            _pending[chunk] = output;
            while (_next < _pending.Length && _pending[_next] is { } ready)
            {
                if (_next == 0 && _pending.Length > 1)
                {
                    // Room for everything, with a margin for the sampling variation between ranges.
                    ready.Reserve(_final, _scale * 1.25);
                }

                ready.AppendTo(_final);
                ready.Clear();
                _free.Push(ready);
                _pending[_next] = null;
                _next++;
            }
        }
    }
}

// Turns a simulated child into records, as real returns would hold them. A record goes into the return of every
// collection year it overlaps (a record open across 31 March into both), as it stood on that year's 31 March: an end
// date after it is not yet known, so the record is still open there. The combined set holds each record as it stood at
// the end of the last year, which is exactly the version of the latest return that holds it, so combining the returns
// (the later wins) gives the combined set back.
internal sealed partial class Materializer
{
    private readonly Model _m;
    private readonly int[] _yearEnd;
    private readonly int _last;
    private readonly int _supportedAccommodationFrom = Model.YearStart(Codes.SupportedAccommodationFrom);
    private readonly int _reasonPlaceChangeFrom = Model.YearStart(Codes.ReasonPlaceChangeFrom);
    private string?[] _episodeIds = new string?[8];
    private string?[] _carerPostcodes = new string?[8];

    public Materializer(Model model)
    {
        _m = model;
        _last = model.LastYear - model.FirstYear;
        _yearEnd = new int[_last + 1];
        for (var i = 0; i <= _last; i++)
        {
            _yearEnd[i] = new DateOnly(model.FirstYear + i, 3, 31).DayNumber;
        }
    }

    public static string ChildId(int index) => (1_000_001 + (long)index).ToString(CultureInfo.InvariantCulture);

    public void Write(ChildSimulator c, int index, Output o)
    {
        var id = ChildId(index);
        var dob = Days.Date(c.DateOfBirth);
        ulong present = 0;
        if (_episodeIds.Length < c.Referrals.Count)
        {
            _episodeIds = new string?[c.Referrals.Count * 2];
        }

        Array.Clear(_episodeIds);
        present |= Contacts(c, id, o);
        present |= Referrals(c, id, o);
        present |= Assessments(c, index, id, o);
        present |= LegacyAssessments(c, id, o);
        present |= Enquiries(c, id, o);
        present |= Plans(c, index, id, o);
        present |= CinPlans(c, id, o);
        present |= Episodes(c, id, o);
        present |= Adoptions(c, id, dob, o);
        present |= Leavers(c, id, dob, o);
        present |= CareOutcomes(c, index, id, dob, o);
        Header(c, id, dob, present, o);
    }

    private static DateOnly D(int day) => DateOnly.FromDayNumber(day);

    private static DateOnly? Known(int day, int asAt) => day != Days.None && day <= asAt ? DateOnly.FromDayNumber(day) : null;

    // The collection years (as indexes) a record spanning [start, end] overlaps, or false when it misses them all.
    private bool Span(int start, int end, out int first, out int last)
    {
        first = 0;
        last = -1;
        if (start > _m.WindowEnd || end < _m.WindowStart)
        {
            return false;
        }

        first = YearIndex(start);
        last = YearIndex(end);
        return true;
    }

    // The index of the collection year holding a day (0 before the first, the last after the last).
    private int YearIndex(int day)
    {
        var i = 0;
        while (i < _last && day > _yearEnd[i])
        {
            i++;
        }

        return i;
    }

    private static ulong Bits(int first, int last) => (ulong.MaxValue >> (63 - last)) & (ulong.MaxValue << first);

    private static readonly string[] s_episodeSuffixes = Suffixes("-");
    private static readonly string[] s_assessmentSuffixes = Suffixes("-A");
    private static readonly string[] s_planSuffixes = Suffixes("-P");

    // CINdetailsID, AssessmentID and CPPID: the child's id and the record's number for the child.
    private static string Identifier(string id, string[] suffixes, string prefix, int number) =>
        number < suffixes.Length ? id + suffixes[number] : id + prefix + number.ToString(CultureInfo.InvariantCulture);

    private static string[] Suffixes(string prefix)
    {
        var suffixes = new string[64];
        for (var i = 0; i < suffixes.Length; i++)
        {
            suffixes[i] = prefix + i.ToString(CultureInfo.InvariantCulture);
        }

        return suffixes;
    }

    private string EpisodeId(string id, in ReferralRow r, int referral) =>
        _episodeIds[referral] ??= Identifier(id, s_episodeSuffixes, "-", r.Number);

    private ulong Contacts(ChildSimulator c, string id, Output o)
    {
        ulong present = 0;
        for (var i = 0; i < c.Contacts.Count; i++)
        {
            ref readonly var row = ref c.Contacts[i];
            if (!Span(row.Date, row.Date, out var y, out _))
            {
                continue;
            }

            var contact = new Contact(id, D(row.Date), row.Outcome);
            o.Combined.Contacts.Add(contact);
            o.Years[y].Contacts.Add(contact);
            present |= 1UL << y;
        }

        return present;
    }

    private ulong Referrals(ChildSimulator c, string id, Output o)
    {
        ulong present = 0;
        for (var i = 0; i < c.Referrals.Count; i++)
        {
            ref readonly var r = ref c.Referrals[i];
            if (!Span(r.Date, r.Closure, out var first, out var last))
            {
                continue;
            }

            var episodeId = EpisodeId(id, r, i);
            CinEpisode? version = null;
            var versionKey = -1;
            for (var y = first; y <= last; y++)
            {
                var asAt = _yearEnd[y];
                var closed = r.Closure <= asAt;
                var conference = Known(r.Conference, asAt);
                var key = (closed ? 1 : 0) | (conference is null ? 0 : 2);
                if (key != versionKey)
                {
                    versionKey = key;
                    version = new CinEpisode(id, D(r.Date), closed ? D(r.Closure) : null,
                        closed ? Closure.Values[r.Reason] : default, r.Nfa)
                    {
                        Id = episodeId,
                        ReferralSource = ReferralSources.Values[r.Source],
                        PrimaryNeed = Need.Values[r.Need],
                        DateOfInitialCpc = conference,
                    };
                }

                o.Years[y].CinEpisodes.Add(version!);
            }

            o.Combined.CinEpisodes.Add(version!);
            present |= Bits(first, last);
        }

        return present;
    }

    private ulong Assessments(ChildSimulator c, int index, string id, Output o)
    {
        ulong present = 0;
        var factorsRng = Prng.ForStream(_m.Seed ^ FactorsStream, (ulong)index);
        for (var i = 0; i < c.Assessments.Count; i++)
        {
            ref readonly var a = ref c.Assessments[i];
            if (!Span(a.Start, a.Authorised, out var first, out var last))
            {
                continue;
            }

            ref readonly var r = ref c.Referrals[a.Referral];
            var factors = Factors(ref factorsRng);
            var assessmentId = Identifier(id, s_assessmentSuffixes, "-A", a.Number);
            var episodeId = EpisodeId(id, r, a.Referral);
            Assessment? version = null;
            for (var y = first; y <= last; y++)
            {
                var authorised = Known(a.Authorised, _yearEnd[y]);
                if (version is null || version.AuthorisationDate != authorised)
                {
                    version = new Assessment(id, D(a.Start), authorised)
                    {
                        Id = assessmentId,
                        ReferralDate = D(r.Date),
                        EpisodeId = episodeId,
                        Factors = authorised is null ? [] : factors,
                    };
                }

                o.Years[y].Assessments.Add(version);
            }

            o.Combined.Assessments.Add(version!);
            present |= Bits(first, last);
        }

        return present;
    }

    private ulong LegacyAssessments(ChildSimulator c, string id, Output o)
    {
        ulong present = 0;
        for (var i = 0; i < c.Legacy.Count; i++)
        {
            ref readonly var a = ref c.Legacy[i];
            if (!Span(a.Start, a.Completed, out var first, out var last))
            {
                continue;
            }

            LegacyAssessment? version = null;
            for (var y = first; y <= last; y++)
            {
                var completed = Known(a.Completed, _yearEnd[y]);
                if (version is null || version.CompletionDate != completed)
                {
                    // Whether the child was seen is recorded when the assessment is completed.
                    version = new LegacyAssessment(id, a.Kind, D(a.Start), completed,
                        completed is null || a.Seen < 0 ? null : a.Seen == 1,
                        completed is null || a.SeenAlone < 0 ? null : a.SeenAlone == 1);
                }

                o.Years[y].LegacyAssessments.Add(version);
            }

            o.Combined.LegacyAssessments.Add(version!);
            present |= Bits(first, last);
        }

        return present;
    }

    private ulong Enquiries(ChildSimulator c, string id, Output o)
    {
        ulong present = 0;
        for (var i = 0; i < c.Enquiries.Count; i++)
        {
            ref readonly var s = ref c.Enquiries[i];
            if (!Span(s.Start, s.Concluded, out var first, out var last))
            {
                continue;
            }

            ref readonly var r = ref c.Referrals[s.Referral];
            var episodeId = EpisodeId(id, r, s.Referral);
            Section47Enquiry? version = null;
            var versionKey = -1;
            for (var y = first; y <= last; y++)
            {
                var asAt = _yearEnd[y];
                var conference = Known(s.Conference, asAt);
                var notRequired = s.NotRequired && s.Concluded <= asAt;
                var key = (conference is null ? 0 : 1) | (notRequired ? 2 : 0);
                if (key != versionKey)
                {
                    versionKey = key;
                    version = new Section47Enquiry(id, D(s.Start), conference, notRequired)
                    {
                        InitialConferenceTarget = D(s.Target),
                        ReferralDate = D(r.Date),
                        EpisodeId = episodeId,
                    };
                }

                o.Years[y].Section47Enquiries.Add(version!);
            }

            o.Combined.Section47Enquiries.Add(version!);
            present |= Bits(first, last);
        }

        return present;
    }

    private ulong Plans(ChildSimulator c, int index, string id, Output o)
    {
        ulong present = 0;
        for (var i = 0; i < c.Plans.Count; i++)
        {
            ref readonly var p = ref c.Plans[i];
            if (!Span(p.Start, p.End, out var first, out var last))
            {
                continue;
            }

            ref readonly var r = ref c.Referrals[p.Referral];
            var planId = Identifier(id, s_planSuffixes, "-P", p.Number);
            var episodeId = EpisodeId(id, r, p.Referral);

            // Reviews: the first within 3 months of the conference, then at most every 6 months.
            var reviewCount = 0;
            for (var review = Days.AddMonths(p.Start, 3) - 7; review < p.End; review = Days.AddMonths(review, 6))
            {
                reviewCount++;
            }

            // About one plan in ten has one review held 2 weeks late (NI 67 runs near 90%), chosen by the child and the
            // plan so that the simulated records stay as they were.
            var late = (int)(((ulong)index * 31 + (ulong)p.Number * 7) % 10);
            var reviews = new DateOnly[reviewCount];
            var k = 0;
            for (var review = Days.AddMonths(p.Start, 3) - 7; review < p.End; review = Days.AddMonths(review, 6))
            {
                reviews[k] = D(k == late && review + 21 < p.End ? review + 21 : review);
                k++;
            }

            ChildProtectionPlan? version = null;
            var versionKey = -1;
            for (var y = first; y <= last; y++)
            {
                var asAt = _yearEnd[y];
                var end = Known(p.End, asAt);
                var held = 0;
                while (held < reviews.Length && reviews[held].DayNumber <= asAt)
                {
                    held++;
                }

                var key = (held * 2) + (end is null ? 0 : 1);
                if (key != versionKey)
                {
                    versionKey = key;
                    version = new ChildProtectionPlan(id, D(p.Start), end)
                    {
                        Id = planId,
                        InitialCategory = Abuse.Values[p.Initial],
                        LatestCategory = Abuse.Values[p.Latest],
                        NumberOfPreviousPlans = p.Previous,
                        ReferralDate = D(r.Date),
                        EpisodeId = episodeId,
                        ReviewDates = held == reviews.Length ? reviews : reviews[..held],
                    };
                }

                o.Years[y].ChildProtectionPlans.Add(version!);
            }

            o.Combined.ChildProtectionPlans.Add(version!);
            present |= Bits(first, last);
        }

        return present;
    }

    private ulong CinPlans(ChildSimulator c, string id, Output o)
    {
        ulong present = 0;
        var from = Codes.CinPlansFrom - _m.FirstYear;
        for (var i = 0; i < c.CinPlans.Count; i++)
        {
            ref readonly var p = ref c.CinPlans[i];
            if (!Span(p.Start, p.End, out var first, out var last) || last < from)
            {
                continue;
            }

            first = Math.Max(first, from);
            ref readonly var r = ref c.Referrals[p.Referral];
            var episodeId = EpisodeId(id, r, p.Referral);
            CinPlan? version = null;
            for (var y = first; y <= last; y++)
            {
                var end = Known(p.End, _yearEnd[y]);
                if (version is null || version.EndDate != end)
                {
                    version = new CinPlan(id, D(p.Start), end) { ReferralDate = D(r.Date), EpisodeId = episodeId };
                }

                o.Years[y].CinPlans.Add(version);
            }

            o.Combined.CinPlans.Add(version!);
            present |= Bits(first, last);
        }

        return present;
    }

    private ulong Episodes(ChildSimulator c, string id, Output o)
    {
        ulong present = 0;
        if (c.Episodes.Count == 0)
        {
            return 0;
        }

        if (_carerPostcodes.Length < c.Carers.Count)
        {
            _carerPostcodes = new string?[c.Carers.Count * 2];
        }

        Array.Clear(_carerPostcodes);
        string? home = null;
        for (var i = 0; i < c.Episodes.Count; i++)
        {
            ref readonly var e = ref c.Episodes[i];
            var shortBreak = e.Ls is Ls.V3 or Ls.V4;
            if (!shortBreak)
            {
                // Looked after on [start, end): the days that fall in the collection years.
                var from = Math.Max(e.Start, _m.WindowStart);
                var to = Math.Min(e.End, _m.WindowEnd + 1);
                if (to > from)
                {
                    o.CareDays += to - from;
                }
            }

            if (!Span(e.Start, e.End, out var first, out var last))
            {
                continue;
            }

            ref readonly var carer = ref c.Carers[e.Carer];
            home ??= Postcodes.Format(c.HomePostcode);
            var postcode = _carerPostcodes[e.Carer] ??= Postcodes.Format(carer.Postcode);
            var place = e.Place == Place.H5 && e.Start >= _supportedAccommodationFrom ? Place.K3 : e.Place;
            LookedAfterEpisode? version = null;
            for (var y = first; y <= last; y++)
            {
                var ended = e.End <= _yearEnd[y];
                if (version is null || (version.End is not null) != ended)
                {
                    version = new LookedAfterEpisode(id, D(e.Start), Rne.Values[e.Rne], Ls.Values[e.Ls], Place.Values[place],
                        ended ? D(e.End) : null, ended ? Rec.Values[e.Rec] : default)
                    {
                        CategoryOfNeed = Need.Values[e.Need],
                        PlacementProvider = carer.Provider == byte.MaxValue ? default : Provider.Values[carer.Provider],
                        ReasonPlaceChange = e.ChangeReason != EpisodeRow.NoReason && e.Start >= _reasonPlaceChangeFrom
                            ? PlaceChange.Values[e.ChangeReason]
                            : default,
                        HomePostcode = home,
                        PlacementPostcode = postcode,
                        Urn = Urns.Format(carer.Urn),
                    };
                }

                o.Years[y].Episodes.Add(version);
            }

            o.Combined.Episodes.Add(version!);
            present |= Bits(first, last);
        }

        return present;
    }

    private ulong Adoptions(ChildSimulator c, string id, DateOnly dob, Output o)
    {
        ulong present = 0;
        for (var i = 0; i < c.Adoptions.Count; i++)
        {
            ref readonly var a = ref c.Adoptions[i];

            // The decision to place for adoption, from the decision to the adoption.
            if (Span(a.Decision, a.Adopted, out var first, out var last))
            {
                var decision = new PlacedForAdoption(id, dob, D(a.Decision));
                for (var y = first; y <= last; y++)
                {
                    o.Years[y].PlacedForAdoption.Add(decision);
                }

                o.Combined.PlacedForAdoption.Add(decision);
                present |= Bits(first, last);
            }

            // AD1, in the return of the year of the adoption.
            if (Span(a.Adopted, a.Adopted, out var year, out _))
            {
                var adopters = AdopterCodes.Sexes[a.Adopters];
                var adoption = new Adoption(id, dob, D(a.Decision), D(a.Matched))
                {
                    ByFosterCarer = a.ByFosterCarer,
                    NumberOfAdopters = adopters.Length == 2 && adopters[1] != '1' ? 2 : 1,
                    SexOfAdopters = adopters,
                };
                o.Years[year].Adoptions.Add(adoption);
                o.Combined.Adoptions.Add(adoption);
                present |= 1UL << year;
            }
        }

        return present;
    }

    private ulong Leavers(ChildSimulator c, string id, DateOnly dob, Output o)
    {
        ulong present = 0;
        for (var i = 0; i < c.Leavers.Count; i++)
        {
            ref readonly var l = ref c.Leavers[i];
            var y = l.Year - _m.FirstYear;
            var activity = !l.HasActivity ? LeaverCodes.NoInformation
                : l.Eet ? (l.Year >= Codes.NewActivityCodesFrom ? LeaverCodes.EetNew : LeaverCodes.EetOld)[l.Activity]
                : LeaverCodes.Neet[l.Activity];
            var accommodation = !l.HasAccommodation ? LeaverCodes.AccommodationNoInformation
                : l.Suitable ? LeaverCodes.Suitable[l.Accommodation] : LeaverCodes.Unsuitable[l.Accommodation];
            var outcome = new CareLeaverOutcome(id, dob, LeaverCodes.InTouchValues[l.InTouch], activity, accommodation)
            {
                CollectionYear = l.Year,
            };
            o.Years[y].CareLeaverOutcomes.Add(outcome);
            o.Combined.CareLeaverOutcomes.Add(outcome);
            present |= 1UL << y;
        }

        return present;
    }

    // The child's header in every return that holds one of its records. SEX is 1/2 until 2023-24 and M/F from 2024-25,
    // so the header of a later return can differ; the combined set holds the latest return's.
    private void Header(ChildSimulator c, string id, DateOnly dob, ulong present, Output o)
    {
        // Children get a UPN when they start school; younger ones are UN1 (aged under 6, not at school).
        var upn = c.Birthday(5) <= _m.WindowEnd
            ? Upns.Format(_m.Options.LocalAuthorityCode, c.Upn, dob.Year + 5)
            : null;
        // Children with short breaks are disabled; so are about one in sixteen others (DfE: 13% of children in need
        // have a disability recorded, most of them with a plan or in care rather than on a short break).
        var disabilities = c.ShortBreakChild || c.Upn % 16 == 5 ? ChildCodes.Disabilities[c.Upn % ChildCodes.Disabilities.Length] : null;
        Child? version = null;
        var letters = false;
        for (var y = 0; y <= _last; y++)
        {
            if ((present & (1UL << y)) == 0)
            {
                continue;
            }

            var useLetters = _m.FirstYear + y >= Codes.SexLettersFrom;
            if (version is null || useLetters != letters)
            {
                letters = useLetters;
                version = new Child(id, dob, (useLetters ? Sexes.Letters : Sexes.Numeric)[c.Sex])
                {
                    Ethnicity = Ethnicity.Values[c.Ethnicity],
                    Upn = upn,
                    UpnUnknown = upn is null ? ChildCodes.NoUpn : null,
                };
                if (disabilities is not null)
                {
                    version = version with { Disabilities = disabilities };
                }
            }

            o.Years[y].Children.Add(version);
        }

        if (version is not null)
        {
            o.Combined.Children.Add(version);
        }
    }
}
