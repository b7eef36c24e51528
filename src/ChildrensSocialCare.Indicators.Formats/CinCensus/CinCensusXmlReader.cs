using System.Globalization;
using System.Xml;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

// Reads a CIN census (Message/Header/Children/Child, collection years 2017-2026). Each Child is read into a small
// tree, checked, mapped to records, then dropped. Sub-records carry their episode's referral date and CINdetailsID.
internal sealed class CinCensusXmlReader
{
    // The elements of the format (a new shape per reader: it remembers what it has reported).
    private static XmlShape Shape() => new XmlShape()
        .Element("Header", "CollectionDetails", "Source")
        .Element("CollectionDetails", "Collection Year ReferenceDate")
        .Element("Source", "SourceLevel LEA SoftwareCode Release SerialNo DateTime")
        .Element("Child", "ChildIdentifiers ChildCharacteristics", "CINdetails")
        .Element("ChildIdentifiers", "LAchildID UPN FormerUPN UPNunknown PersonBirthDate ExpectedPersonBirthDate GenderCurrent Sex PersonDeathDate")
        .Element("ChildCharacteristics", "Ethnicity Disabilities")
        .Element("Disabilities", "", "Disability")
        .Element("CINdetails",
            "CINdetailsID CINreferralDate ReferralSource PrimaryNeedCode CINclosureDate ReasonForClosure DateOfInitialCPC ReferralNFA",
            "Assessments CINPlanDates Section47 ChildProtectionPlans")
        .Element("Assessments", "AssessmentID AssessmentActualStartDate AssessmentInternalReviewDate AssessmentAuthorisationDate FactorsIdentifiedAtAssessment")
        .Element("FactorsIdentifiedAtAssessment", "", "AssessmentFactors")
        .Element("CINPlanDates", "CINPlanStartDate CINPlanEndDate")
        .Element("Section47", "S47ActualStartDate InitialCPCtarget DateOfInitialCPC ICPCnotRequired")
        .Element("ChildProtectionPlans", "CPPID CPPstartDate CPPendDate InitialCategoryOfAbuse LatestCategoryOfAbuse NumberOfPreviousCPP Reviews")
        .Element("Reviews", "", "CPPreviewDate");

    private static readonly string[] s_tables = ["Child", "CINdetails", "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans"];

    private readonly ReadOptions _options;
    private readonly Findings _findings;
    private readonly FieldReader _fields;
    private readonly XmlShape _shape = Shape();
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _children = new(StringComparer.Ordinal);
    private readonly StringPool _codes = new(1024, 16);
    private readonly RecordSet _records = new();
    private string _source = "";
    private int? _year;
    private DateOnly? _referenceDate;

    public CinCensusXmlReader(ReadOptions options)
    {
        _options = options;
        _findings = new Findings(options.MaxRepeatedFindings);
        _fields = new FieldReader(_findings, StatutoryReturn.CinCensus);
    }

