using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic;

// The simulation writes one child's history into these reusable arrays of structs (dates as DateOnly.DayNumber
// values); records are built only for a child that is kept, and only for what falls in the collection years.
internal sealed class Rows<T>
    where T : struct
{
    private T[] _items = new T[8];

    public int Count { get; private set; }

    public T[] Items => _items;

    public ref T this[int index] => ref _items[index];

    public ref T Add()
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count] = default;
        return ref _items[Count++];
    }

    public void Clear() => Count = 0;
}

internal static class Days
{
    public const int None = int.MinValue;
    public const int Open = int.MaxValue;

    // Birthdays without DateTime arithmetic: 29 February falls on 28 February in a common year (specification 1.2,
    // the same as DateOnly.AddYears, which a test checks).
    public static int Birthday(int year, int month, int day, int age)
    {
        var y = year + age;
        var d = month == 2 && day == 29 && !DateTime.IsLeapYear(y) ? 28 : day;
        return DayNumber(y, month, d);
    }

    public static int DayNumber(int year, int month, int day)
    {
        // Days before the year (proleptic Gregorian, as DateOnly) plus days before the month plus the day.
        var y = year - 1;
        var days = (y * 365) + (y / 4) - (y / 100) + (y / 400);
        days += DateTime.IsLeapYear(year) ? s_leapMonthStart[month - 1] : s_monthStart[month - 1];
        return days + day - 1;
    }

    private static readonly int[] s_monthStart = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    private static readonly int[] s_leapMonthStart = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];

    public static int AddMonths(int day, int months) => DateOnly.FromDayNumber(day).AddMonths(months).DayNumber;

    public static DateOnly Date(int day) => DateOnly.FromDayNumber(day);

    // The collection year (the year ending 31 March) that contains the day.
    public static int CollectionYear(int day)
    {
        var d = DateOnly.FromDayNumber(day);
        return d.Month >= 4 ? d.Year + 1 : d.Year;
    }

    public static bool IsWeekend(int day) => day % 7 >= 5;
}

internal struct ContactRow
{
    public int Date;
    public ContactOutcome Outcome;
}

internal struct ReferralRow
{
    public int Date;
    public int Closure;
    public int Conference;
    public int Number;
    public byte Reason;
    public byte Source;
    public byte Need;
    public bool Nfa;
}

internal struct AssessmentRow
{
    public int Referral;
    public int Start;
    public int Authorised;
    public int Number;
}

internal struct LegacyRow
{
    public int Referral;
    public AssessmentKind Kind;
    public int Start;
    public int Completed;
    public sbyte Seen;
    public sbyte SeenAlone;
}

internal struct Section47Row
{
    public int Referral;
    public int Start;
    public int Conference;
    public int Concluded;
    public int Target;
    public bool NotRequired;
}

internal struct PlanRow
{
    public int Referral;
    public int Start;
    public int End;
    public int Previous;
    public int Number;
    public byte Initial;
    public byte Latest;
}

internal struct CinPlanRow
{
    public int Referral;
    public int Start;
    public int End;
}

internal struct EpisodeRow
{
    public int Start;
    public int End;
    public int Carer;
    public byte Rne;
    public byte Ls;
    public byte Place;
    public byte Rec;
    public byte Need;
    public byte ChangeReason;

    public const byte NoReason = byte.MaxValue;
}

// A carer (a placement in the DfE sense): its placement postcode and Ofsted URN. Postcode 0 is blank; URN codes are
// resolved by Urns.
internal struct CarerRow
{
    public int Postcode;
    public int Urn;
    public byte Provider;
}

internal struct LeaverRow
{
    public int Year;
    public byte InTouch;
    public bool HasActivity;
    public bool Eet;
    public byte Activity;
    public bool HasAccommodation;
    public bool Suitable;
    public byte Accommodation;
}

internal struct AdoptionRow
{
    public int Decision;
    public int Matched;
    public int Placed;
    public int Adopted;
    public byte Adopters;
    public bool ByFosterCarer;
}
