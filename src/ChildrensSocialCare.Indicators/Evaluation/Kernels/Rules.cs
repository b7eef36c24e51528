namespace ChildrensSocialCare.Indicators;

// The rules that need no data: count every unit, or keep those passing a test.
internal readonly struct CountEvery : IUnitRule
{
    public Verdict Judge(int row) => Verdict.Counted;
}

// Count the units passing the test (initial assessments among legacy assessments).
internal readonly struct CountWhere<TTest>(TTest test) : IUnitRule
    where TTest : struct, IRowTest
{
    public Verdict Judge(int row) => test.Test(row) ? Verdict.Counted : Verdict.Skip;
}

// Every unit in the denominator, in the numerator when it passes the test.
internal readonly struct ShareWhere<TTest>(TTest test) : IUnitRule
    where TTest : struct, IRowTest
{
    public Verdict Judge(int row) => Verdict.Member(test.Test(row));
}

// A flag column as a test.
internal readonly struct Flag(bool[] flags) : IRowTest
{
    public bool Test(int row) => flags[row];
}

// A date column within [from, to] (both included): a visit within 6 weeks, a review within 6 months of the reference
// date. A missing date (Day.None) is never within.
internal readonly struct DatedWithin(int[] date, int from, int to) : IRowTest
{
    public bool Test(int row) => date[row] != Day.None && date[row] >= from && date[row] <= to;
}