    public ReadResult Read(string source, Stream stream)
    {
        _source = source;
        _fields.Source = source;
        _shape.ResetFile();
        foreach (var table in s_tables)
        {
            _tallies[table] = new Tally(source, table);
        }

        _year = _options.CollectionYear;
        _fields.Year = _year;
        ReadDocument(stream);
        if (_year is null)
        {
            _year = YearText.FromFileName(source, _options.FileNameYear);
            if (_year is null)
            {
                _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.CinCollectionYearUnknown,
                    "The census has no Header/CollectionDetails/Year or ReferenceDate, no year was given and none is in the file name; codes were checked against the latest lists and the records have no collection year.")
                {
                    Source = source,
                });
            }
        }

        _findings.Close();
        var records = new RecordSet { CollectionYear = _year, Source = source };
        records.Children.AddRange(_records.Children);
        records.CinEpisodes.AddRange(_records.CinEpisodes);
        records.Assessments.AddRange(_records.Assessments);
        records.CinPlans.AddRange(_records.CinPlans);
        records.Section47Enquiries.AddRange(_records.Section47Enquiries);
        records.ChildProtectionPlans.AddRange(_records.ChildProtectionPlans);
        return new ReadResult([records], _findings.All, s_tables.Select(t => _tallies[t].ToCount()).ToList());
    }

    private void ReadDocument(Stream stream)
    {
        using var reader = XmlReader.Create(stream, XmlSafety.Settings(_options));
        var walker = new XmlWalker(reader, _shape, _fields);
        XmlTreeNode? root = null;
        XmlTreeNode? reading = null;
        try
        {
            if (!walker.StartsWithRoot("Message", "a CIN census", _findings, _source))
            {
                return;
            }

            root = XmlTreeNode.Container("Message", null, walker.LineNumber);
            walker.Children(root, name =>
            {
                switch (name)
                {
                    case "Header":
                        Header(walker.Subtrees.Read(root));
                        return true;
                    case "Children":
                        var children = XmlTreeNode.Container("Children", root, walker.LineNumber);
                        walker.Children(children, childName =>
                        {
                            if (childName != "Child")
                            {
                                return false;
                            }

                            reading = null;
                            var child = walker.Subtrees.Read(children);
                            reading = child;
                            Child(child);
                            reading = null;
                            return true;
                        });
                        return true;
                    default:
                        return false;
                }
            });
        }
        catch (XmlException e)
        {
            var partial = reading is null && walker.Subtrees.Partial is { Complete: false, Name: "Child" } p ? p : null;
            _findings.Add(XmlSafety.Fault(e, _source, partial ?? walker.Subtrees.Partial ?? root,
                partial is null
                    ? "Reading stops here; what was read before is kept."
                    : "Reading stops here; the Child being read is rejected and what was read before is kept."));
            if (partial is not null)
            {
                RejectAll(partial);
            }
        }
    }

    // Header/CollectionDetails: Year and ReferenceDate give the collection year (the caller's year wins).
    private void Header(XmlTreeNode header)
    {
        _fields.Begin(header.Line, header);
        _shape.Check(header, _fields);
        var details = header.First("CollectionDetails");
        _fields.Begin(details?.Line ?? header.Line, details ?? header);
        var year = details?.First("Year") is { } y ? _fields.Integer(y.TrimmedText, "Year", Need.Optional, 1990, 2100) : null;
        _referenceDate = details?.First("ReferenceDate") is { } r ? _fields.Date(r.TrimmedText, "ReferenceDate", Need.Optional) : null;
        if (_referenceDate is { } reference && (reference.Month, reference.Day) != (3, 31))
        {
            _fields.Report(DiagnosticSeverity.Warning, DiagnosticCodes.CinReferenceDateUnexpected, "ReferenceDate", DateText.ToIso(reference),
                "The census reference date is normally 31 March (the end of the census year).");
        }

        int? referenceYear = _referenceDate is { } d ? DateText.CollectionYearOf(d) : null;
        var headerYear = year ?? referenceYear;
        if (_options.CollectionYear is { } given && headerYear is { } found && given != found)
        {
            _fields.Report(DiagnosticSeverity.Warning, DiagnosticCodes.CinCollectionYearMismatch, "Year", found.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"The census header is for {found}, but collection year {given} was given; {given} is used."));
        }
        else if (year is { } y1 && referenceYear is { } y2 && y1 != y2)
        {
            _fields.Report(DiagnosticSeverity.Warning, DiagnosticCodes.CinCollectionYearMismatch, "Year", y1.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"Year {y1} and ReferenceDate {DateText.ToIso(_referenceDate!.Value)} (collection year {y2}) disagree; {y1} is used."));
        }

        _year = _options.CollectionYear ?? headerYear;
        _fields.Year = _year;
    }

    private DateOnly? ReferenceDate => _referenceDate ?? (_year is { } y ? new DateOnly(y, 3, 31) : null);

    private void Child(XmlTreeNode child)
    {
        _fields.Begin(child.Line, child);
        _shape.Check(child, _fields);
        var identifiers = child.First("ChildIdentifiers");
        _fields.Begin(identifiers?.Line ?? child.Line, identifiers ?? child);
        var id = _fields.Id(Text(identifiers, "LAchildID"), "LAchildID");
        if (id is null)
        {
            RejectAll(child);
            return;
        }

        _fields.ChildId = id;
        ChildRecord(child, identifiers!, id);
        foreach (var details in child.Each("CINdetails"))
        {
            Episode(details, id);
        }
    }

    private void ChildRecord(XmlTreeNode child, XmlTreeNode identifiers, string id)
    {
        var f = _fields;
        var upn = Upn(identifiers, "UPN");
        var formerUpn = Upn(identifiers, "FormerUPN");
        var upnUnknown = f.Code(Text(identifiers, "UPNunknown"), "UPNunknown", "UPNunknown", Need.Optional, _codes);
        // A date of birth after the reference date is reported once, as an implausible birth (below).
        var dob = f.Date(Text(identifiers, "PersonBirthDate"), "PersonBirthDate", Need.Optional);
        var expected = Date(identifiers, "ExpectedPersonBirthDate", Need.Optional);

        // GenderCurrent (to 2024) and Sex (from 2025) hold the same item; either is read, and the code is checked
        // against the collection year's list.
        var sexElement = identifiers.First("Sex") is not null ? "Sex" : "GenderCurrent";
        var sex = f.Code(Text(identifiers, sexElement), sexElement, "Sex", Need.Expected, _codes);
        var death = Date(identifiers, "PersonDeathDate", Need.Optional);
        if (dob is { } born && ReferenceDate is { } reference && Indicators.Age.At(born, reference) >= 25)
        {
            f.Report(DiagnosticSeverity.Warning, DiagnosticCodes.CinAgeImplausible, "PersonBirthDate", DateText.ToIso(born),
                string.Create(CultureInfo.InvariantCulture, $"The child would be {Indicators.Age.At(born, reference)} at the reference date {DateText.ToIso(reference)}; the date is kept as supplied."));
        }

        if (dob is { } birth)
        {
            Birth(child, birth);
        }

        var characteristics = child.First("ChildCharacteristics");
        f.At(characteristics ?? child);
        var ethnicity = f.Code(Text(characteristics, "Ethnicity"), "Ethnicity", "Ethnicity", Need.Expected, _codes);
        var disabilities = new List<string>();
        if (characteristics?.First("Disabilities") is { } list)
        {
            f.At(list);
            foreach (var disability in list.Each("Disability"))
            {
                if (f.Code(disability.TrimmedText, "Disability", "Disability", Need.Optional, _codes) is { } code)
                {
                    disabilities.Add(code);
                }
            }
        }

        var tally = _tallies["Child"];
        tally.Read++;
        if (!_children.Add(id))
        {
            f.At(identifiers);
            f.Report(DiagnosticSeverity.Error, DiagnosticCodes.CinChildDuplicate, "LAchildID", id,
                "The child is already in this census; this Child's identifiers are rejected (the first are kept) and its episodes are read.");
        }

        if (f.Rejected)
        {
            tally.Rejected++;
            return;
        }

        tally.Accepted++;
        _records.Children.Add(new Child(id, dob, sex)
        {
            Ethnicity = ethnicity,
            Upn = upn,
            FormerUpn = formerUpn,
            UpnUnknown = upnUnknown,
            ExpectedDateOfBirth = expected,
            DateOfDeath = death,
            Disabilities = disabilities,
        });
    }

    // A child born well after its first referral (a referral may come before birth, so up to PreBirthMonths before
    // it is plausible), or after the reference date (today when the census has none and no year is known): a
    // warning, the date kept. Mirrors ssda903.birth-implausible.
    private void Birth(XmlTreeNode child, DateOnly birth)
    {
        DateOnly? first = null;
        foreach (var details in child.Each("CINdetails"))
        {
            if (DateText.TryParse(Text(details, "CINreferralDate"), out var referral) && (first is null || referral < first))
            {
                first = referral;
            }
        }

        var reference = ReferenceDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        string? why = first is { } r && birth > r.AddMonths(PreBirthMonths)
            ? string.Create(CultureInfo.InvariantCulture,
                $"The child is born more than {PreBirthMonths} months after its first referral (CINreferralDate {DateText.ToIso(r)}), longer than a pre-birth referral")
            : birth > reference
                ? $"The child is born after {DateText.ToIso(reference)}, {(ReferenceDate is null ? "today" : "the census reference date")}"
                : null;
        if (why is not null && _fields.Admit(DiagnosticSeverity.Warning, DiagnosticCodes.CinBirthImplausible, "PersonBirthDate"))
        {
            _fields.Emit(DiagnosticSeverity.Warning, DiagnosticCodes.CinBirthImplausible, "PersonBirthDate", DateText.ToIso(birth),
                why + "; the date of birth is kept as supplied.");
        }
    }

    // How long before birth a (pre-birth) referral may come: a pregnancy, with a margin.
    private const int PreBirthMonths = 10;

    // One CINdetails (an episode of need) and the assessments, plans, enquiries and child protection plans in it.
    private void Episode(XmlTreeNode details, string id)
    {
        var f = _fields;
        Begin(details, id);
        var episodeId = f.Text(Text(details, "CINdetailsID"), "CINdetailsID", Need.Optional);
        var referral = Date(details, "CINreferralDate", Need.Key);
        var source = f.Code(Text(details, "ReferralSource"), "ReferralSource", "ReferralSource", Need.Expected, _codes);
        var need = f.Code(Text(details, "PrimaryNeedCode"), "PrimaryNeedCode", "PrimaryNeedCode", Need.Optional, _codes);
        var closure = Date(details, "CINclosureDate", Need.Optional);
        var reason = f.Code(Text(details, "ReasonForClosure"), "ReasonForClosure", "ReasonForClosure", Need.Optional, _codes);
        var conference = Date(details, "DateOfInitialCPC", Need.Optional);
        var nfa = f.Flag(Text(details, "ReferralNFA"), "ReferralNFA", Need.Expected);
        EndBeforeStart(referral, closure, "CINclosureDate", "closes before the referral");
        Count("CINdetails", f.Rejected ? null : new CinEpisode(id, referral!.Value, closure, reason, nfa)
        {
            Id = episodeId,
            ReferralSource = source,
            PrimaryNeed = need,
            DateOfInitialCpc = conference,
        }, _records.CinEpisodes);

        foreach (var assessment in details.Each("Assessments"))
        {
            Begin(assessment, id);
            var assessmentId = f.Text(Text(assessment, "AssessmentID"), "AssessmentID", Need.Optional);
            var start = Date(assessment, "AssessmentActualStartDate", Need.Key);
            var review = Date(assessment, "AssessmentInternalReviewDate", Need.Optional);
            var authorised = Date(assessment, "AssessmentAuthorisationDate", Need.Optional);
            var factors = new List<string>();
            if (assessment.First("FactorsIdentifiedAtAssessment") is { } factorList)
            {
                f.At(factorList);
                foreach (var factor in factorList.Each("AssessmentFactors"))
                {
                    if (f.Code(factor.TrimmedText, "AssessmentFactors", "AssessmentFactors", Need.Optional, _codes) is { } code)
                    {
                        factors.Add(code);
                    }
                }

                f.At(assessment);
            }

            EndBeforeStart(start, authorised, "AssessmentAuthorisationDate", "is authorised before it starts");
            Count("Assessments", f.Rejected ? null : new Assessment(id, start!.Value, authorised)
            {
                Id = assessmentId,
                ReferralDate = referral,
                EpisodeId = episodeId,
                InternalReviewDate = review,
                Factors = factors,
            }, _records.Assessments);
        }

        foreach (var plan in details.Each("CINPlanDates"))
        {
            Begin(plan, id);
            var start = Date(plan, "CINPlanStartDate", Need.Key);
            var end = Date(plan, "CINPlanEndDate", Need.Optional);
            EndBeforeStart(start, end, "CINPlanEndDate", "ends before it starts");
            Count("CINPlanDates", f.Rejected ? null : new CinPlan(id, start!.Value, end) { ReferralDate = referral, EpisodeId = episodeId }, _records.CinPlans);
        }

        foreach (var enquiry in details.All("Section47"))
        {
            Begin(enquiry, id);
            var start = Date(enquiry, "S47ActualStartDate", Need.Key);
            var target = Date(enquiry, "InitialCPCtarget", Need.Optional);
            var held = Date(enquiry, "DateOfInitialCPC", Need.Optional);
            var notRequired = f.Flag(Text(enquiry, "ICPCnotRequired"), "ICPCnotRequired", Need.Expected);
            Count("Section47", f.Rejected ? null : new Section47Enquiry(id, start!.Value, held, notRequired ?? false)
            {
                InitialConferenceTarget = target,
                ReferralDate = referral,
                EpisodeId = episodeId,
            }, _records.Section47Enquiries);
        }

        foreach (var plan in details.Each("ChildProtectionPlans"))
        {
            Begin(plan, id);
            var planId = f.Text(Text(plan, "CPPID"), "CPPID", Need.Optional);
            var start = Date(plan, "CPPstartDate", Need.Key);
            var end = Date(plan, "CPPendDate", Need.Optional);
            var initial = f.Code(Text(plan, "InitialCategoryOfAbuse"), "InitialCategoryOfAbuse", "CategoryOfAbuse", Need.Expected, _codes);
            var latest = f.Code(Text(plan, "LatestCategoryOfAbuse"), "LatestCategoryOfAbuse", "CategoryOfAbuse", Need.Expected, _codes);
            var previous = f.Integer(Text(plan, "NumberOfPreviousCPP"), "NumberOfPreviousCPP", Need.Expected, 0);
            var reviews = new List<DateOnly>();
            if (plan.First("Reviews") is { } reviewList)
            {
                f.At(reviewList);
                foreach (var review in reviewList.Each("CPPreviewDate"))
                {
                    if (f.Date(review.TrimmedText, "CPPreviewDate", Need.Optional) is { } date)
                    {
                        AfterReference(date, "CPPreviewDate");
                        reviews.Add(date);
                    }
                }

                f.At(plan);
            }

            EndBeforeStart(start, end, "CPPendDate", "ends before it starts");
            Count("ChildProtectionPlans", f.Rejected ? null : new ChildProtectionPlan(id, start!.Value, end)
            {
                Id = planId,
                InitialCategory = initial,
                LatestCategory = latest,
                NumberOfPreviousPlans = previous,
                ReferralDate = referral,
                EpisodeId = episodeId,
                ReviewDates = reviews,
            }, _records.ChildProtectionPlans);
        }
    }

    private void Begin(XmlTreeNode element, string id)
    {
        _fields.Begin(element.Line, element);
        _fields.ChildId = id;
    }

    private DateOnly? Date(XmlTreeNode? parent, string name, Need need)
    {
        var date = _fields.Date(Text(parent, name), name, need);
        if (date is { } d)
        {
            AfterReference(d, name);
        }

        return date;
    }

    private void AfterReference(DateOnly date, string name)
    {
        if (ReferenceDate is { } reference && date > reference && DateText.IsPlausible(date)
            && _fields.Admit(DiagnosticSeverity.Warning, DiagnosticCodes.CinDateAfterReference, name))
        {
            _fields.Emit(DiagnosticSeverity.Warning, DiagnosticCodes.CinDateAfterReference, name, DateText.ToIso(date),
                $"The date is after the census reference date {DateText.ToIso(reference)}; it is kept as supplied.");
        }
    }

    private void EndBeforeStart(DateOnly? start, DateOnly? end, string column, string what)
    {
        if (start is { } s && end is { } e && e < s && _fields.Admit(DiagnosticSeverity.Warning, DiagnosticCodes.CinEndBeforeStart, column))
        {
            _fields.Emit(DiagnosticSeverity.Warning, DiagnosticCodes.CinEndBeforeStart, column, DateText.ToIso(e),
                $"The record {what} ({DateText.ToIso(s)}); it is kept as supplied.");
        }
    }

    private string? Upn(XmlTreeNode identifiers, string name)
    {
        var upn = _fields.Text(Text(identifiers, name), name, Need.Optional);
        if (upn is not null && !Shapes.IsUpn(upn))
        {
            _fields.Report(DiagnosticSeverity.Warning, DiagnosticCodes.UpnFormat, name, upn,
                "The UPN is not a letter, eleven digits and a digit or letter; it is kept as supplied.");
        }

        return upn;
    }

    private void Count<T>(string table, T? record, List<T> list)
        where T : class
    {
        var tally = _tallies[table];
        tally.Read++;
        if (record is null)
        {
            tally.Rejected++;
            return;
        }

        tally.Accepted++;
        list.Add(record);
    }

    // A Child with no child id, or one the document broke off in: everything in it is counted as rejected.
    private void RejectAll(XmlTreeNode child)
    {
        foreach (var table in s_tables)
        {
            var count = child.Count(table);
            _tallies[table].Read += count;
            _tallies[table].Rejected += count;
        }
    }

    private static ReadOnlySpan<char> Text(XmlTreeNode? parent, string name) =>
        parent?.First(name) is { } node ? node.TrimmedText : [];
}
