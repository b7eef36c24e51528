using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

// Builds the core's records from the values of one SSDA903 row or element, reporting each doubtful value. A builder
// returns null when the record is rejected (an error was reported). Column positions follow Ssda903TableSpec.
internal static class Ssda903Records
{
    // The conversions of codes, for the pools that remember each distinct code converted.
    private static readonly Func<string?, Sex> s_sex = s => new(s);
    private static readonly Func<string?, ReasonForNewEpisode> s_rne = s => new(s);
    private static readonly Func<string?, LegalStatus> s_ls = s => new(s);
    private static readonly Func<string?, CategoryOfNeed> s_cin = s => new(s);
    private static readonly Func<string?, PlacementType> s_place = s => new(s);
    private static readonly Func<string?, PlacementProvider> s_provider = s => new(s);
    private static readonly Func<string?, ReasonEpisodeCeased> s_rec = s => new(s);
    private static readonly Func<string?, ReasonPlaceChange> s_change = s => new(s);

    // The shape checks, for the pools that remember each distinct value's result.
    private static readonly Func<string, bool> s_isUpn = s => Shapes.IsUpn(s);
    private static readonly Func<string, bool> s_isPostcode = s => Shapes.IsPostcode(s);

    public static string? ChildId(scoped ref RecordCells c, FieldReader fr, StringPool pool)
    {
        var id = c.IsXml ? c.ChildId : fr.Id(c[0], "CHILD", pool);
        fr.ChildId = id;
        return id;
    }

    public static Child? Header(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        var id = ChildId(ref c, fr, p[0]);
        var sex = fr.Code(c[1], "SEX", "SEX", Need.Expected, p[1], s_sex);
        var dob = fr.Date(c[2], "DOB", Need.Expected);
        var ethnic = fr.Code(c[3], "ETHNIC", "ETHNIC", Need.Expected, p[3]);
        var upn = Upn(c[4], fr, p[4]);
        var mother = fr.Flag(c[5], "MOTHER", Need.Optional);
        var motherChildDob = fr.Date(c[6], "MC_DOB", Need.Optional);
        return fr.Rejected ? null : new Child(id!, dob, sex)
        {
            Ethnicity = ethnic,
            Upn = upn,
            IsMother = mother,
            MotherChildDateOfBirth = motherChildDob,
        };
    }

    public static LookedAfterEpisode? Episode(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        var id = ChildId(ref c, fr, p[0]);
        var start = fr.Date(c[1], "DECOM", Need.Key);
        var rne = fr.Code(c[2], "RNE", "RNE", Need.Expected, p[2], s_rne);
        var ls = fr.Code(c[3], "LS", "LS", Need.Expected, p[3], s_ls);
        var cin = fr.Code(c[4], "CIN", "CIN", Need.Expected, p[4], s_cin);
        var place = fr.Code(c[5], "PLACE", "PLACE", Need.Expected, p[5], s_place);
        var provider = fr.Code(c[6], "PLACE_PROVIDER", "PLACE_PROVIDER", Need.Optional, p[6], s_provider);
        var end = fr.Date(c[7], "DEC", Need.Optional);
        var rec = fr.Code(c[8], "REC", "REC", Need.Optional, p[8], s_rec);
        var change = fr.Code(c[9], "REASON_PLACE_CHANGE", "REASON_PLACE_CHANGE", Need.Optional, p[9], s_change);
        var home = Postcode(c[10], "HOME_POST", fr, p[10]);
        var placement = Postcode(c[11], "PL_POST", fr, p[11]);
        var urn = fr.Text(c[12], "URN", Need.Optional, p[12]);
        if (start is { } s && end is { } e && e < s && fr.Admit(DiagnosticSeverity.Warning, DiagnosticCodes.Ssda903DecomAfterDec, "DEC"))
        {
            fr.Emit(DiagnosticSeverity.Warning, DiagnosticCodes.Ssda903DecomAfterDec, "DEC", DateText.ToDmy(e),
                $"The episode ceases before it starts (DECOM {DateText.ToDmy(s)}); it is kept as supplied.");
        }

        return fr.Rejected ? null : new LookedAfterEpisode(id!, start!.Value, rne, ls, place, end, rec)
        {
            CategoryOfNeed = cin,
            PlacementProvider = provider,
            ReasonPlaceChange = change,
            HomePostcode = home,
            PlacementPostcode = placement,
            Urn = urn,
        };
    }

