namespace ChildrensSocialCare.Indicators;

// An indicator written as one file (Indicators/<Family>/<Name>.cs): its definition, every part named, and its
// computation (a kernel call). The catalogue finds every such type by reflection and orders them by Sequence, so
// adding an indicator is adding one file.
internal abstract class Indicator : IndicatorComputation
{
    public abstract IndicatorDefinition Define();
}
