using System.Globalization;

namespace ChildrensSocialCare.Indicators;

/// <summary>The length of each period in a sequence of consecutive periods.</summary>
public enum PeriodLength
{
    /// <summary>Calendar months.</summary>
    Month,

    /// <summary>Three months.</summary>
    Quarter,

    /// <summary>Twelve months.</summary>
    Year,
}
