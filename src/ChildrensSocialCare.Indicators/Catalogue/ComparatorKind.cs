using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildrensSocialCare.Indicators;

/// <summary>The kind of a <see cref="Comparator"/>.</summary>
public enum ComparatorKind
{
    /// <summary>The England figure.</summary>
    England,

    /// <summary>The region's figure.</summary>
    Region,

    /// <summary>The mean of the statistical neighbours.</summary>
    StatisticalNeighbours,

    /// <summary>Any other benchmark (a target, last year).</summary>
    Other,
}
