namespace ChildrensSocialCare.Indicators;

/// <summary>Which direction of an indicator is better.</summary>
public enum Polarity
{
    /// <summary>Higher is better (<c>+</c> in the specification).</summary>
    HigherIsBetter,

    /// <summary>Lower is better (<c>-</c>).</summary>
    LowerIsBetter,

    /// <summary>Context: no judgement (<c>ctx</c>).</summary>
    Context,
}
