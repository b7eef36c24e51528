namespace ChildrensSocialCare.Indicators;

// One indicator's computation, as the engine runs it: a kernel call that reports every unit to the sink it is given
// (CountingSink for the scorecard, ExplainingSink for Explain(), a breakdown sink later), and the unit source that
// says what a reported row is. The definitions (Indicators/<Family>/<Name>.cs) implement it.
internal abstract class IndicatorComputation
{
    public abstract Tally Run<TSink>(EvaluationContext c, ref TSink sink)
        where TSink : struct, IUnitSink;

    public abstract UnitSource Units(EvaluationContext c);
}
