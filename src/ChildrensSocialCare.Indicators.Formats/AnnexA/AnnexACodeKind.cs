namespace ChildrensSocialCare.Indicators.Formats;

// The coded columns of Annex A, each with its list of codes and Ofsted labels (AnnexACodes).
internal enum AnnexACodeKind
{
    Gender,
    Ethnicity,
    Source,
    YesNo,
    CategoryOfAbuse,
    CategoryOfNeed,
    ReasonForClosure,
    CaseStatus,
    LegalStatus,
    PlacementType,
    PlacementProvider,
    ReasonCeased,
    PermanencePlan,
    PlacementLocation,
    Eligibility,
    InTouch,
    AccommodationType,
    Suitability,
    Activity,
    ReasonReversed,
    ReasonLeft,
}
