namespace ChildrensSocialCare.Indicators;

// Where a kernel reports every unit it decides: a unit counted (the numerator of a count or rate), a member of the
// denominator (and of the numerator when inNumerator), or one left out by a rule with its stable code
// (ExclusionCodes). A row is the unit's index in the table its indicator's UnitSource names, so that one kernel run
// serves counting, explaining and breaking down: the numbers and the records behind them cannot disagree.
//
// Kernels take the sink as a generic struct (`where TSink : struct, IUnitSink`, passed by ref), so the JIT compiles
// one copy per sink: the scorecard's CountingSink is inlined to two increments, with no per-row null check or
// virtual call, and InTableOrder is a constant that removes the explaining-only sort. A kernel works on a local
// copy of the sink and writes it back at the end, so that a counting sink's two fields stay in registers through
// the loop instead of being stored through the ref on every unit.
//
// A breakdown sink (the breakdowns issue) plugs in the same way: it holds the indicator's UnitSource and its
// definition's Dimensions, and on each call it looks up the unit's child (UnitSource.Child(row)), its record
// (UnitSource.Record(row)) and its reference date (UnitSource.ReferenceDay(row): the period end, or the event date
// the definition's ReferenceDate names), maps them to a group of each dimension, and keeps one CountingSink per
// group (and, to explain a group, one ExplainingSink). No kernel changes for it.
internal interface IUnitSink
{
    // Whether the units must be reported in the table's order (child, then date): an explanation lists them as a
    // scan of the table would; counting needs no order.
    static abstract bool InTableOrder { get; }

    // The units counted in the numerator so far.
    long Numerator { get; }

    // The units counted in the denominator so far.
    long Denominator { get; }

    // A unit of a count or rate: in the numerator, and no denominator (the population is the engine's).
    void Count(int row);

    // A unit of the denominator; also of the numerator when inNumerator.
    void Member(int row, bool inNumerator);

    // A unit left out by the rule with the stable code exclusionCode (a constant of ExclusionCodes).
    void Exclude(int row, string exclusionCode);
}
