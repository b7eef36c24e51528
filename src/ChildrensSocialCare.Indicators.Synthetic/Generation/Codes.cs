using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic;

// The codes the generator writes, held once as code values so that records share them instead of allocating strings.
// Inside the simulation a code is a byte index into these arrays. Code lists follow the SSDA903 and CIN census guides as
// captured by liia-tools-pipeline's year-versioned schemas (SSDA903_schema_2017.yml and its diffs): REC E43/E44 and
// ACTIV F3/P3 until collection year 2021, E45-E48 and F4/P4/F5/P5 from 2022; PLACE H5 until 2024, K3 from 2025.
internal static class Codes
{
    public const int NewRecCodesFrom = 2022;
    public const int NewActivityCodesFrom = 2022;
    public const int SupportedAccommodationFrom = 2025;
    public const int SexLettersFrom = 2025;
    public const int ReasonPlaceChangeFrom = 2017;
    public const int StayingPutCodeFrom = 2017;
    public const int CinPlansFrom = 2022;
}

internal static class Rne
{
    public const byte S = 0, L = 1, P = 2, T = 3, B = 4, U = 5;

    public static readonly ReasonForNewEpisode[] Values = ["S", "L", "P", "T", "B", "U"];
}

internal static class Ls
{
    public const byte C1 = 0, C2 = 1, E1 = 2, V2 = 3, V3 = 4, V4 = 5, L1 = 6, L2 = 7, J2 = 8;

    public static readonly LegalStatus[] Values = ["C1", "C2", "E1", "V2", "V3", "V4", "L1", "L2", "J2"];
}

internal static class Place
{
    public const byte U1 = 0, U3 = 1, U4 = 2, U5 = 3, U6 = 4, A3 = 5, A4 = 6, K2 = 7, H5 = 8, P1 = 9, R1 = 10,
        S1 = 11, Z1 = 12, T1 = 13, T3 = 14, T4 = 15, K3 = 16;

    public static readonly PlacementType[] Values =
        ["U1", "U3", "U4", "U5", "U6", "A3", "A4", "K2", "H5", "P1", "R1", "S1", "Z1", "T1", "T3", "T4", "K3"];

    public static bool IsFoster(byte p) => p <= U6;

    public static bool IsTemporary(byte p) => p is T1 or T3 or T4;

    public static bool IsAdoption(byte p) => p is A3 or A4;
}

internal static class Rec
{
    public const byte X1 = 0, E11 = 1, E12 = 2, E2 = 3, E3 = 4, E4A = 5, E4B = 6, E13 = 7, E41 = 8, E43 = 9, E44 = 10,
        E45 = 11, E46 = 12, E47 = 13, E48 = 14, E5 = 15, E6 = 16, E7 = 17, E8 = 18, E9 = 19, E17 = 20;

    public static readonly ReasonEpisodeCeased[] Values =
        ["X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E43", "E44", "E45", "E46", "E47", "E48", "E5", "E6",
         "E7", "E8", "E9", "E17"];
}

internal static class Provider
{
    public const byte PR0 = 0, PR1 = 1, PR2 = 2, PR4 = 3, PR5 = 4;

    public static readonly PlacementProvider[] Values = ["PR0", "PR1", "PR2", "PR4", "PR5"];
}

internal static class PlaceChange
{
    public static readonly ReasonPlaceChange[] Values =
        ["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "OTHER"];

    public static readonly Choice Weights = new(0.38, 0.04, 0.02, 0.03, 0.02, 0.14, 0.07, 0.08, 0.04, 0.03, 0.15);
}

internal static class Need
{
    // N0-N9; the SSDA903 CIN field uses N1-N8.
    public static readonly CategoryOfNeed[] Values = ["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"];

    // Primary need at referral for children assessed as in need (DfE characteristics of children in need, roughly
    // half abuse or neglect).
    public static readonly Choice InNeed = new(0, 0.52, 0.04, 0.04, 0.10, 0.17, 0.03, 0.01, 0.04, 0);

