using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests;

// Record sets compared list by list as multisets: a writer groups records by child, so order may change.
internal static class Same
{
    public static void Records(RecordSet expected, RecordSet actual)
    {
        Assert.Equal(expected.CollectionYear, actual.CollectionYear);
        Lists(expected.Children, actual.Children);
        Lists(expected.Episodes, actual.Episodes);
        Lists(expected.Reviews, actual.Reviews);
        Lists(expected.UnaccompaniedAsylumSeekers, actual.UnaccompaniedAsylumSeekers);
        Lists(expected.HealthOutcomes, actual.HealthOutcomes);
        Lists(expected.CareLeaverOutcomes, actual.CareLeaverOutcomes);
        Lists(expected.Adoptions, actual.Adoptions);
        Lists(expected.PlacedForAdoption, actual.PlacedForAdoption);
        Lists(expected.PreviousPermanence, actual.PreviousPermanence);
        Lists(expected.MissingEpisodes, actual.MissingEpisodes);
        Lists(expected.SocialWorkerEpisodes, actual.SocialWorkerEpisodes);
        Lists(expected.CinEpisodes, actual.CinEpisodes);
        Lists(expected.Assessments, actual.Assessments);
        Lists(expected.CinPlans, actual.CinPlans);
        Lists(expected.Section47Enquiries, actual.Section47Enquiries);
        Lists(expected.ChildProtectionPlans, actual.ChildProtectionPlans);
        Assert.Equal(expected.Count, actual.Count);
    }

    public static void Lists<T>(IEnumerable<T> expected, IEnumerable<T> actual) =>
        Assert.Equal(expected.OrderBy(x => x?.ToString(), StringComparer.Ordinal), actual.OrderBy(x => x?.ToString(), StringComparer.Ordinal));
}
