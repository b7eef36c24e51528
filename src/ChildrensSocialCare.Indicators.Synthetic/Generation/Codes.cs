using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic;

// The codes the generator writes, held once as code values so that records share them instead of allocating strings.
// Inside the simulation a code is a byte index into these arrays. The code values come from the one source of code
// lists (Ssda903CodeLists, CinCensusCodeLists, see Listed); which of them the generator writes, in which order and with
// which probabilities is its own model.
internal static class Codes
{
    // The generator writes the new codes from the year the code list has them: SEX M/F/U and PLACE K3 from 2025, ACTIV
    // F4/P4/F5/P5 from 2022.
    public static readonly int SexLettersFrom = Listed.First(Ssda903CodeLists.Sex, "M");
    public static readonly int SupportedAccommodationFrom = Listed.First(Ssda903CodeLists.PlacementType, "K3");
    public static readonly int NewActivityCodesFrom = Listed.First(Ssda903CodeLists.Activity, "F4");

    // The generator's own eras, which the generated data and the tests and benchmarks built on it depend on. REC
    // E45-E48 are valid from 2019 (the code list), but the generator writes E43/E44 until 2021 and E45-E48 from 2022.
    public const int NewRecCodesFrom = 2022;
    public const int ReasonPlaceChangeFrom = 2017;
    public const int StayingPutCodeFrom = 2017;
    public const int CinPlansFrom = 2022;
}

internal static class Rne
{
    public const byte S = 0, L = 1, P = 2, T = 3, B = 4, U = 5;

    public static readonly ReasonForNewEpisode[] Values = Listed.All(Ssda903CodeLists.ReasonForNewEpisode, c => new ReasonForNewEpisode(c));
}

internal static class Ls
{
    public const byte C1 = 0, C2 = 1, E1 = 2, V2 = 3, V3 = 4, V4 = 5, L1 = 6, L2 = 7, J2 = 8;

    public static readonly LegalStatus[] Values = Listed.Pick(Ssda903CodeLists.LegalStatus, "C1 C2 E1 V2 V3 V4 L1 L2 J2", c => new LegalStatus(c));
}

internal static class Place
{
    public const byte U1 = 0, U3 = 1, U4 = 2, U5 = 3, U6 = 4, A3 = 5, A4 = 6, K2 = 7, H5 = 8, P1 = 9, R1 = 10,
        S1 = 11, Z1 = 12, T1 = 13, T3 = 14, T4 = 15, K3 = 16;

    public static readonly PlacementType[] Values =
        Listed.Pick(Ssda903CodeLists.PlacementType, "U1 U3 U4 U5 U6 A3 A4 K2 H5 P1 R1 S1 Z1 T1 T3 T4 K3", c => new PlacementType(c));

    public static bool IsFoster(byte p) => p <= U6;

    public static bool IsTemporary(byte p) => p is T1 or T3 or T4;

    public static bool IsAdoption(byte p) => p is A3 or A4;
}

internal static class Rec
{
    public const byte X1 = 0, E11 = 1, E12 = 2, E2 = 3, E3 = 4, E4A = 5, E4B = 6, E13 = 7, E41 = 8, E43 = 9, E44 = 10,
        E45 = 11, E46 = 12, E47 = 13, E48 = 14, E5 = 15, E6 = 16, E7 = 17, E8 = 18, E9 = 19, E17 = 20;

    public static readonly ReasonEpisodeCeased[] Values = Listed.Pick(Ssda903CodeLists.ReasonEpisodeCeased,
        "X1 E11 E12 E2 E3 E4A E4B E13 E41 E43 E44 E45 E46 E47 E48 E5 E6 E7 E8 E9 E17", c => new ReasonEpisodeCeased(c));
}

internal static class Provider
{
    public const byte PR0 = 0, PR1 = 1, PR2 = 2, PR4 = 3, PR5 = 4;

    public static readonly PlacementProvider[] Values = Listed.Pick(Ssda903CodeLists.PlacementProvider, "PR0 PR1 PR2 PR4 PR5", c => new PlacementProvider(c));
}

internal static class PlaceChange
{
    // The codes of the first year the generator writes the item (CARPL ... OTHER; not CUSTOD, from 2019).
    public static readonly ReasonPlaceChange[] Values =
        Listed.ValidIn(Ssda903CodeLists.ReasonPlaceChange, Codes.ReasonPlaceChangeFrom, c => new ReasonPlaceChange(c));

    public static readonly Choice Weights = new(0.38, 0.04, 0.02, 0.03, 0.02, 0.14, 0.07, 0.08, 0.04, 0.03, 0.15);
}

internal static class Need
{
    // N0-N9 (the CIN census list); the SSDA903 CIN field uses N1-N8.
    public static readonly CategoryOfNeed[] Values = Listed.All(CinCensusCodeLists.PrimaryNeed, c => new CategoryOfNeed(c));

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

    public static readonly ReasonForClosure[] Values = Listed.All(CinCensusCodeLists.ReasonForClosure, c => new ReasonForClosure(c));
}

