using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary>How looked-after placements are counted (specification section 2).</summary>
public enum PlacementChange
{
    /// <summary>The default: a placement is a spell with one carer. Episodes with RNE P or B start a placement; L, T
    /// and U continue the current one (so a child placed for adoption with their foster carer stays in the same
    /// placement).</summary>
    CarerChange,

    /// <summary>The older way some authorities report: RNE T and U (a change of placement with the same carer) also
    /// start a placement.</summary>
    AnyPlacementChange,
}
