namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// The code lists of the SSDA903 return of children looked after, by collection year: the one source of its codes.
/// The record types' <c>KnownCodes</c> (<see cref="PlacementType"/>, <see cref="ReasonEpisodeCeased"/>...), the
/// Formats readers' check of each code against its year and the synthetic generator all read these lists.
/// </summary>
/// <remarks>
/// <para>Transcribed from Social Finance's liia-tools-pipeline <c>SSDA903_schema_2017.yml</c> (the base lists) and its
/// year diffs <c>SSDA903_schema_2019/2022/2024/2025/2026.diff.yml</c>; liia-tools <c>SSDA903_schema_2024.yml</c>
/// agrees with the base plus the 2019, 2022 and 2024 diffs (copies in
/// <c>tests/ChildrensSocialCare.Indicators.Formats.Tests/Fixtures</c>, see <c>SOURCES.md</c> there). The main
/// changes: <c>REC</c> E45-E48 replace E43/E44 from 2019; <c>REASON_PLACE_CHANGE</c> CUSTOD from 2019; <c>ACTIV</c>
/// F4/P4/F5/P5 replace F3/P3 from 2022; the social worker table from 2024; <c>SEX</c> M/F/U replace 1/2 from 2025;
/// <c>PLACE</c> K3 added and H5/P2 dropped from 2025, Z11-Z14 added from 2026.</para>
/// <para>A collection year is the year the reporting year ends (2024 for 2023-24).</para>
/// </remarks>
public static class Ssda903CodeLists
{
    /// <summary><c>SEX</c> (header and UASC): 1 male, 2 female until 2024; M, F, U from 2025.</summary>
    public static CodeList Sex { get; } = new("SEX", (null, 2024, "1 2"), (2025, null, "M F U"));

    /// <summary><c>ETHNIC</c>, the child's ethnicity (the DfE 20-code list).</summary>
    public static CodeList Ethnic { get; } = new("ETHNIC", (null, null, "WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT"));

    /// <summary><c>MOTHER</c>: whether the child is a mother (0, 1).</summary>
    public static CodeList Mother { get; } = new("MOTHER", (null, null, "0 1"));

    /// <summary><c>RNE</c>, the reason for a new episode (<see cref="Records.ReasonForNewEpisode"/>).</summary>
    public static CodeList ReasonForNewEpisode { get; } = new("RNE", (null, null, "S L P T B U"));

    /// <summary><c>LS</c>, the legal status of an episode (<see cref="Records.LegalStatus"/>).</summary>
    public static CodeList LegalStatus { get; } = new("LS", (null, null, "C1 C2 D1 E1 V2 V3 V4 L1 L2 L3 J1 J2 J3"));

    /// <summary><c>CIN</c>, the category of need of an episode, N1-N8 (<see cref="Records.CategoryOfNeed"/>).</summary>
    public static CodeList CategoryOfNeed { get; } = new("CIN", (null, null, "N1 N2 N3 N4 N5 N6 N7 N8"));

    /// <summary><c>PLACE</c>, the placement type (<see cref="Records.PlacementType"/>): H5 and P2 until 2024, K3 from
    /// 2025, Z11-Z14 from 2026 (Z1 kept; the D2I 903 validator drops it).</summary>
    public static CodeList PlacementType { get; } = new("PLACE",
        (null, null, "A3 A4 A5 A6 K1 K2 P1 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 U1 U2 U3 U4 U5 U6 Z1"),
        (null, 2024, "H5 P2"),
        (2025, null, "K3"),
        (2026, null, "Z11 Z12 Z13 Z14"));

    /// <summary><c>PLACE_PROVIDER</c>, who provides the placement (<see cref="Records.PlacementProvider"/>).</summary>
    public static CodeList PlacementProvider { get; } = new("PLACE_PROVIDER", (null, null, "PR0 PR1 PR2 PR3 PR4 PR5"));

    /// <summary><c>REC</c>, the reason an episode ceased (<see cref="Records.ReasonEpisodeCeased"/>): E43/E44 until
    /// 2018, E45-E48 from 2019.</summary>
    public static CodeList ReasonEpisodeCeased { get; } = new("REC",
        (null, null, "X1 E11 E12 E2 E3 E4A E4B E13 E41 E5 E6 E7 E8 E9 E14 E15 E16 E17"),
        (null, 2018, "E43 E44"),
        (2019, null, "E45 E46 E47 E48"));

    /// <summary><c>REASON_PLACE_CHANGE</c>, why a placement changed (<see cref="Records.ReasonPlaceChange"/>): CUSTOD
    /// from 2019.</summary>
    public static CodeList ReasonPlaceChange { get; } = new("REASON_PLACE_CHANGE",
        (null, null, "CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE OTHER"),
        (2019, null, "CUSTOD"));

