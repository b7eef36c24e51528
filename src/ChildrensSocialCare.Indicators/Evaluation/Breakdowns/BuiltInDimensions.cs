using System.Collections.Frozen;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// The fourteen built-in dimensions of specification section 5 (as settled in 8.1): each a code read from the unit
// (its child's header, its record, or the episode open at its reference date) and the grouping of that code. The
// groups, their labels and codes are the documented ones (docs/breakdowns.md is generated from them).
internal static class BuiltInDimensions
{
    private const string Unknown = DimensionGroup.Unknown;
    private const string Other = DimensionGroup.Other;

    public static IReadOnlyList<Dimension> All { get; } =
    [
        AgeBand(),
        SexDimension(),
        EthnicityGroup(),
        Coded(DimensionIds.Ethnicity, "Ethnicity", "every indicator", s_ethnicities, (s, row) => CodeText.Normalize(s.Header(row)?.Ethnicity)),
        Disability(),
        Uasc(),
        Grouped(DimensionIds.LegalStatus, "Legal status", "cla-*", (s, row) => Code(s.Episode(row)?.LegalStatus.Code),
        [
            ("care-order", "Care order", "C1 C2"),
            ("placement-order", "Placement order", "E1 D1"),
            ("voluntary", "Voluntary agreement (section 20)", "V2"),
            ("youth-justice", "Youth justice legal status", "J1 J2 J3"),
            ("emergency", "Emergency order or police protection", "L1 L2 L3"),
            (Other, "Other", ""),
        ], unlistedIsOther: true),
        Grouped(DimensionIds.PlacementType, "Placement type", "cla-*", (s, row) => Code(s.Episode(row)?.Placement.Code),
        [
            ("foster", "Foster placement", "U1 U2 U3 U4 U5 U6"),
            ("adoption", "Placed for adoption", "A3 A4 A5 A6"),
            ("with-parents", "Placed with parents", "P1"),
            ("community", "Other placement in the community", "P2 P3 H5"),
            ("children-homes-secure", "Secure units", "K1 K2"),
            ("residential-other", "Other residential settings", "R1 R2 R3 R5 S1"),
            ("temporary", "Temporary placement", "T0 T1 T2 T3 T4"),
            (Other, "Other placement", "Z1"),
        ], unlistedIsOther: true),
        Grouped(DimensionIds.PlacementProvider, "Placement provider", "cla-*", (s, row) => Code(s.Episode(row)?.PlacementProvider.Code),
        [
            ("own-la", "Own provision (by the LA)", "PR1"),
            ("other-la", "Other LA provision", "PR2"),
            ("other-public", "Other public provision", "PR3"),
            ("private", "Private provision", "PR4"),
            ("voluntary", "Voluntary or third sector provision", "PR5"),
            ("parents", "Parents or other person with parental responsibility", "PR0"),
        ], unlistedIsOther: false),
        Grouped(DimensionIds.ReasonCeased, "Reason ceased", "the indicators of children who ceased to be looked after (all, and adopted)", (s, row) => Code((s.Record(row) as LookedAfterEpisode)?.ReasonEnded.Code),
        [
            ("adopted", "Adopted", "E11 E12"),
            ("special-guardianship", "Special guardianship order", "E43 E44 E45 E46"),
            ("child-arrangements", "Child arrangements order", "E41 E47 E48"),
            ("returned-home", "Returned home to live with parents or relatives", "E4A E4B E13"),
            ("independent-living", "Moved into independent living", "E5 E6"),
            ("custody-or-remand", "Sentenced to custody or remanded", "E9 E14"),
            ("transferred", "Transferred to another LA or to adult social care", "E3 E7"),
            ("died", "Died", "E2"),
            (Other, "Other reason", "E8 E15 E16 E17 X1"),
        ], unlistedIsOther: true),
        Coded(DimensionIds.PrimaryNeed, "Primary need", "CIN census indicators whose unit has a CIN episode", s_needs,
            (s, row) => Code(s.CinEpisode(row)?.PrimaryNeed.Code)),
        Coded(DimensionIds.CpCategory, "Initial category of abuse", "cpp-*", s_categories,
            (s, row) => Code((s.Record(row) as ChildProtectionPlan)?.InitialCategory.Code)),
        Coded(DimensionIds.ReferralSource, "Referral source", "referral indicators", s_sources,
            (s, row) => CodeText.Normalize(s.CinEpisode(row)?.ReferralSource)),
        Coded(DimensionIds.ClosureReason, "Reason for closure", "indicators whose unit is a closed CIN episode", s_closures,
            (s, row) => s.CinEpisode(row) is { ClosureDate: not null } e ? Code(e.ReasonForClosure.Code) : null),
    ];

