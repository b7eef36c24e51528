namespace ChildrensSocialCare.Indicators.Formats;

// The year-versioned code lists, as data. Each row says: these codes of this item are valid from collection year
// From (null: from the earliest year this library knows) to collection year To (null: still valid), both inclusive.
// A year before the earliest row uses the earliest rows; a year after the latest uses the latest.
//
// Sources (copies in tests/ChildrensSocialCare.Indicators.Formats.Tests/Fixtures, see SOURCES.md there):
// - SSDA903: liia-tools-pipeline SSDA903_schema_2017.yml (the base lists) and the year diffs
//   SSDA903_schema_2019/2022/2024/2025/2026.diff.yml; liia-tools SSDA903_schema_2024.yml agrees with the base
//   plus the 2019, 2022 and 2024 diffs.
// - CIN census: the enumerations of liia-tools-pipeline CIN_schema_2017.xsd ... CIN_schema_2026.xsd.
internal static class CodeListTable
{
    public static readonly CodeListEntry[] Entries =
    [
        // SSDA903 header and UASC: SEX 1/2 until 2024, M/F/U from 2025 (SSDA903_schema_2025.diff.yml).
        new(StatutoryReturn.Ssda903, "SEX", null, 2024, "1 2"),
        new(StatutoryReturn.Ssda903, "SEX", 2025, null, "M F U"),
        new(StatutoryReturn.Ssda903, "ETHNIC", null, null, "WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT"),
        new(StatutoryReturn.Ssda903, "MOTHER", null, null, "0 1"),

        // Episodes.
        new(StatutoryReturn.Ssda903, "RNE", null, null, "S L P T B U"),
        new(StatutoryReturn.Ssda903, "LS", null, null, "C1 C2 D1 E1 V2 V3 V4 L1 L2 L3 J1 J2 J3"),
        new(StatutoryReturn.Ssda903, "CIN", null, null, "N1 N2 N3 N4 N5 N6 N7 N8"),
        new(StatutoryReturn.Ssda903, "PLACE", null, null, "A3 A4 A5 A6 K1 K2 P1 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 U1 U2 U3 U4 U5 U6 Z1"),
        new(StatutoryReturn.Ssda903, "PLACE", null, 2024, "H5 P2"), // dropped in SSDA903_schema_2025.diff.yml
        new(StatutoryReturn.Ssda903, "PLACE", 2025, null, "K3"), // added in SSDA903_schema_2025.diff.yml
        new(StatutoryReturn.Ssda903, "PLACE", 2026, null, "Z11 Z12 Z13 Z14"), // added in 2026; Z1 kept (the D2I 903 validator drops it)
        new(StatutoryReturn.Ssda903, "PLACE_PROVIDER", null, null, "PR0 PR1 PR2 PR3 PR4 PR5"),
        new(StatutoryReturn.Ssda903, "REC", null, null, "X1 E11 E12 E2 E3 E4A E4B E13 E41 E5 E6 E7 E8 E9 E14 E15 E16 E17"),
        new(StatutoryReturn.Ssda903, "REC", null, 2018, "E43 E44"), // replaced in SSDA903_schema_2019.diff.yml
        new(StatutoryReturn.Ssda903, "REC", 2019, null, "E45 E46 E47 E48"),
        new(StatutoryReturn.Ssda903, "REASON_PLACE_CHANGE", null, null, "CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE OTHER"),
        new(StatutoryReturn.Ssda903, "REASON_PLACE_CHANGE", 2019, null, "CUSTOD"),

        // Reviews, OC2, OC3.
        new(StatutoryReturn.Ssda903, "REVIEW_CODE", null, null, "PN0 PN1 PN2 PN3 PN4 PN5 PN6 PN7"),
        new(StatutoryReturn.Ssda903, "SDQ_REASON", null, null, "SDQ1 SDQ2 SDQ3 SDQ4 SDQ5"),
        new(StatutoryReturn.Ssda903, "IN_TOUCH", null, null, "YES NO DIED REFU NREQ RHOM"),
        new(StatutoryReturn.Ssda903, "ACTIV", null, null, "F1 P1 F2 P2 G4 G5 G6 0"),
        new(StatutoryReturn.Ssda903, "ACTIV", null, 2021, "F3 P3"), // replaced in SSDA903_schema_2022.diff.yml
        new(StatutoryReturn.Ssda903, "ACTIV", 2022, null, "F4 P4 F5 P5"),
        new(StatutoryReturn.Ssda903, "ACCOM", null, null, "B1 B2 C1 C2 D1 D2 E1 E2 G1 G2 H1 H2 K1 K2 R1 R2 S1 S2 T1 T2 U1 U2 V1 V2 W1 W2 X1 X2 Y1 Y2 Z1 Z2 0"),

        // AD1, placed for adoption, previous permanence, missing, social workers.
        new(StatutoryReturn.Ssda903, "FOSTER_CARE", null, null, "0 1"),
        new(StatutoryReturn.Ssda903, "SEX_ADOPTR", null, null, "M1 F1 MM FF MF"),
        new(StatutoryReturn.Ssda903, "LS_ADOPTR", null, null, "L0 L11 L12 L2 L3 L4"),
        new(StatutoryReturn.Ssda903, "REASON_PLACED_CEASED", null, null, "RD1 RD2 RD3 RD4"),
        new(StatutoryReturn.Ssda903, "PREV_PERM", null, null, "P1 P2 P3 P4 Z1"),
        new(StatutoryReturn.Ssda903, "MISSING", null, null, "M A"),
        new(StatutoryReturn.Ssda903, "SW_REASON", 2024, null, "MANAGE FCONTA LEFTRL ORGRST TSPROC ABSENC CHCHAN PCCHAN SWDIED OTHERS"),

        // CIN census. GenderCurrent 0/1/2/9 until 2024; Sex M/F/U from 2025 (CIN_schema_2025.xsd).
        new(StatutoryReturn.CinCensus, "Sex", null, 2024, "0 1 2 9"),
        new(StatutoryReturn.CinCensus, "Sex", 2025, null, "M F U"),
        new(StatutoryReturn.CinCensus, "Ethnicity", null, null, "WBRI WIRI WIRT WOTH WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT"),
        new(StatutoryReturn.CinCensus, "Disability", null, null, "NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA"),
        new(StatutoryReturn.CinCensus, "UPNunknown", null, null, "UN1 UN2 UN3 UN4 UN5 UN6 UN7"),
        new(StatutoryReturn.CinCensus, "ReferralSource", null, null, "1A 1B 1C 1D 2A 2B 3A 3B 3C 3D 3E 3F 4 5A 5B 5C 6 7 8 9 10"),
        new(StatutoryReturn.CinCensus, "ReferralSource", 2023, null, "5D"),
        new(StatutoryReturn.CinCensus, "PrimaryNeedCode", null, null, "N0 N1 N2 N3 N4 N5 N6 N7 N8 N9"),
        new(StatutoryReturn.CinCensus, "ReasonForClosure", null, null, "RC1 RC2 RC3 RC4 RC5 RC6 RC7 RC8"),
        new(StatutoryReturn.CinCensus, "ReasonForClosure", 2023, null, "RC9"),
        // 18A and 19A stay valid after 2021: the schemas keep them ("retained despite official schema change").
        new(StatutoryReturn.CinCensus, "AssessmentFactors", null, null, "1A 1B 1C 2A 2B 2C 3A 3B 3C 4A 4B 4C 5A 5B 5C 6A 6B 6C 7A 8B 8C 8D 8E 8F 9A 10A 11A 12A 13A 14A 15A 16A 17A 18A 19A 20 21 22A 23A"),
        new(StatutoryReturn.CinCensus, "AssessmentFactors", 2021, null, "18B 18C 19B 19C"),
        new(StatutoryReturn.CinCensus, "AssessmentFactors", 2022, null, "24A"),
        new(StatutoryReturn.CinCensus, "CategoryOfAbuse", null, null, "NEG PHY SAB EMO MUL"),
    ];
}

internal sealed record CodeListEntry(StatutoryReturn Return, string Item, int? From, int? To, string Codes)
{
    public bool AppliesTo(int year) => (From is not { } from || year >= from) && (To is not { } to || year <= to);

    public string[] CodeArray => Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
