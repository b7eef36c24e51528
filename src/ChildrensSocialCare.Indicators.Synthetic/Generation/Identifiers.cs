using System.Globalization;

namespace ChildrensSocialCare.Indicators.Synthetic;

// Postcodes in the made-up area ZZ (as the NHS uses ZZ99 for pseudo-postcodes), so that no generated placement points
// at a real street: "ZZ12 3AB". Held as an int inside the simulation (0 is blank).
internal static class Postcodes
{
    // Letters allowed in the inward code (not C, I, K, M, O, V).
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static int Draw(ref Prng rng) =>
        1 + (rng.Between(1, 99) * 4000) + (rng.Below(10) * 400) + (rng.Below(20) * 20) + rng.Below(20);

    public static string? Format(int code)
    {
        if (code == 0)
        {
            return null;
        }

        var c = code - 1;
        var district = c / 4000;
        var digit = (c / 400) % 10;
        var first = InwardLetters[(c / 20) % 20];
        var second = InwardLetters[c % 20];
        return district < 10
            ? string.Create(CultureInfo.InvariantCulture, $"ZZ{district} {digit}{first}{second}")
            : string.Create(CultureInfo.InvariantCulture, $"ZZ{district:00} {digit}{first}{second}");
    }
}

// Ofsted unique reference numbers of placements: the authority's fostering service, independent fostering agencies,
// children's homes and a secure home, from a made-up SC9xxxxx range. Placements without one (placed with parents,
// adopters, semi-independent living) carry XXXXXXX; temporary placements leave it blank.
internal static class Urns
{
    public const int Blank = -1;
    public const int None = 0;
    public const int Fostering = 1;
    public const int Secure = 2;
    public const int Agencies = 40;
    public const int Homes = 60;

    private static readonly string[] s_agencies = Pool(900_200, Agencies);
    private static readonly string[] s_homes = Pool(900_400, Homes);

    public static int Agency(int k) => 100 + k;

    public static int Home(int k) => 1000 + k;

    public static string? Format(int code) => code switch
    {
        Blank => null,
        None => "XXXXXXX",
        Fostering => "SC900001",
        Secure => "SC900002",
        < 1000 => s_agencies[code - 100],
        _ => s_homes[code - 1000],
    };

    private static string[] Pool(int first, int count)
    {
        var pool = new string[count];
        for (var i = 0; i < count; i++)
        {
            pool[i] = "SC" + (first + i).ToString(CultureInfo.InvariantCulture);
        }

        return pool;
    }
}

// Unique pupil numbers: a check letter, the authority's three-digit code, a four-digit school number, the two-digit
// year of allocation and a three-digit serial. The check letter is the DfE's: the sum of characters 2-13 weighted 2 to
// 13, modulo 23, indexing ABCDEFGHJKLMNPQRTUVWXYZ (the CIN census validation rule 1510).
internal static class Upns
{
    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public static string Format(string authorityCode, int schoolAndSerial, int yearAllocated)
    {
        Span<char> upn = stackalloc char[13];
        authorityCode.AsSpan().CopyTo(upn[1..]);
        var school = schoolAndSerial / 1000;
        var serial = schoolAndSerial % 1000;
        WriteDigits(upn.Slice(4, 4), school);
        WriteDigits(upn.Slice(8, 2), yearAllocated % 100);
        WriteDigits(upn.Slice(10, 3), serial);
        upn[0] = CheckLetter(upn[1..]);
        return new string(upn);
    }

    public static char CheckLetter(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * (i + 2);
        }

        return CheckLetters[sum % 23];
    }

    private static void WriteDigits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
