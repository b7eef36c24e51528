using System.Globalization;
using System.Xml;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

// Writes a record set as the SSDA903 XML return, element order as in CLA.xsd. The XML holds per child one header,
// one UASC, AD1, OC3, OC2 and previous-permanence entry, the date of birth and sex once (in HEADER), and no social
// worker episodes; what does not fit is noted.
internal static class Ssda903XmlWriter
{
    private sealed class Bundle(string id)
    {
        public string Id { get; } = id;

        public Child? Child { get; set; }

        public List<LookedAfterEpisode> Episodes { get; } = [];

        public List<Review> Reviews { get; } = [];

        public List<UnaccompaniedAsylumSeeker> Uasc { get; } = [];

        public List<HealthOutcome> Oc2 { get; } = [];

        public List<CareLeaverOutcome> Oc3 { get; } = [];

        public List<Adoption> Ad1 { get; } = [];

        public List<PlacedForAdoption> Placed { get; } = [];

        public List<PreviousPermanence> Permanence { get; } = [];

        public List<MissingEpisode> Missing { get; } = [];
    }

    public static WriteResult Write(RecordSet records, Stream stream, string target)
    {
        var notes = new WriteNotes(target);
        Ssda903CsvWriter.NotInReturn(records, notes);
        notes.Add("social worker episodes, which the SSDA903 XML (CLA.xsd 3.3.0) has no element for; not written", records.SocialWorkerEpisodes.FirstOrDefault()?.ChildId, records.SocialWorkerEpisodes.Count);
        var bundles = Group(records, notes);
        using (var writer = XmlWriter.Create(stream, XmlText.Settings))
        {
            var x = new XmlText(writer, notes);
            writer.WriteStartDocument();
            writer.WriteStartElement("EXPSSDA903");
            foreach (var bundle in bundles)
            {
                Child(x, bundle, notes);
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return new WriteResult([], notes.Diagnostics());
    }

    private static List<Bundle> Group(RecordSet r, WriteNotes notes)
    {
        var bundles = new Dictionary<string, Bundle>(StringComparer.Ordinal);
        var order = new List<Bundle>();
        Bundle Of(string id)
        {
            if (!bundles.TryGetValue(id, out var b))
            {
                b = new Bundle(id);
                bundles[id] = b;
                order.Add(b);
            }

            return b;
        }

        foreach (var c in r.Children)
        {
            var b = Of(c.Id);
            if (b.Child is null)
            {
                b.Child = c;
            }
            else
            {
                notes.Add("children repeated in the header (the XML has one HEADER per child); the repeats not written", c.Id);
            }
        }

        r.Episodes.ForEach(x => Of(x.ChildId).Episodes.Add(x));
        r.Reviews.ForEach(x => Of(x.ChildId).Reviews.Add(x));
        r.UnaccompaniedAsylumSeekers.ForEach(x => Of(x.ChildId).Uasc.Add(x));
        r.HealthOutcomes.ForEach(x => Of(x.ChildId).Oc2.Add(x));
        r.CareLeaverOutcomes.ForEach(x => Of(x.ChildId).Oc3.Add(x));
        r.Adoptions.ForEach(x => Of(x.ChildId).Ad1.Add(x));
        r.PlacedForAdoption.ForEach(x => Of(x.ChildId).Placed.Add(x));
        r.PreviousPermanence.ForEach(x => Of(x.ChildId).Permanence.Add(x));
        r.MissingEpisodes.ForEach(x => Of(x.ChildId).Missing.Add(x));
        return order;
    }

    private static void Child(XmlText x, Bundle b, WriteNotes notes)
    {
        var w = x.Writer;
        var id = b.Id;
        var child = b.Child;
        if (child is null)
        {
            notes.Add("children with records but no header row; written with an empty HEADER (read back as a child with no details)", id);
        }

        var dob = child?.DateOfBirth;
        var sex = child?.Sex.Code;
        Extra(b.Uasc, "UASC", id, notes);
        Extra(b.Oc2, "OC2", id, notes);
        Extra(b.Oc3, "OC3", id, notes);
        Extra(b.Ad1, "AD1", id, notes);
        Extra(b.Permanence, "previous permanence", id, notes);
        var otherDob = b.Reviews.Count(r => r.DateOfBirth != dob) + b.Uasc.Take(1).Count(u => u.DateOfBirth != dob)
            + b.Oc2.Take(1).Count(o => o.DateOfBirth != dob) + b.Oc3.Take(1).Count(o => o.DateOfBirth != dob)
            + b.Ad1.Take(1).Count(a => a.DateOfBirth != dob) + b.Placed.Count(p => p.DateOfBirth != dob)
            + b.Permanence.Take(1).Count(p => p.DateOfBirth != dob) + b.Missing.Count(m => m.DateOfBirth != dob);
        notes.Add("records whose date of birth differs from the header's (the XML holds it once, in HEADER); the header's is written", id, otherDob);
        notes.Add("UASC records whose sex differs from the header's; the header's is written", id, b.Uasc.Take(1).Count(u => u.Sex.Code != (sex ?? "")));

        w.WriteStartElement("CHILD");
        w.WriteStartElement("HEADER");
        x.Required("CHILDID", id, id);
        x.Required("UPN", child?.Upn, id);
        x.Required("SEX", sex, id);
        x.Required("DOB", D(dob));
        x.Required("ETHNIC", child?.Ethnicity, id);
        var uasc = b.Uasc.FirstOrDefault();
        x.Required("UASC", uasc is null ? null : "1");
        x.Optional("DUC", D(uasc?.DateCeasedUasc));
        if (b.Ad1.FirstOrDefault() is { } ad1)
        {
            if (ad1.DateShouldBePlaced is null && ad1.DateMatched is null && ad1.ByFosterCarer is null && ad1.NumberOfAdopters is null
                && string.IsNullOrEmpty(ad1.SexOfAdopters) && string.IsNullOrEmpty(ad1.LegalStatusOfAdopters))
            {
                notes.Add("AD1 records with no values (the XML has nothing to write for them); not written", id);
            }

            x.Optional("DATE_INT", D(ad1.DateShouldBePlaced));
            x.Optional("DATE_MATCH", D(ad1.DateMatched));
            x.Optional("FOSTER_CARE", B(ad1.ByFosterCarer));
            x.Optional("NB_ADOPTR", ad1.NumberOfAdopters?.ToString(CultureInfo.InvariantCulture));
            x.Optional("SEX_ADOPTR", ad1.SexOfAdopters, id);
            x.Optional("LS_ADOPTR", ad1.LegalStatusOfAdopters, id);
        }

        if (b.Oc3.FirstOrDefault() is { } oc3)
        {
            if (oc3.InTouch.IsEmpty && oc3.Activity.IsEmpty && oc3.Accommodation.IsEmpty)
            {
                notes.Add("OC3 records with no values (the XML has nothing to write for them); not written", id);
            }

            x.Optional("IN_TOUCH", oc3.InTouch.Code, id);
            x.Optional("ACTIV", oc3.Activity.Code, id);
            x.Optional("ACCOM", oc3.Accommodation.Code, id);
        }

        foreach (var m in b.Missing)
        {
            w.WriteStartElement("AMISSING");
            x.Required("MISSING", m.Kind, id);
            x.Required("MIS_START", D(m.Start));
            x.Optional("MIS_END", D(m.End));
            w.WriteEndElement();
        }

        foreach (var r in b.Reviews)
        {
            w.WriteStartElement("AREVIEW");
            x.Required("REVIEW", D(r.ReviewDate));
            x.Required("REVIEW_CODE", r.ParticipationCode, id);
            w.WriteEndElement();
        }

        x.Optional("MOTHER", B(child?.IsMother));
        x.Optional("MC_DOB", D(child?.MotherChildDateOfBirth));
        if (b.Permanence.FirstOrDefault() is { } permanence)
        {
            w.WriteStartElement("PERMANENCE");
            x.Optional("PREV_PERM", permanence.PreviousPermanenceCode, id);
            x.Optional("LA_PERM", permanence.AuthorityCode, id);
            x.Optional("DATE_PERM", permanence.Date, id);
            w.WriteEndElement();
        }

        if (b.Oc2.FirstOrDefault() is { } oc2)
        {
            w.WriteStartElement("OC2");
            x.Optional("SDQ_SCORE", oc2.SdqScore?.ToString(CultureInfo.InvariantCulture));
            x.Optional("SDQ_REASON", oc2.SdqReason, id);
            x.Optional("CONVICTED", B(oc2.Convicted));
            x.Optional("HEALTH_CHECK", B(oc2.HealthCheck));
            x.Optional("IMMUNISATIONS", B(oc2.Immunisations));
            x.Optional("TEETH_CHECK", B(oc2.TeethCheck));
            x.Optional("HEALTH_ASSESSMENT", B(oc2.HealthAssessment));
            x.Optional("SUBSTANCE_MISUSE", B(oc2.SubstanceMisuse));
            x.Optional("INTERVENTION_RECEIVED", B(oc2.InterventionReceived));
            x.Optional("INTERVENTION_OFFERED", B(oc2.InterventionOffered));
            w.WriteEndElement();
        }

        foreach (var p in b.Placed)
        {
            w.WriteStartElement("AD_PLACED");
            x.Required("DATE_PLACED", D(p.DatePlaced));
            x.Optional("DATE_PLACED_CEASED", D(p.DatePlacedCeased));
            x.Optional("REASON_PLACED_CEASED", p.ReasonPlacedCeased, id);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        foreach (var e in b.Episodes)
        {
            w.WriteStartElement("EPISODE");
            x.Required("DECOM", D(e.Start));
            x.Required("RNE", e.ReasonForNewEpisode.Code, id);
            x.Required("LS", e.LegalStatus.Code, id);
            x.Required("CIN", e.CategoryOfNeed.Code, id);
            x.Required("PL", e.Placement.Code, id);
            x.Optional("PL_POST", e.PlacementPostcode, id);
            x.Optional("HOME_POST", e.HomePostcode, id);
            x.Optional("URN", e.Urn, id);
            x.Optional("PLACE_PROVIDER", e.PlacementProvider.Code, id);
            x.Required("DEC", D(e.End));
            x.Required("REC", e.ReasonEnded.Code, id);
            x.Optional("REASON_PLACE_CHANGE", e.ReasonPlaceChange.Code, id);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Extra<T>(List<T> records, string what, string id, WriteNotes notes)
    {
        if (records.Count > 1)
        {
            notes.Add($"{what} records beyond the first of a child (the XML holds one per child); not written", id, records.Count - 1);
        }
    }

    private static string? D(DateOnly? date) => date is { } d ? DateText.ToDmy(d) : null;

    private static string? B(bool? flag) => flag switch { true => "1", false => "0", null => null };
}
