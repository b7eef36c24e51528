using System.Globalization;
using System.Xml;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

// Writes a record set as a CIN census, element order as in CIN_schema_YYYY.xsd: GenderCurrent before 2025, Sex from
// 2025. Assessments, CIN plans, section 47 enquiries and child protection plans go inside the CINdetails they belong
// to: the one with their CINdetailsID, else the child's one with their referral date.
internal static class CinCensusXmlWriter
{
    public static WriteResult Write(RecordSet r, Stream stream, string target, string? localAuthority)
    {
        if (r.CollectionYear is not { } year)
        {
            throw new ArgumentException("The record set has no collection year; a CIN census needs one (it decides the header and the sex element).", nameof(r));
        }

        var notes = new WriteNotes(target);
        NotInCensus(r, notes);
        var children = new Dictionary<string, (Child? Child, List<CinEpisode> Episodes)>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(string id, Child? child, CinEpisode? episode)
        {
            if (!children.TryGetValue(id, out var entry))
            {
                entry = (null, []);
                order.Add(id);
            }

            if (child is not null)
            {
                if (entry.Child is null)
                {
                    entry.Child = child;
                }
                else
                {
                    notes.Add("children repeated (the census has one Child per child); the repeats not written", id);
                }
            }

            if (episode is not null)
            {
                entry.Episodes.Add(episode);
            }

            children[id] = entry;
        }

        r.Children.ForEach(c => Add(c.Id, c, null));
        r.CinEpisodes.ForEach(e => Add(e.ChildId, null, e));

        // Sub-records by the episode they belong to.
        var assessments = Place(r.Assessments, a => (a.ChildId, a.EpisodeId, a.ReferralDate), children, "assessments", notes);
        var plans = Place(r.CinPlans, p => (p.ChildId, p.EpisodeId, p.ReferralDate), children, "CIN plans", notes);
        var enquiries = Place(r.Section47Enquiries, s => (s.ChildId, s.EpisodeId, s.ReferralDate), children, "section 47 enquiries", notes);
        var protection = Place(r.ChildProtectionPlans, p => (p.ChildId, p.EpisodeId, p.ReferralDate), children, "child protection plans", notes);

        using (var writer = XmlWriter.Create(stream, XmlText.Settings))
        {
            var x = new XmlText(writer, notes);
            writer.WriteStartDocument();
            writer.WriteStartElement("Message");
            writer.WriteStartElement("Header");
            writer.WriteStartElement("CollectionDetails");
            x.Required("Collection", "CIN");
            x.Required("Year", year.ToString(CultureInfo.InvariantCulture));
            x.Required("ReferenceDate", DateText.ToIso(new DateOnly(year, 3, 31)));
            writer.WriteEndElement();
            if (localAuthority is not null)
            {
                writer.WriteStartElement("Source");
                x.Required("SourceLevel", "L");
                x.Required("LEA", localAuthority);
                x.Required("SoftwareCode", "ChildrensSocialCare.Indicators.Formats");
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteStartElement("Children");
            foreach (var id in order)
            {
                var (child, episodes) = children[id];
                if (child is null)
                {
                    notes.Add("children with episodes but no child record; written with empty identifiers (read back as a child with no details)", id);
                }

                writer.WriteStartElement("Child");
                writer.WriteStartElement("ChildIdentifiers");
                x.Required("LAchildID", id, id);
                x.Optional("UPN", child?.Upn, id);
                x.Optional("FormerUPN", child?.FormerUpn, id);
                x.Optional("UPNunknown", child?.UpnUnknown, id);
                x.Optional("PersonBirthDate", D(child?.DateOfBirth));
                x.Optional("ExpectedPersonBirthDate", D(child?.ExpectedDateOfBirth));
                x.Required(year >= 2025 ? "Sex" : "GenderCurrent", child?.Sex.Code, id);
                x.Optional("PersonDeathDate", D(child?.DateOfDeath));
                writer.WriteEndElement();
                writer.WriteStartElement("ChildCharacteristics");
                x.Required("Ethnicity", child?.Ethnicity, id);
                if (child is { Disabilities.Count: > 0 })
                {
                    writer.WriteStartElement("Disabilities");
                    foreach (var disability in child.Disabilities)
                    {
                        x.Required("Disability", disability, id);
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                for (var i = 0; i < episodes.Count; i++)
                {
                    Episode(x, episodes[i], assessments.Of(id, i), plans.Of(id, i), enquiries.Of(id, i), protection.Of(id, i));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return new WriteResult([], notes.Diagnostics());
    }

    private static void Episode(
        XmlText x,
        CinEpisode e,
        IEnumerable<Assessment> assessments,
        IEnumerable<CinPlan> plans,
        IEnumerable<Section47Enquiry> enquiries,
        IEnumerable<ChildProtectionPlan> protection)
    {
        var w = x.Writer;
        var id = e.ChildId;
        w.WriteStartElement("CINdetails");
        x.Optional("CINdetailsID", e.Id, id);
        x.Required("CINreferralDate", D(e.ReferralDate));
        x.Optional("ReferralSource", e.ReferralSource, id);
        x.Optional("PrimaryNeedCode", e.PrimaryNeed.Code, id);
        x.Optional("CINclosureDate", D(e.ClosureDate));
        x.Optional("ReasonForClosure", e.ReasonForClosure.Code, id);
        x.Optional("DateOfInitialCPC", D(e.DateOfInitialCpc));
        foreach (var a in assessments)
        {
            w.WriteStartElement("Assessments");
            x.Optional("AssessmentID", a.Id, id);
            x.Required("AssessmentActualStartDate", D(a.StartDate));
            x.Optional("AssessmentInternalReviewDate", D(a.InternalReviewDate));
            x.Optional("AssessmentAuthorisationDate", D(a.AuthorisationDate));
            if (a.Factors.Count > 0)
            {
                w.WriteStartElement("FactorsIdentifiedAtAssessment");
                foreach (var factor in a.Factors)
                {
                    x.Required("AssessmentFactors", factor, id);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        foreach (var p in plans)
        {
            w.WriteStartElement("CINPlanDates");
            x.Required("CINPlanStartDate", D(p.StartDate));
            x.Optional("CINPlanEndDate", D(p.EndDate));
            w.WriteEndElement();
        }

        foreach (var s in enquiries)
        {
            w.WriteStartElement("Section47");
            x.Required("S47ActualStartDate", D(s.StartDate));
            x.Optional("InitialCPCtarget", D(s.InitialConferenceTarget));
            x.Optional("DateOfInitialCPC", D(s.InitialConferenceDate));
            x.Required("ICPCnotRequired", s.ConferenceNotRequired ? "1" : "0");
            w.WriteEndElement();
        }

        x.Optional("ReferralNFA", e.ReferralNfa switch { true => "1", false => "0", null => null });
        foreach (var p in protection)
        {
            w.WriteStartElement("ChildProtectionPlans");
            x.Optional("CPPID", p.Id, id);
            x.Required("CPPstartDate", D(p.StartDate));
            x.Optional("CPPendDate", D(p.EndDate));
            x.Required("InitialCategoryOfAbuse", p.InitialCategory.Code, id);
            x.Required("LatestCategoryOfAbuse", p.LatestCategory.Code, id);
            x.Optional("NumberOfPreviousCPP", p.NumberOfPreviousPlans?.ToString(CultureInfo.InvariantCulture));
            if (p.ReviewDates.Count > 0)
            {
                w.WriteStartElement("Reviews");
                foreach (var review in p.ReviewDates)
                {
                    x.Required("CPPreviewDate", D(review));
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    // Sub-records grouped by (child, index of the child's episode).
    private sealed class Placement<T>
    {
        private readonly Dictionary<(string, int), List<T>> _byEpisode = [];

        public void Add(string child, int episode, T record)
        {
            if (!_byEpisode.TryGetValue((child, episode), out var list))
            {
                list = [];
                _byEpisode[(child, episode)] = list;
            }

            list.Add(record);
        }

        public IEnumerable<T> Of(string child, int episode) =>
            _byEpisode.TryGetValue((child, episode), out var list) ? list : [];
    }

    private static Placement<T> Place<T>(
        List<T> records,
        Func<T, (string Child, string? EpisodeId, DateOnly? ReferralDate)> key,
        Dictionary<string, (Child? Child, List<CinEpisode> Episodes)> children,
        string what,
        WriteNotes notes)
    {
        var placement = new Placement<T>();
        foreach (var record in records)
        {
            var (child, episodeId, referral) = key(record);
            var index = -1;
            if (children.TryGetValue(child, out var entry))
            {
                if (episodeId is not null)
                {
                    index = entry.Episodes.FindIndex(e => string.Equals(e.Id, episodeId, StringComparison.Ordinal));
                }

                if (index < 0 && referral is { } date)
                {
                    index = entry.Episodes.FindIndex(e => e.ReferralDate == date);
                }
            }

            if (index < 0)
            {
                notes.Add($"{what} that belong to no episode of need of their child (no CINdetailsID or referral date that matches one); not written", child);
                continue;
            }

            placement.Add(child, index, record);
        }

        return placement;
    }

    private static void NotInCensus(RecordSet r, WriteNotes notes)
    {
        const string Why = "not part of the CIN census; not written";
        notes.Add("SSDA903 episodes " + Why, null, r.Episodes.Count);
        notes.Add("SSDA903 records (reviews, UASC, OC2, OC3, AD1, placed for adoption, previous permanence, missing, social workers) " + Why, null,
            r.Reviews.Count + r.UnaccompaniedAsylumSeekers.Count + r.HealthOutcomes.Count + r.CareLeaverOutcomes.Count + r.Adoptions.Count
            + r.PlacedForAdoption.Count + r.PreviousPermanence.Count + r.MissingEpisodes.Count + r.SocialWorkerEpisodes.Count);
        notes.Add("legacy assessments " + Why, null, r.LegacyAssessments.Count);
        notes.Add("contacts " + Why, null, r.Contacts.Count);
        notes.Add("workforce records " + Why, null, r.WorkforceSnapshots.Count + r.SicknessAbsences.Count);
        foreach (var c in r.Children.Where(c => c.IsMother is not null || c.MotherChildDateOfBirth is not null))
        {
            notes.Add("children with SSDA903 items (MOTHER, MC_DOB) the census cannot hold; those items not written", c.Id);
        }
    }

    private static string? D(DateOnly? date) => date is { } d ? DateText.ToIso(d) : null;
}
