namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// The records of one authority from one source: typically one statutory return (an SSDA903 return or a CIN census
/// for one collection year), or records built in code. Several record sets combine into one <see cref="DataSet"/>.
/// </summary>
/// <remarks>A record set is a plain container: the lists can be filled in any order. Nothing is validated or
/// derived until a <see cref="DataSet"/> is built from it.</remarks>
public sealed class RecordSet
{
    /// <summary>The collection year (the reporting year's end year, 2024 for 2023-24) the records were returned for,
    /// when known. When returns are combined, a later collection year wins over an earlier one for the same record.</summary>
    public int? CollectionYear { get; init; }

    /// <summary>Where the records came from (a file name, a system), for messages.</summary>
    public string? Source { get; init; }

    /// <summary>Children: SSDA903 header rows and CIN census child identifiers.</summary>
    public List<Child> Children { get; } = [];

    /// <summary>CIN census episodes of need (referrals).</summary>
    public List<CinEpisode> CinEpisodes { get; } = [];

    /// <summary>CIN census single assessments.</summary>
    public List<Assessment> Assessments { get; } = [];

    /// <summary>Legacy initial and core assessments.</summary>
    public List<LegacyAssessment> LegacyAssessments { get; } = [];

    /// <summary>CIN census section 47 enquiries.</summary>
    public List<Section47Enquiry> Section47Enquiries { get; } = [];

    /// <summary>CIN census child protection plans.</summary>
    public List<ChildProtectionPlan> ChildProtectionPlans { get; } = [];

    /// <summary>CIN census child in need plans.</summary>
    public List<CinPlan> CinPlans { get; } = [];

    /// <summary>Contacts and their outcomes.</summary>
    public List<Contact> Contacts { get; } = [];

    /// <summary>SSDA903 episodes of care.</summary>
    public List<LookedAfterEpisode> Episodes { get; } = [];

    /// <summary>SSDA903 OC3 care-leaver outcomes.</summary>
    public List<CareLeaverOutcome> CareLeaverOutcomes { get; } = [];

    /// <summary>SSDA903 AD1 adoptions.</summary>
    public List<Adoption> Adoptions { get; } = [];

    /// <summary>SSDA903 decisions to place for adoption.</summary>
    public List<PlacedForAdoption> PlacedForAdoption { get; } = [];

    /// <summary>SSDA903 reviews.</summary>
    public List<Review> Reviews { get; } = [];

    /// <summary>SSDA903 unaccompanied asylum-seeking children.</summary>
    public List<UnaccompaniedAsylumSeeker> UnaccompaniedAsylumSeekers { get; } = [];

    /// <summary>SSDA903 OC2 health and offending outcomes.</summary>
    public List<HealthOutcome> HealthOutcomes { get; } = [];

    /// <summary>SSDA903 previous permanence.</summary>
    public List<PreviousPermanence> PreviousPermanence { get; } = [];

    /// <summary>SSDA903 missing and away-from-placement episodes.</summary>
    public List<MissingEpisode> MissingEpisodes { get; } = [];

    /// <summary>SSDA903 social worker episodes.</summary>
    public List<SocialWorkerEpisode> SocialWorkerEpisodes { get; } = [];

    /// <summary>Workforce snapshots.</summary>
    public List<WorkforceSnapshot> WorkforceSnapshots { get; } = [];

    /// <summary>Sickness absence.</summary>
    public List<SicknessAbsence> SicknessAbsences { get; } = [];

    /// <summary>
    /// The part of these records an SSDA903 return holds: episodes, reviews, UASC, OC2, OC3, AD1, decisions to place for
    /// adoption, previous permanence, missing and social worker episodes, and the header rows of the children who have
    /// any of them. For writing a return from records that hold more (a synthetic authority, a council's warehouse).
    /// </summary>
    public RecordSet Ssda903Part()
    {
        var part = new RecordSet { CollectionYear = CollectionYear, Source = Source };
        part.Episodes.AddRange(Episodes);
        part.Reviews.AddRange(Reviews);
        part.UnaccompaniedAsylumSeekers.AddRange(UnaccompaniedAsylumSeekers);
        part.HealthOutcomes.AddRange(HealthOutcomes);
        part.CareLeaverOutcomes.AddRange(CareLeaverOutcomes);
        part.Adoptions.AddRange(Adoptions);
        part.PlacedForAdoption.AddRange(PlacedForAdoption);
        part.PreviousPermanence.AddRange(PreviousPermanence);
        part.MissingEpisodes.AddRange(MissingEpisodes);
        part.SocialWorkerEpisodes.AddRange(SocialWorkerEpisodes);
        return part.WithChildrenFrom(this,
            Episodes.Select(r => r.ChildId), Reviews.Select(r => r.ChildId), UnaccompaniedAsylumSeekers.Select(r => r.ChildId),
            HealthOutcomes.Select(r => r.ChildId), CareLeaverOutcomes.Select(r => r.ChildId), Adoptions.Select(r => r.ChildId),
            PlacedForAdoption.Select(r => r.ChildId), PreviousPermanence.Select(r => r.ChildId),
            MissingEpisodes.Select(r => r.ChildId), SocialWorkerEpisodes.Select(r => r.ChildId));
    }

    /// <summary>
    /// The part of these records a CIN census holds: episodes of need with their assessments, section 47 enquiries,
    /// child protection plans and child in need plans, and the children who have any of them.
    /// </summary>
    public RecordSet CinCensusPart()
    {
        var part = new RecordSet { CollectionYear = CollectionYear, Source = Source };
        part.CinEpisodes.AddRange(CinEpisodes);
        part.Assessments.AddRange(Assessments);
        part.Section47Enquiries.AddRange(Section47Enquiries);
        part.ChildProtectionPlans.AddRange(ChildProtectionPlans);
        part.CinPlans.AddRange(CinPlans);
        return part.WithChildrenFrom(this,
            CinEpisodes.Select(r => r.ChildId), Assessments.Select(r => r.ChildId), Section47Enquiries.Select(r => r.ChildId),
            ChildProtectionPlans.Select(r => r.ChildId), CinPlans.Select(r => r.ChildId));
    }

    // Adds the children of `source` whose ids appear in any of `childIds`.
    private RecordSet WithChildrenFrom(RecordSet source, params IEnumerable<string>[] childIds)
    {
        var ids = new HashSet<string>(childIds.SelectMany(list => list).Select(id => id.Trim()), StringComparer.Ordinal);
        Children.AddRange(source.Children.Where(c => ids.Contains(c.Id.Trim())));
        return this;
    }

    /// <summary>The total number of records of every kind.</summary>
    public int Count =>
        Children.Count + CinEpisodes.Count + Assessments.Count + LegacyAssessments.Count + Section47Enquiries.Count +
        ChildProtectionPlans.Count + CinPlans.Count + Contacts.Count + Episodes.Count + CareLeaverOutcomes.Count +
        Adoptions.Count + PlacedForAdoption.Count + Reviews.Count + UnaccompaniedAsylumSeekers.Count +
        HealthOutcomes.Count + PreviousPermanence.Count + MissingEpisodes.Count + SocialWorkerEpisodes.Count +
        WorkforceSnapshots.Count + SicknessAbsences.Count;
}
