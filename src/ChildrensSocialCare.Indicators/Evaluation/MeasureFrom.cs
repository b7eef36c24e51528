namespace ChildrensSocialCare.Indicators;

/// <summary>Where assessment timeliness is measured from.</summary>
public enum MeasureFrom
{
    /// <summary>The assessment's actual start date (<c>AssessmentActualStartDate</c>), as DfE table C2 does.</summary>
    AssessmentStart,

    /// <summary>The referral date (<c>CINreferralDate</c>) of the episode the assessment belongs to, as Working Together words it.</summary>
    Referral,
}