    // Category of need of children looked after (about 62% abuse or neglect; absent parenting mostly for
    // unaccompanied children).
    public static readonly Choice LookedAfter = new(0, 0.62, 0.03, 0.04, 0.08, 0.15, 0.02, 0.002, 0.058, 0);
}

internal static class Closure
{
    public const byte RC1 = 0, RC2 = 1, RC3 = 2, RC4 = 3, RC5 = 4, RC6 = 5, RC7 = 6, RC8 = 7, RC9 = 8;

    public static readonly ReasonForClosure[] Values = ["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"];
}

internal static class Abuse
{
    public static readonly CategoryOfAbuse[] Values = ["NEG", "EMO", "PHY", "SAB", "MUL"];

    // Initial category of abuse of plans (DfE D tables: neglect and emotional abuse dominate).
    public static readonly Choice Weights = new(0.45, 0.34, 0.09, 0.05, 0.07);
}

internal static class ReferralSources
{
    public static readonly string[] Values =
        ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"];

    // Police about 28%, schools 17%, health 14%, local authority services 14% (DfE C1 referral sources).
    public static readonly Choice Weights = new(
        0.03, 0.02, 0.01, 0.03, 0.17, 0.02, 0.03, 0.03, 0.01, 0.02, 0.03, 0.02, 0.02, 0.06, 0.03, 0.03, 0.02, 0.28, 0.05,
        0.05, 0.02, 0.02);
}

internal static class Ethnicity
{
    public static readonly string[] Values =
        ["WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB",
         "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"];

    public static readonly Choice Weights = new(
        0.66, 0.003, 0.05, 0.002, 0.004, 0.03, 0.01, 0.015, 0.025, 0.015, 0.035, 0.012, 0.015, 0.012, 0.045, 0.012, 0.002,
        0.02, 0.008, 0.025);
}

internal static class Sexes
{
    public const byte Male = 0, Female = 1;

    public static readonly Sex[] Numeric = ["1", "2"];

    public static readonly Sex[] Letters = ["M", "F"];
}

internal static class LeaverCodes
{
    public const byte Yes = 0, No = 1, Died = 2, Refu = 3, Nreq = 4, Rhom = 5;

    public static readonly InTouch[] InTouchValues = ["YES", "NO", "DIED", "REFU", "NREQ", "RHOM"];

    // Activity: index 0 is "0" (no information); EET codes by era; NEET G4-G6.
    public static readonly Activity NoInformation = "0";
    public static readonly Activity[] EetOld = ["F1", "P1", "F2", "P2", "F3", "P3"];
    public static readonly Activity[] EetNew = ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5"];
    public static readonly Choice EetOldWeights = new(0.12, 0.02, 0.30, 0.08, 0.33, 0.15);
    public static readonly Choice EetNewWeights = new(0.12, 0.02, 0.30, 0.08, 0.25, 0.12, 0.08, 0.03);
    public static readonly Activity[] Neet = ["G4", "G5", "G6"];
    public static readonly Choice NeetWeights = new(0.15, 0.62, 0.23);

    public static readonly Accommodation AccommodationNoInformation = "0";
    public static readonly Accommodation[] Suitable = ["U1", "B1", "D1", "E1", "Z1", "K1", "T1", "C1", "Y1"];
    public static readonly Choice SuitableWeights = new(0.36, 0.2, 0.12, 0.1, 0.08, 0.05, 0.03, 0.02, 0.04);
    public static readonly Accommodation[] Unsuitable = ["U2", "B2", "S2", "X2", "W2", "V2", "K2"];
    public static readonly Choice UnsuitableWeights = new(0.2, 0.15, 0.2, 0.2, 0.1, 0.1, 0.05);
}

internal static class AdopterCodes
{
    public static readonly string[] Sexes = ["MF", "FF", "MM", "F1", "M1"];
    public static readonly Choice SexWeights = new(0.8, 0.06, 0.05, 0.08, 0.01);
}