    public static FrozenDictionary<string, Dimension> ById { get; } = All.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    private static (string Key, string Label)[] s_ethnicities =>
    [
        ("WBRI", "White British"), ("WIRI", "White Irish"), ("WIRT", "Traveller of Irish heritage"), ("WOTH", "Any other White background"),
        ("WROM", "Gypsy/Roma"), ("MWBC", "White and Black Caribbean"), ("MWBA", "White and Black African"), ("MWAS", "White and Asian"),
        ("MOTH", "Any other mixed background"), ("AIND", "Indian"), ("APKN", "Pakistani"), ("ABAN", "Bangladeshi"),
        ("AOTH", "Any other Asian background"), ("CHNE", "Chinese"), ("BCRB", "Black Caribbean"), ("BAFR", "Black African"),
        ("BOTH", "Any other Black background"), ("OOTH", "Any other ethnic group"), ("REFU", "Refused"), ("NOBT", "Information not yet obtained"),
    ];

    private static (string Key, string Label)[] s_needs =>
    [
        ("N1", "Abuse or neglect"), ("N2", "Child's disability or illness"), ("N3", "Parental disability or illness"),
        ("N4", "Family in acute stress"), ("N5", "Family dysfunction"), ("N6", "Socially unacceptable behaviour"),
        ("N7", "Low income"), ("N8", "Absent parenting"), ("N9", "Cases other than children in need"),
    ];

    private static (string Key, string Label)[] s_categories =>
    [
        ("NEG", "Neglect"), ("PHY", "Physical abuse"), ("SAB", "Sexual abuse"), ("EMO", "Emotional abuse"), ("MUL", "Multiple"),
    ];

    private static (string Key, string Label)[] s_sources =>
    [
        ("1A", "Individual: family member, relative or carer"), ("1B", "Individual: acquaintance"), ("1C", "Individual: self"),
        ("1D", "Individual: other"), ("2A", "Schools"), ("2B", "Education services"), ("3A", "Health services: GP"),
        ("3B", "Health services: health visitor"), ("3C", "Health services: school nurse"), ("3D", "Health services: other primary health services"),
        ("3E", "Health services: A&E"), ("3F", "Health services: other"), ("4", "Housing"), ("5A", "LA services: social care"),
        ("5B", "LA services: other internal"), ("5C", "LA services: external"), ("5D", "LA services: early help"), ("6", "Police"),
        ("7", "Other legal agency"), ("8", "Other"), ("9", "Anonymous"), ("10", "Unknown"),
    ];

    private static (string Key, string Label)[] s_closures =>
    [
        ("RC1", "Adopted"), ("RC2", "Died"), ("RC3", "Child arrangements order"), ("RC4", "Special guardianship order"),
        ("RC5", "Transferred to services of another LA"), ("RC6", "Transferred to adult social care"),
        ("RC7", "Services ceased for any other reason, including no longer in need"), ("RC8", "Case closed after assessment, no further action"),
        ("RC9", "Case closed after assessment, referred to early help"),
    ];

    private static string? Code(string? normalized) => string.IsNullOrEmpty(normalized) ? null : normalized;