    public static Review? Review(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        var id = ChildId(ref c, fr, p[0]);
        var dob = DateOfBirth(ref c, fr, 1);
        var date = fr.Date(c[2], "REVIEW", Need.Key);
        var code = fr.Code(c[3], "REVIEW_CODE", "REVIEW_CODE", Need.Expected, p[3]);
        return fr.Rejected ? null : new Review(id!, dob, date!.Value, code);
    }

    public static UnaccompaniedAsylumSeeker? Uasc(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        var id = ChildId(ref c, fr, p[0]);
        var sex = c.IsXml ? c.Sex : fr.Code(c[1], "SEX", "SEX", Need.Expected, p[1]);
        var dob = DateOfBirth(ref c, fr, 2);
        var ceased = fr.Date(c[3], "DUC", Need.Optional);
        return fr.Rejected ? null : new UnaccompaniedAsylumSeeker(id!, sex, dob, ceased);
    }

    public static HealthOutcome? Oc2(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        var id = ChildId(ref c, fr, p[0]);
        var dob = DateOfBirth(ref c, fr, 1);
        var score = fr.Integer(c[2], "SDQ_SCORE", Need.Optional, 0, 40);
        var reason = fr.Code(c[3], "SDQ_REASON", "SDQ_REASON", Need.Optional, p[3]);
        var convicted = fr.Flag(c[4], "CONVICTED", Need.Optional);
        var healthCheck = fr.Flag(c[5], "HEALTH_CHECK", Need.Optional);
        var immunisations = fr.Flag(c[6], "IMMUNISATIONS", Need.Optional);
        var teeth = fr.Flag(c[7], "TEETH_CHECK", Need.Optional);
        var assessment = fr.Flag(c[8], "HEALTH_ASSESSMENT", Need.Optional);
        var substance = fr.Flag(c[9], "SUBSTANCE_MISUSE", Need.Optional);
        var received = fr.Flag(c[10], "INTERVENTION_RECEIVED", Need.Optional);
        var offered = fr.Flag(c[11], "INTERVENTION_OFFERED", Need.Optional);
        return fr.Rejected ? null : new HealthOutcome(id!, dob)
        {
            SdqScore = score,
            SdqReason = reason,
            Convicted = convicted,
            HealthCheck = healthCheck,
            Immunisations = immunisations,
            TeethCheck = teeth,
            HealthAssessment = assessment,
            SubstanceMisuse = substance,
            InterventionReceived = received,
            InterventionOffered = offered,
        };
    }

    public static CareLeaverOutcome? Oc3(scoped ref RecordCells c, FieldReader fr, StringPool[] p, int? collectionYear)
    {
        var id = ChildId(ref c, fr, p[0]);
        var dob = DateOfBirth(ref c, fr, 1);
        var inTouch = fr.Code(c[2], "IN_TOUCH", "IN_TOUCH", Need.Expected, p[2]);
        var activity = fr.Code(c[3], "ACTIV", "ACTIV", Need.Expected, p[3]);
        var accommodation = fr.Code(c[4], "ACCOM", "ACCOM", Need.Expected, p[4]);
        return fr.Rejected ? null : new CareLeaverOutcome(id!, dob, inTouch, activity, accommodation) { CollectionYear = collectionYear };
    }

    public static Adoption? Ad1(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        var id = ChildId(ref c, fr, p[0]);
        var dob = DateOfBirth(ref c, fr, 1);
        var shouldBePlaced = fr.Date(c[2], "DATE_INT", Need.Expected);
        var matched = fr.Date(c[3], "DATE_MATCH", Need.Expected);
        var fosterCarer = fr.Flag(c[4], "FOSTER_CARE", Need.Expected);
        var adopters = fr.Integer(c[5], "NB_ADOPTR", Need.Expected, 1, 2);
        var sexOfAdopters = fr.Code(c[6], "SEX_ADOPTR", "SEX_ADOPTR", Need.Expected, p[6]);
        var legalStatus = fr.Code(c[7], "LS_ADOPTR", "LS_ADOPTR", Need.Expected, p[7]);
        return fr.Rejected ? null : new Adoption(id!, dob, shouldBePlaced, matched)
        {
            ByFosterCarer = fosterCarer,
            NumberOfAdopters = adopters,
            SexOfAdopters = sexOfAdopters,
            LegalStatusOfAdopters = legalStatus,
        };
    }

