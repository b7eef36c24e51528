namespace ChildrensSocialCare.Indicators.Records;

/// <summary>The kind of a legacy assessment.</summary>
public enum AssessmentKind
{
    /// <summary>An initial assessment, due within 10 working days of the referral.</summary>
    Initial,

    /// <summary>A core assessment, due within 35 working days of its start.</summary>
    Core,
}
