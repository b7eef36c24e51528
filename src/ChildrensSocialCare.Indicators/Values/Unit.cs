namespace ChildrensSocialCare.Indicators;

/// <summary>The unit an indicator's value is expressed in.</summary>
public enum Unit
{
    /// <summary>A percentage: numerator / denominator x 100.</summary>
    Percentage,

    /// <summary>A rate per 10,000 children aged 0-17: count / population x 10,000 (annualised on request).</summary>
    RatePer10000,

    /// <summary>A count of records or children.</summary>
    Count,

    /// <summary>A mean number of days: total days / number of children.</summary>
    Days,

    /// <summary>A mean score: total of the scores / number of children (the strengths and difficulties
    /// questionnaire's 0-40 score).</summary>
    Score,
}