    public static PlacedForAdoption? PlacedForAdoption(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        var id = ChildId(ref c, fr, p[0]);
        var dob = DateOfBirth(ref c, fr, 1);
        var placed = fr.Date(c[2], "DATE_PLACED", Need.Expected);
        var ceased = fr.Date(c[3], "DATE_PLACED_CEASED", Need.Optional);
        var reason = fr.Code(c[4], "REASON_PLACED_CEASED", "REASON_PLACED_CEASED", Need.Optional, p[4]);
        return fr.Rejected ? null : new PlacedForAdoption(id!, dob, placed, ceased, reason);
    }

    public static PreviousPermanence? PreviousPermanence(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        var id = ChildId(ref c, fr, p[0]);
        var dob = DateOfBirth(ref c, fr, 1);
        var code = fr.Code(c[2], "PREV_PERM", "PREV_PERM", Need.Expected, p[2]);
        var authority = fr.Text(c[3], "LA_PERM", Need.Optional, p[3]);

        // DATE_PERM may be a partial date (zz/mm/yyyy when the day is not known), so it is kept as text.
        var date = fr.Text(c[4], "DATE_PERM", Need.Optional, p[4]);
        return fr.Rejected ? null : new PreviousPermanence(id!, dob, code, authority, date);
    }

    public static MissingEpisode? Missing(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        var id = ChildId(ref c, fr, p[0]);
        var dob = DateOfBirth(ref c, fr, 1);
        var kind = fr.Code(c[2], "MISSING", "MISSING", Need.Expected, p[2]);
        var start = fr.Date(c[3], "MIS_START", Need.Key);
        var end = fr.Date(c[4], "MIS_END", Need.Optional);
        return fr.Rejected ? null : new MissingEpisode(id!, dob, kind, start!.Value, end);
    }

    public static SocialWorkerEpisode? SocialWorker(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        var id = ChildId(ref c, fr, p[0]);
        var dob = DateOfBirth(ref c, fr, 1);
        var worker = fr.Text(c[2], "SW_ID", Need.Expected, p[2]);
        var start = fr.Date(c[3], "SW_DECOM", Need.Key);
        var end = fr.Date(c[4], "SW_DEC", Need.Optional);
        var reason = fr.Code(c[5], "SW_REASON", "SW_REASON", Need.Optional, p[5]);
        return fr.Rejected ? null : new SocialWorkerEpisode(id!, dob, worker, start!.Value, end, reason);
    }

    // Deprivation of liberty: checked like any row, but there is no record to keep.
    public static void DeprivationOfLiberty(scoped ref RecordCells c, FieldReader fr, StringPool[] p)
    {
        ChildId(ref c, fr, p[0]);
        DateOfBirth(ref c, fr, 1);
        fr.Date(c[2], "DOLO_START", Need.Expected);
        fr.Date(c[3], "DOLO_END", Need.Optional);
    }

    private static DateOnly? DateOfBirth(scoped ref RecordCells c, FieldReader fr, int column) =>
        c.IsXml ? c.DateOfBirth : fr.Date(c[column], "DOB", Need.Expected);

    private static string? Upn(ReadOnlySpan<char> raw, FieldReader fr, StringPool pool)
    {
        var upn = fr.Text(raw, "UPN", Need.Expected, pool, s_isUpn, out var shaped);
        if (!shaped)
        {
            fr.Report(DiagnosticSeverity.Warning, DiagnosticCodes.UpnFormat, "UPN", upn,
                "The UPN is not a letter, eleven digits and a digit or letter (nor UN1-UN10); it is kept as supplied.");
        }

        return upn;
    }

    private static string? Postcode(ReadOnlySpan<char> raw, string column, FieldReader fr, StringPool pool)
    {
        var postcode = fr.Text(raw, column, Need.Optional, pool, s_isPostcode, out var shaped);
        if (!shaped)
        {
            fr.Report(DiagnosticSeverity.Warning, DiagnosticCodes.PostcodeFormat, column, postcode,
                "The postcode does not have the shape of a UK postcode; it is kept as supplied.");
        }

        return postcode;
    }
}
