namespace ChildrensSocialCare.Indicators;

// An indicator's rule for one unit a kernel selected (by its row): skip it, count it, put it in the denominator
// (and the numerator), or exclude it with a code. Written as a struct so the kernel's loop is compiled for it.
internal interface IUnitRule
{
    Verdict Judge(int row);
}

// A yes-or-no test of one row (a kind of record, a flag, a repeat): the numerator of a share, or a filter.
internal interface IRowTest
{
    bool Test(int row);
}
