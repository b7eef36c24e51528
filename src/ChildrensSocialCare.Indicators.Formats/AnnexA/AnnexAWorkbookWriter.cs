using System.Globalization;
using System.IO.Compression;
using System.Xml;
using ChildrensSocialCare.Indicators.Records;
using static ChildrensSocialCare.Indicators.Formats.AnnexAList;

namespace ChildrensSocialCare.Indicators.Formats;

// Writes the eleven lists as an Annex A workbook in the 2024 layout: sheets List 1 ... List 11, the headers of
// AnnexAList in row 1, one row per record, extra columns after the list's own. Streamed: each sheet is written
// through an XmlWriter into its zip entry, strings inline (no shared-string table to hold), dates as 1900-system
// serials styled dd/mm/yyyy, codes as the library's code (which the reader maps back), yes/no as Yes/No.
internal sealed class AnnexAWorkbookWriter(string target)
{
    private const string Main = XlsxPackage.MainNamespace;
    private static readonly int s_day1900 = new DateOnly(1899, 12, 30).DayNumber;
    private static readonly DateOnly s_firstSerial = new(1900, 3, 1);

    private readonly WriteNotes _notes = new(target);

    public WriteResult Write(AnnexALists lists, Stream stream)
    {
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", ContentTypes);
            Part(zip, "_rels/.rels", w => Relationships(w, [("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")]));
            Part(zip, "xl/workbook.xml", Workbook);
            Part(zip, "xl/_rels/workbook.xml.rels", w => Relationships(w,
            [
                .. All.Select(l => ($"rId{l.Number}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{l.Number}.xml")),
                ("rIdStyles", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"),
            ]));
            Part(zip, "xl/styles.xml", Styles);
            Sheet(zip, 1, lists.Contacts, Contact);
            Sheet(zip, 2, lists.EarlyHelpAssessments, EarlyHelp);
            Sheet(zip, 3, lists.Referrals, Referral);
            Sheet(zip, 4, lists.Assessments, Assessment);
            Sheet(zip, 5, lists.Section47Enquiries, Section47);
            Sheet(zip, 6, lists.ChildrenInNeed, ChildInNeed);
            Sheet(zip, 7, lists.ChildProtectionPlans, Plan);
            Sheet(zip, 8, lists.ChildrenInCare, ChildInCare);
            Sheet(zip, 9, lists.CareLeavers, CareLeaver);
            Sheet(zip, 10, lists.Adoptions, Adoption);
            Sheet(zip, 11, lists.Adopters, Adopter);
        }

        return new WriteResult([], _notes.Diagnostics());
    }