    private static DimensionGroup UnknownGroup => new(Unknown, DimensionGroup.UnknownLabel, []);

    // DfE's age bands at the reference date (a child not yet born is under 1); a care leaver's age on the birthday in
    // the period (19, 20, 21) is its own group. The code is the age in whole years.
    private static Dimension AgeBand()
    {
        DimensionGroup[] groups =
        [
            new("under-1", "Under 1", ["0"]),
            new("1-4", "Aged 1 to 4", ["1", "2", "3", "4"]),
            new("5-9", "Aged 5 to 9", ["5", "6", "7", "8", "9"]),
            new("10-15", "Aged 10 to 15", ["10", "11", "12", "13", "14", "15"]),
            new("16-plus", "Aged 16 and over", ["16", "17", "18 and over"]),
            new("19", "Aged 19 (care leavers)", ["19"]),
            new("20", "Aged 20 (care leavers)", ["20"]),
            new("21", "Aged 21 (care leavers)", ["21"]),
            UnknownGroup,
        ];
        string[] ages = [.. Enumerable.Range(0, 100).Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        return new Dimension(DimensionIds.AgeBand, "Age band", "every indicator whose unit has a child with a date of birth", groups,
            (s, row) => AgeOf(s, row) is { } a ? (a < ages.Length ? ages[a] : a.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
            (s, row) =>
            {
                if (AgeOf(s, row) is not { } age)
                {
                    return Unknown;
                }

                if (s.Record(row) is CareLeaverOutcome)
                {
                    return age < ages.Length ? ages[age] : Unknown;
                }

                return age switch
                {
                    < 1 => "under-1",
                    < 5 => "1-4",
                    < 10 => "5-9",
                    < 16 => "10-15",
                    _ => "16-plus",
                };
            },
            DimensionIds.AgeBand);
    }

    private static int? AgeOf(BreakdownScope s, int row)
    {
        var day = s.ReferenceDay(row);
        var dob = s.DateOfBirth(row);
        if (day is Day.None or Day.Open || dob == Day.None)
        {
            return null;
        }

        return dob > day ? 0 : Age.At(Day.ToDate(dob), Day.ToDate(day));
    }

    private static Dimension SexDimension() => new(DimensionIds.Sex, "Sex", "every indicator",
        [new("male", "Male", ["1", "M"]), new("female", "Female", ["2", "F"]), UnknownGroup],
        (s, row) => Code(s.Header(row)?.Sex.Code),
        (s, row) => s.Header(row)?.Sex is { } sex ? sex.IsMale ? "male" : sex.IsFemale ? "female" : Unknown : Unknown,
        DimensionIds.Sex);

    private static (string Key, string Label, string Codes)[] EthnicityGroups =>
    [
        ("white", "White", "WBRI WIRI WIRT WOTH WROM"),
        ("mixed", "Mixed or multiple ethnic groups", "MWBC MWBA MWAS MOTH"),
        ("asian", "Asian or Asian British", "AIND APKN ABAN AOTH CHNE"),
        ("black", "Black, African, Caribbean or Black British", "BCRB BAFR BOTH"),
        ("other", "Other ethnic group", "OOTH"),
        ("refused-or-not-obtained", "Refused or information not yet obtained", "REFU NOBT"),
    ];

    // CHNE is Asian (GSS 2021), or other with BreakdownOptions.ChineseInOther, as DfE's tables were before 2021.
    private static Dimension EthnicityGroup()
    {
        var map = Map(EthnicityGroups);
        return new Dimension(DimensionIds.EthnicityGroup, "Ethnicity group", "every indicator", Groups(EthnicityGroups),
            (s, row) => CodeText.Normalize(s.Header(row)?.Ethnicity),
            (s, row) => CodeText.Normalize(s.Header(row)?.Ethnicity) is not { } code ? Unknown
                : code == "CHNE" && s.Options.ChineseInOther ? Other
                : map.GetValueOrDefault(code, Unknown),
            DimensionIds.EthnicityGroup);
    }

    // Disabled: any Disability other than NONE (a code outside the list counts, specification 8.1); not disabled: only
    // NONE; unknown: none recorded. The code is the first disability recorded (NONE when that is all).
    private static Dimension Disability() => new(DimensionIds.Disability, "Disability", "CIN census indicators",
        [new("disabled", "Disabled", ["any code but NONE"]), new("not-disabled", "Not disabled", ["NONE"]), UnknownGroup],
        DisabilityCode,
        (s, row) => DisabilityCode(s, row) switch
        {
            null => Unknown,
            "NONE" => "not-disabled",
            _ => "disabled",
        },
        DimensionIds.Disability);

    private static string? DisabilityCode(BreakdownScope s, int row)
    {
        string? none = null;
        foreach (var d in s.Header(row)?.Disabilities ?? [])
        {
            if (CodeText.Normalize(d) is { } code)
            {
                if (code != "NONE")
                {
                    return code;
                }

                none = code;
            }
        }

        return none;
    }

    // UASC when an SSDA903 UASC row of the child has a DUC that is blank or after the reference date.
    private static Dimension Uasc() => new(DimensionIds.Uasc, "Unaccompanied asylum-seeking child", "cla-* and care-leaver indicators",
        [new("uasc", "UASC", ["UASC row, DUC blank or after the reference date"]), new("not-uasc", "Not UASC", ["no such row"]), UnknownGroup],
        UascCode, (s, row) => UascCode(s, row) ?? Unknown, DimensionIds.Uasc);

    private static string? UascCode(BreakdownScope s, int row)
    {
        var day = s.ReferenceDay(row);
        var child = s.Child(row);
        if (day is Day.None || child < 0)
        {
            return null;
        }

        var until = s.Context.Data.UascUntil[child];
        return until != Day.None && until > day ? "uasc" : "not-uasc";
    }

    // A dimension whose groups are the codes themselves; any other code, and a blank, are unknown.
    private static Dimension Coded(string id, string title, string appliesTo, (string Key, string Label)[] codes, Func<BreakdownScope, int, string?> code)
    {
        var known = codes.Select(c => c.Key).ToFrozenSet(StringComparer.Ordinal);
        return new Dimension(id, title, appliesTo, [.. codes.Select(c => new DimensionGroup(c.Key, c.Label, [c.Key])), UnknownGroup],
            code, (s, row) => code(s, row) is { } c && known.Contains(c) ? c : Unknown, id);
    }

    // A grouping of codes: a blank is unknown; a code not listed is other (named in the breakdown's diagnostic) where
    // unlistedIsOther, else unknown.
    private static Dimension Grouped(string id, string title, string appliesTo, Func<BreakdownScope, int, string?> code,
        (string Key, string Label, string Codes)[] groups, bool unlistedIsOther)
    {
        var map = Map(groups);
        var list = Groups(groups);
        if (unlistedIsOther && !groups.Any(g => g.Key == Other))
        {
            list = [.. list.SkipLast(1), new DimensionGroup(Other, "Other", []), UnknownGroup];
        }

        return new Dimension(id, title, appliesTo, list, code, (s, row) =>
        {
            if (code(s, row) is not { } c)
            {
                return Unknown;
            }

            if (map.TryGetValue(c, out var g))
            {
                return g;
            }

            if (!unlistedIsOther)
            {
                return Unknown;
            }

            s.NoteUnlisted(c);
            return Other;
        }, id);
    }

    private static FrozenDictionary<string, string> Map((string Key, string Label, string Codes)[] groups) =>
        groups.SelectMany(g => g.Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => (Code: c, g.Key)))
            .ToFrozenDictionary(p => p.Code, p => p.Key, StringComparer.Ordinal);

    private static DimensionGroup[] Groups((string Key, string Label, string Codes)[] groups) =>
        [.. groups.Select(g => new DimensionGroup(g.Key, g.Label, g.Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))), UnknownGroup];
}
