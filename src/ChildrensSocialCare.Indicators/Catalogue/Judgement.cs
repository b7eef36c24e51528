using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildrensSocialCare.Indicators;

/// <summary>How a result compares with a comparator, by the indicator's polarity.</summary>
public enum Judgement
{
    /// <summary>No judgement: a context indicator, or no value to compare.</summary>
    NotJudged,

    /// <summary>Better than the comparator.</summary>
    Better,

    /// <summary>The same at the presentation precision.</summary>
    Same,

    /// <summary>Worse than the comparator.</summary>
    Worse,
}