    private void Sheet<T>(ZipArchive zip, int number, IReadOnlyList<T> rows, Func<T, string, object?> value)
        where T : AnnexARow
    {
        var columns = All[number - 1].Columns;
        var extra = rows.SelectMany(r => r.Extra).Select(e => e.Header).Distinct(StringComparer.Ordinal).ToList();
        Part(zip, $"xl/worksheets/sheet{number}.xml", w =>
        {
            w.WriteStartElement("worksheet", Main);
            w.WriteStartElement("sheetData", Main);
            Row(w, 1, [.. columns.Select(c => (object?)c.Header), .. extra], null);
            var r = 2;
            foreach (var row in rows)
            {
                object?[] cells = [.. columns.Select(c => value(row, c.Header)), .. extra.Select(h => (object?)row.Extra.FirstOrDefault(e => e.Header == h)?.Value)];
                Row(w, r++, cells, Id(row));
            }

            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    private void Row(XmlWriter w, int number, IReadOnlyList<object?> cells, string? child)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement("row", Main);
        w.WriteAttributeString("r", n);
        for (var c = 0; c < cells.Count; c++)
        {
            if (Cell(cells[c], child) is not { } cell)
            {
                continue;
            }

            w.WriteStartElement("c", Main);
            w.WriteAttributeString("r", XlsxCellReference.Letters(c) + n);
            switch (cell)
            {
                case (double serial, true):
                    w.WriteAttributeString("s", "1");
                    w.WriteElementString("v", Main, serial.ToString(CultureInfo.InvariantCulture));
                    break;
                case (double plain, false):
                    w.WriteElementString("v", Main, plain.ToString(CultureInfo.InvariantCulture));
                    break;
                case (string text, _):
                    w.WriteAttributeString("t", "inlineStr");
                    w.WriteStartElement("is", Main);
                    w.WriteStartElement("t", Main);
                    w.WriteAttributeString("xml", "space", null, "preserve");
                    w.WriteString(text);
                    w.WriteEndElement();
                    w.WriteEndElement();
                    break;
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    // A value as a cell: (serial, true) for a date, (number, false), (text, false), or null for a blank.
    private (object Value, bool Date)? Cell(object? value, string? child)
    {
        switch (value)
        {
            case null:
                return null;
            case DateOnly date when date.Year < 1900:
                _notes.Add("date before 1900 written as text", child);
                return (DateText.ToDmy(date), false);
            case DateOnly date:
                // Excel's phantom 29 February 1900: serials before 1 March 1900 are one less than the base gives.
                return ((double)(date.DayNumber - s_day1900 - (date < s_firstSerial ? 1 : 0)), true);
            case int number:
                return ((double)number, false);
            case bool flag:
                return (flag ? "Yes" : "No", false);
            case string text:
                var clean = Clean(text);
                if (clean.Length != text.Length)
                {
                    _notes.Add("characters XML cannot hold left out", child);
                }

                return clean.Length == 0 ? null : (clean, false);
            default:
                var code = value.ToString();
                return string.IsNullOrEmpty(code) ? null : (Clean(code), false);
        }
    }

    private static string Clean(string text) => text.Any(c => !XmlConvert.IsXmlChar(c)) ? new string([.. text.Where(XmlConvert.IsXmlChar)]) : text;

    private static string Id(AnnexARow row) => row switch
    {
        AnnexAAdopter a => a.AdopterId,
        _ => ChildOf(row)?.ChildId ?? "",
    };

    private static AnnexAChild? ChildOf(AnnexARow row) => row switch
    {
        AnnexAContact r => r.Child,
        AnnexAEarlyHelpAssessment r => r.Child,
        AnnexAReferral r => r.Child,
        AnnexAAssessment r => r.Child,
        AnnexASection47Enquiry r => r.Child,
        AnnexAChildInNeed r => r.Child,
        AnnexAChildProtectionPlan r => r.Child,
        AnnexAChildInCare r => r.Child,
        AnnexACareLeaver r => r.Child,
        AnnexAAdoption r => r.Child,
        _ => null,
    };

    private static object? Common(AnnexAChild child, string header) => header switch
    {
        ChildId => child.ChildId,
        Gender => child.Gender.IsEmpty ? null : child.Gender.Code,
        Ethnicity => child.Ethnicity,
        DateOfBirth => child.DateOfBirth,
        AnnexAList.Age => child.Age,
        _ => throw new ArgumentOutOfRangeException(nameof(header), header, "Not a column of the list."),
    };

    private static object? Contact(AnnexAContact r, string h) => h switch
    {
        "Date of Contact" => r.Date,
        "Contact Source" => r.Source,
        _ => Common(r.Child, h),
    };

    private static object? EarlyHelp(AnnexAEarlyHelpAssessment r, string h) => h switch
    {
        "Assessment start date" => r.StartDate,
        "Assessment completion date" => r.CompletionDate,
        "Organisation completing assessment" => r.Organisation,
        _ => Common(r.Child, h),
    };

    private static object? Referral(AnnexAReferral r, string h) => h switch
    {
        "Date of Referral" => r.Date,
        "Referral Source" => r.Source,
        "Referral NFA?" => r.NoFurtherAction,
        "Number of Referrals in Last 12 Months" => r.ReferralsInLast12Months,
        Team => r.Team,
        Worker => r.Worker,
        _ => Common(r.Child, h),
    };

    private static object? Assessment(AnnexAAssessment r, string h) => h switch
    {
        Disability => r.Disability,
        "Continuous Assessment Start Date" => r.StartDate,
        "Child Seen During Continuous Assessment" => r.ChildSeen,
        "Continuous Assessment Date of Authorisation" => r.AuthorisationDate,
        "Was the child assessed as requiring LA children's social care support?" => r.RequiresSupport,
        Team => r.Team,
        Worker => r.Worker,
        _ => Common(r.Child, h),
    };

    private static object? Section47(AnnexASection47Enquiry r, string h) => h switch
    {
        Disability => r.Disability,
        "Strategy discussion initiating Section 47 Enquiry Start Date" => r.StrategyDiscussionDate,
        "Was an Initial Child Protection Conference deemed unnecessary?" => r.ConferenceNotRequired,
        "Date of Initial Child Protection Conference" => r.ConferenceDate,
        "Did the Initial Child Protection Conference Result in a Child Protection Plan" => r.ConferenceResultedInPlan,
        "Number of Section 47 Enquiries in the last 12 months" => r.EnquiriesInLast12Months,
        "Number of ICPCs in the last 12 months" => r.ConferencesInLast12Months,
        Team => r.Team,
        Worker => r.Worker,
        _ => Common(r.Child, h),
    };

    private static object? ChildInNeed(AnnexAChildInNeed r, string h) => h switch
    {
        Disability => r.Disability,
        "CIN Start Date" => r.StartDate,
        "Primary Need Code" => r.PrimaryNeed,
        "Date Child Was Last Seen" => r.LastSeen,
        "CIN Closure Date" => r.ClosureDate,
        "Reason for Closure" => r.ReasonForClosure,
        "Case Status" => r.CaseStatus,
        Team => r.Team,
        Worker => r.Worker,
        _ => Common(r.Child, h),
    };

    private static object? Plan(AnnexAChildProtectionPlan r, string h) => h switch
    {
        Disability => r.Disability,
        "Child Protection Plan Start Date" => r.StartDate,
        "Initial Category of Abuse" => r.InitialCategory,
        "Latest Category of Abuse" => r.LatestCategory,
        "Date of the Last Statutory Visit" => r.LastStatutoryVisit,
        "Was the Child Seen Alone?" => r.SeenAlone,
        "Date of latest review conference" => r.LatestReviewConference,
        "Child Protection Plan End Date" => r.EndDate,
        "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)" => r.EmergencyProtection,
        "Number of Previous Child Protection Plans" => r.PreviousPlans,
        Team => r.Team,
        Worker => r.Worker,
        _ => Common(r.Child, h),
    };

    private static object? ChildInCare(AnnexAChildInCare r, string h) => h switch
    {
        "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)" => r.Uasc,
        Disability => r.Disability,
        "Date Started to be Looked After" => r.PeriodStart,
        "Child's Category of Need" => r.CategoryOfNeed,
        "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)" => r.SubsequentPeriod,
        "Start date of current legal status" => r.LegalStatusStart,
        "Child's Legal Status" => r.LegalStatus,
        "Date of Latest Statutory Review" => r.LatestReview,
        "Date of Last Social Work Visit" => r.LastSocialWorkVisit,
        "What is the permanence plan for this child?" => r.PermanencePlan,
        "Date of Last IRO Visit / Contact to the Child" => r.LastIroContact,
        "Date of Last Health Assessment" => r.LastHealthAssessment,
        "Date of Last Dental Check" => r.LastDentalCheck,
        "Number of Placements in the Last 12 months" => r.PlacementsInLast12Months,
        "Date Ceased to be Looked After" => r.PeriodEnd,
        "Reason Ceased to be Looked After" => r.ReasonCeased,
        "Start Date of Most Recent Placement" => r.PlacementStart,
        "Placement Type" => r.Placement,
        "Placement Provider" => r.PlacementProvider,
        "Placement postcode" => r.PlacementPostcode,
        "URN of Placement" => r.Urn,
        "Placement Location" => r.PlacementLocation,
        "LA of Placement" => r.PlacementAuthority,
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months" => r.MissingEpisodesInLast12Months,
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months" => r.AbsenceEpisodesInLast12Months,
        "Was the child offered a Return Interview after their last missing episode (Y/N)?" => r.ReturnInterviewOffered,
        "Did the child accept a Return Interview after their last missing episode (Y/N)?" => r.ReturnInterviewAccepted,
        Team => r.Team,
        Worker => r.Worker,
        _ => Common(r.Child, h),
    };

    private static object? CareLeaver(AnnexACareLeaver r, string h) => h switch
    {
        "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)" => r.Uasc,
        Disability => r.Disability,
        Team => r.Team,
        Worker => r.Worker,
        "Allocated Personal Advisor" => r.PersonalAdvisor,
        "Eligibility Category" => r.Eligibility,
        "Latest Pathway Plan Review Date" => r.LatestPathwayPlanReview,
        "LA in Touch" => r.InTouch,
        "Latest Date of Contact" => r.LatestContact,

        // The SSDA903 ACCOM code is the letter and the suitability digit; Annex A gives them in two columns.
        "Type of Accommodation" => r.Accommodation.Code is [var letter, '1' or '2'] ? letter.ToString() : r.Accommodation.Code,
        "Suitability of Accommodation" => r.AccommodationSuitable switch { true => "Suitable", false => "Unsuitable", null => null },
        "Activity Status" => r.Activity,
        _ => Common(r.Child, h),
    };

    private static object? Adoption(AnnexAAdoption r, string h) => h switch
    {
        "Family identifier" => r.FamilyId,
        Disability => r.Disability,
        "Date the Child Entered Care" => r.EnteredCare,
        "Date of Decision that Child Should be Placed for Adoption" => r.DecisionToPlace,
        "Date of Placement Order" => r.PlacementOrder,
        "Date of Matching Child and Prospective Adopters" => r.Matched,
        "Date Placed for Adoption" => r.PlacedForAdoption,
        "Date of Adoption Order" => r.AdoptionOrder,
        "Date of Decision that Child Should No Longer be Placed for Adoption" => r.DecisionReversed,
        "Reason Why Child No Longer Placed for Adoption" => r.ReasonReversed,
        "Date the child was placed for fostering in FFA or concurrent planning placement" => r.FosteringForAdoption,
        _ => Common(r.Child, h),
    };

    private static object? Adopter(AnnexAAdopter r, string h) => h switch
    {
        "Individual adopter identifier" => r.AdopterId,
        "Family identifier" => r.FamilyId,
        Gender => r.Gender.IsEmpty ? null : r.Gender.Code,
        Ethnicity => r.Ethnicity,
        "Disability" => r.Disability,
        "Is the (prospective) adopter fostering for adoption?" => r.FosteringForAdoption,
        "Date enquiry received" => r.EnquiryReceived,
        "Date Stage 1 started" => r.Stage1Started,
        "Date Stage 1 ended" => r.Stage1Ended,
        "Date Stage 2 started" => r.Stage2Started,
        "Date Stage 2 ended" => r.Stage2Ended,
        "Date application submitted" => r.ApplicationSubmitted,
        "Date application approved" => r.ApplicationApproved,
        "Date adopter matched with child(ren)" => r.Matched,
        "Date child/children placed with adopter(s)" => r.ChildrenPlaced,
        "No. of children placed" => r.NumberOfChildrenPlaced,
        "Date of Adoption Order" => r.AdoptionOrder,
        "Date of leaving adoption process" => r.LeftProcess,
        "Reason for leaving adoption process" => r.ReasonLeft,
        _ => throw new ArgumentOutOfRangeException(nameof(h), h, "Not a column of List 11."),
    };

    private static void Part(ZipArchive zip, string path, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartDocument(standalone: true);
        write(w);
        w.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter w)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        w.WriteStartElement("Types", ns);
        Default(w, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, ns, "xml", "application/xml");
        Override(w, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(w, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        foreach (var list in All)
        {
            Override(w, ns, $"/xl/worksheets/sheet{list.Number}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }

        w.WriteEndElement();

        static void Default(XmlWriter w, string ns, string extension, string type)
        {
            w.WriteStartElement("Default", ns);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        static void Override(XmlWriter w, string ns, string part, string type)
        {
            w.WriteStartElement("Override", ns);
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
    }

    private static void Relationships(XmlWriter w, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        w.WriteStartElement("Relationships", ns);
        foreach (var (id, type, target) in relationships)
        {
            w.WriteStartElement("Relationship", ns);
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Workbook(XmlWriter w)
    {
        w.WriteStartElement("workbook", Main);
        w.WriteAttributeString("xmlns", "r", null, "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        w.WriteStartElement("sheets", Main);
        foreach (var list in All)
        {
            w.WriteStartElement("sheet", Main);
            w.WriteAttributeString("name", list.Name);
            w.WriteAttributeString("sheetId", list.Number.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships", $"rId{list.Number}");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    // Two cell formats: 0 general, 1 the built-in short date (numFmt 14), so that Excel shows the serials as dates.
    private static void Styles(XmlWriter w)
    {
        w.WriteStartElement("styleSheet", Main);
        w.WriteRaw("""<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>""");
        w.WriteEndElement();
    }
}
