namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// The code lists of the children in need census, by collection year: the one source of its codes. The record types'
/// <c>KnownCodes</c> (<see cref="Records.ReasonForClosure"/>, <see cref="Records.CategoryOfAbuse"/>...), the Formats
/// reader's check of each code against its year and the synthetic generator all read these lists.
/// </summary>
/// <remarks>
/// <para>Transcribed from the enumerations of liia-tools-pipeline <c>CIN_schema_2017.xsd</c> ...
/// <c>CIN_schema_2026.xsd</c> (copies in <c>tests/ChildrensSocialCare.Indicators.Formats.Tests/Fixtures</c>). The
/// main changes: <c>AssessmentFactors</c> 18B/18C/19B/19C from 2021 and 24A from 2022; <c>ReferralSource</c> 5D and
/// <c>ReasonForClosure</c> RC9 from 2023; <c>GenderCurrent</c> 0/1/2/9 replaced by <c>Sex</c> M/F/U from 2025.</para>
/// <para>A collection year is the year the census period ends (2024 for 2023-24).</para>
/// </remarks>
public static class CinCensusCodeLists
{
    /// <summary><c>GenderCurrent</c> 0 not known, 1 male, 2 female, 9 not specified until 2024; <c>Sex</c> M, F, U from
    /// 2025. Both are read as the item <c>Sex</c>.</summary>
    public static CodeList Sex { get; } = new("Sex", (null, 2024, "0 1 2 9"), (2025, null, "M F U"));

    /// <summary><c>Ethnicity</c> (the DfE 20-code list).</summary>
    public static CodeList Ethnicity { get; } = new("Ethnicity", (null, null, "WBRI WIRI WIRT WOTH WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT"));

    /// <summary><c>Disability</c> (NONE and the twelve disability codes).</summary>
    public static CodeList Disability { get; } = new("Disability", (null, null, "NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA"));

    /// <summary><c>UPNunknown</c>, why a child has no unique pupil number (UN1-UN7).</summary>
    public static CodeList UpnUnknown { get; } = new("UPNunknown", (null, null, "UN1 UN2 UN3 UN4 UN5 UN6 UN7"));

    /// <summary><c>ReferralSource</c>, who made a referral: 5D from 2023.</summary>
    public static CodeList ReferralSource { get; } = new("ReferralSource",
        (null, null, "1A 1B 1C 1D 2A 2B 3A 3B 3C 3D 3E 3F 4 5A 5B 5C"),
        (2023, null, "5D"),
        (null, null, "6 7 8 9 10"));

    /// <summary><c>PrimaryNeedCode</c>, the category of need, N0 not stated and N1-N9 (<see cref="Records.CategoryOfNeed"/>).</summary>
    public static CodeList PrimaryNeed { get; } = new("PrimaryNeedCode", (null, null, "N0 N1 N2 N3 N4 N5 N6 N7 N8 N9"));

    /// <summary><c>ReasonForClosure</c> of an episode of need (<see cref="Records.ReasonForClosure"/>): RC9 from 2023.</summary>
    public static CodeList ReasonForClosure { get; } = new("ReasonForClosure",
        (null, null, "RC1 RC2 RC3 RC4 RC5 RC6 RC7 RC8"),
        (2023, null, "RC9"));

    /// <summary><c>AssessmentFactors</c>: 18B/18C/19B/19C from 2021, 24A from 2022. 18A and 19A stay valid after 2021:
    /// the schemas keep them ("retained despite official schema change").</summary>
    public static CodeList AssessmentFactors { get; } = new("AssessmentFactors",
        (null, null, "1A 1B 1C 2A 2B 2C 3A 3B 3C 4A 4B 4C 5A 5B 5C 6A 6B 6C 7A 8B 8C 8D 8E 8F 9A 10A 11A 12A 13A 14A 15A 16A 17A 18A 19A 20 21 22A 23A"),
        (2021, null, "18B 18C 19B 19C"),
        (2022, null, "24A"));

    /// <summary><c>InitialCategoryOfAbuse</c> and <c>LatestCategoryOfAbuse</c> of a plan (<see cref="Records.CategoryOfAbuse"/>).</summary>
    public static CodeList CategoryOfAbuse { get; } = new("CategoryOfAbuse", (null, null, "NEG PHY SAB EMO MUL"));

    /// <summary>Every list, in the order of the census modules (child identifiers and characteristics, episodes of
    /// need, assessments, plans).</summary>
    public static IReadOnlyList<CodeList> All { get; } =
    [
        Sex, Ethnicity, Disability, UpnUnknown, ReferralSource, PrimaryNeed, ReasonForClosure, AssessmentFactors,
        CategoryOfAbuse,
    ];
}