    /// <summary><c>REVIEW_CODE</c>, the child's participation in a review (PN0-PN7).</summary>
    public static CodeList ReviewCode { get; } = new("REVIEW_CODE", (null, null, "PN0 PN1 PN2 PN3 PN4 PN5 PN6 PN7"));

    /// <summary><c>SDQ_REASON</c>, why no strengths and difficulties questionnaire was returned (SDQ1-SDQ5).</summary>
    public static CodeList SdqReason { get; } = new("SDQ_REASON", (null, null, "SDQ1 SDQ2 SDQ3 SDQ4 SDQ5"));

    /// <summary><c>IN_TOUCH</c> (OC3), whether the authority is in touch with a care leaver (<see cref="Records.InTouch"/>).</summary>
    public static CodeList InTouch { get; } = new("IN_TOUCH", (null, null, "YES NO DIED REFU NREQ RHOM"));

    /// <summary><c>ACTIV</c> (OC3), a care leaver's main activity (<see cref="Records.Activity"/>): F3/P3 until 2021,
    /// F4/P4/F5/P5 from 2022.</summary>
    public static CodeList Activity { get; } = new("ACTIV",
        (null, null, "F1 P1 F2 P2 G4 G5 G6 0"),
        (null, 2021, "F3 P3"),
        (2022, null, "F4 P4 F5 P5"));

    /// <summary><c>ACCOM</c> (OC3), a care leaver's accommodation (<see cref="Records.Accommodation"/>). The schema lists
    /// S1 and X1, which the record type does not count as known (no fixed abode and custody are never suitable).</summary>
    public static CodeList Accommodation { get; } = new("ACCOM",
        (null, null, "B1 B2 C1 C2 D1 D2 E1 E2 G1 G2 H1 H2 K1 K2 R1 R2 S1 S2 T1 T2 U1 U2 V1 V2 W1 W2 X1 X2 Y1 Y2 Z1 Z2 0"));

    /// <summary><c>FOSTER_CARE</c> (AD1): whether the child was adopted by their foster carers (0, 1).</summary>
    public static CodeList FosterCare { get; } = new("FOSTER_CARE", (null, null, "0 1"));

    /// <summary><c>SEX_ADOPTR</c> (AD1), the sex of the adopters (M1, F1, MM, FF, MF).</summary>
    public static CodeList AdopterSex { get; } = new("SEX_ADOPTR", (null, null, "M1 F1 MM FF MF"));

    /// <summary><c>LS_ADOPTR</c> (AD1), the legal status of the adopters (L0, L11, L12, L2, L3, L4).</summary>
    public static CodeList AdopterLegalStatus { get; } = new("LS_ADOPTR", (null, null, "L0 L11 L12 L2 L3 L4"));

    /// <summary><c>REASON_PLACED_CEASED</c>, why a placement for adoption ended (RD1-RD4).</summary>
    public static CodeList ReasonPlacedCeased { get; } = new("REASON_PLACED_CEASED", (null, null, "RD1 RD2 RD3 RD4"));

    /// <summary><c>PREV_PERM</c>, the previous permanence option (P1-P4, Z1).</summary>
    public static CodeList PreviousPermanence { get; } = new("PREV_PERM", (null, null, "P1 P2 P3 P4 Z1"));

    /// <summary><c>MISSING</c>: M missing, A away from placement without authorisation.</summary>
    public static CodeList Missing { get; } = new("MISSING", (null, null, "M A"));

    /// <summary><c>SW_REASON</c>, why a social worker episode ended, from 2024.</summary>
    public static CodeList SocialWorkerChangeReason { get; } = new("SW_REASON",
        (2024, null, "MANAGE FCONTA LEFTRL ORGRST TSPROC ABSENC CHCHAN PCCHAN SWDIED OTHERS"));

    /// <summary>Every list, in the order of the return's tables (header, episodes, reviews, OC2 and OC3, AD1,
    /// placed for adoption, previous permanence, missing, social workers).</summary>
    public static IReadOnlyList<CodeList> All { get; } =
    [
        Sex, Ethnic, Mother, ReasonForNewEpisode, LegalStatus, CategoryOfNeed, PlacementType, PlacementProvider,
        ReasonEpisodeCeased, ReasonPlaceChange, ReviewCode, SdqReason, InTouch, Activity, Accommodation, FosterCare,
        AdopterSex, AdopterLegalStatus, ReasonPlacedCeased, PreviousPermanence, Missing, SocialWorkerChangeReason,
    ];
}