internal static class Abuse
{
    public static readonly CategoryOfAbuse[] Values = Listed.Pick(CinCensusCodeLists.CategoryOfAbuse, "NEG EMO PHY SAB MUL", c => new CategoryOfAbuse(c));

    // Initial category of abuse of plans (DfE D tables: neglect and emotional abuse dominate).
    public static readonly Choice Weights = new(0.45, 0.34, 0.09, 0.05, 0.07);
}

internal static class ReferralSources
{
    // 1A ... 5C, 5D, 6 ... 10 (the source's order).
    public static readonly string[] Values = Listed.All(CinCensusCodeLists.ReferralSource);

    // Police about 28%, schools 17%, health 14%, local authority services 14% (DfE C1 referral sources).
    public static readonly Choice Weights = new(
        0.03, 0.02, 0.01, 0.03, 0.17, 0.02, 0.03, 0.03, 0.01, 0.02, 0.03, 0.02, 0.02, 0.06, 0.03, 0.03, 0.02, 0.28, 0.05,
        0.05, 0.02, 0.02);
}

internal static class Ethnicity
{
    // WBRI, WIRI, WOTH, WIRT ... (the SSDA903 order; the CIN census lists WIRT before WOTH).
    public static readonly string[] Values = Listed.All(Ssda903CodeLists.Ethnic);

    public static readonly Choice Weights = new(
        0.66, 0.003, 0.05, 0.002, 0.004, 0.03, 0.01, 0.015, 0.025, 0.015, 0.035, 0.012, 0.015, 0.012, 0.045, 0.012, 0.002,
        0.02, 0.008, 0.025);
}

internal static class Sexes
{
    public const byte Male = 0, Female = 1;

    public static readonly Sex[] Numeric = Listed.Pick(Ssda903CodeLists.Sex, "1 2", c => new Sex(c));

    public static readonly Sex[] Letters = Listed.Pick(Ssda903CodeLists.Sex, "M F", c => new Sex(c));
}

internal static class LeaverCodes
{
    public const byte Yes = 0, No = 1, Died = 2, Refu = 3, Nreq = 4, Rhom = 5;

    public static readonly InTouch[] InTouchValues = Listed.All(Ssda903CodeLists.InTouch, c => new InTouch(c));

    // Activity: index 0 is "0" (no information); EET codes by era; NEET G4-G6.
    public static readonly Activity NoInformation = Listed.Code(Ssda903CodeLists.Activity, "0");
    public static readonly Activity[] EetOld = Listed.Pick(Ssda903CodeLists.Activity, "F1 P1 F2 P2 F3 P3", c => new Activity(c));
    public static readonly Activity[] EetNew = Listed.Pick(Ssda903CodeLists.Activity, "F1 P1 F2 P2 F4 P4 F5 P5", c => new Activity(c));
    public static readonly Choice EetOldWeights = new(0.12, 0.02, 0.30, 0.08, 0.33, 0.15);
    public static readonly Choice EetNewWeights = new(0.12, 0.02, 0.30, 0.08, 0.25, 0.12, 0.08, 0.03);
    public static readonly Activity[] Neet = Listed.Pick(Ssda903CodeLists.Activity, "G4 G5 G6", c => new Activity(c));
    public static readonly Choice NeetWeights = new(0.15, 0.62, 0.23);

    public static readonly Accommodation AccommodationNoInformation = Listed.Code(Ssda903CodeLists.Accommodation, "0");
    public static readonly Accommodation[] Suitable = Listed.Pick(Ssda903CodeLists.Accommodation, "U1 B1 D1 E1 Z1 K1 T1 C1 Y1", c => new Accommodation(c));
    public static readonly Choice SuitableWeights = new(0.36, 0.2, 0.12, 0.1, 0.08, 0.05, 0.03, 0.02, 0.04);
    public static readonly Accommodation[] Unsuitable = Listed.Pick(Ssda903CodeLists.Accommodation, "U2 B2 S2 X2 W2 V2 K2", c => new Accommodation(c));
    public static readonly Choice UnsuitableWeights = new(0.2, 0.15, 0.2, 0.2, 0.1, 0.1, 0.05);
}

internal static class AdopterCodes
{
    public static readonly string[] Sexes = Listed.Pick(Ssda903CodeLists.AdopterSex, "MF FF MM F1 M1");
    public static readonly Choice SexWeights = new(0.8, 0.06, 0.05, 0.08, 0.01);
}

internal static class ChildCodes
{
    // A child without a unique pupil number: UN1 (the child is not of school age).
    public static readonly string NoUpn = Listed.Code(CinCensusCodeLists.UpnUnknown, "UN1");

    // The disabilities of a disabled child, by draw.
    public static readonly string[][] Disabilities =
        [.. new[] { "LD COMM", "AUT BEH", "MOB HAND", "LD", "AUT" }.Select(d => Listed.Pick(CinCensusCodeLists.Disability, d))];
}
