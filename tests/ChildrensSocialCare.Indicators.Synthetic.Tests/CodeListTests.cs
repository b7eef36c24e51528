using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic.Tests;

// The generator's codes come from the one source of code lists; each year's return holds the codes of that year's
// lists, except where the generator's own eras differ from the lists (pinned here, so that a change is deliberate).
public class CodeListTests
{
    [Fact]
    public void Each_return_holds_the_codes_of_its_years_lists_apart_from_the_generators_own_eras()
    {
        var authority = SyntheticAuthority.Generate(new SyntheticOptions { Seed = 3, Children = 3_000, FirstCollectionYear = 2012, LastCollectionYear = 2026 });
        var outside = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var r in authority.Returns)
        {
            var year = r.CollectionYear!.Value;
            void Check(CodeList list, string? code)
            {
                if (!string.IsNullOrEmpty(code) && !list.IsValid(code, year) && !IsOwnEra(list.Item, code, year))
                {
                    outside.Add($"{list.Item} {code} {year}");
                }
            }

            foreach (var c in r.Children)
            {
                Check(Ssda903CodeLists.Sex, c.Sex.Code);
                Check(Ssda903CodeLists.Ethnic, c.Ethnicity);
            }

            foreach (var e in r.Episodes)
            {
                Check(Ssda903CodeLists.ReasonForNewEpisode, e.ReasonForNewEpisode.Code);
                Check(Ssda903CodeLists.LegalStatus, e.LegalStatus.Code);
                Check(Ssda903CodeLists.PlacementType, e.Placement.Code);
                Check(Ssda903CodeLists.ReasonEpisodeCeased, e.ReasonEnded.Code);
                Check(Ssda903CodeLists.CategoryOfNeed, e.CategoryOfNeed.Code);
                Check(Ssda903CodeLists.PlacementProvider, e.PlacementProvider.Code);
                Check(Ssda903CodeLists.ReasonPlaceChange, e.ReasonPlaceChange.Code);
            }

            foreach (var o in r.CareLeaverOutcomes)
            {
                Check(Ssda903CodeLists.InTouch, o.InTouch.Code);
                Check(Ssda903CodeLists.Activity, o.Activity.Code);
                Check(Ssda903CodeLists.Accommodation, o.Accommodation.Code);
            }

            foreach (var a in r.Adoptions)
            {
                Check(Ssda903CodeLists.AdopterSex, a.SexOfAdopters);
            }

            foreach (var e in r.CinEpisodes)
            {
                Check(CinCensusCodeLists.ReferralSource, e.ReferralSource);
                Check(CinCensusCodeLists.PrimaryNeed, e.PrimaryNeed.Code);
                Check(CinCensusCodeLists.ReasonForClosure, e.ReasonForClosure.Code);
            }

            foreach (var p in r.ChildProtectionPlans)
            {
                Check(CinCensusCodeLists.CategoryOfAbuse, p.InitialCategory.Code);
                Check(CinCensusCodeLists.CategoryOfAbuse, p.LatestCategory.Code);
            }
        }

        Assert.True(outside.Count == 0, string.Join("\n", outside));
    }

    // Where the generator's model differs from the code lists (findings for the issue, kept so that the generated data
    // stay the same for every seed): it writes REC E43/E44 until 2021 (the lists replace them with E45-E48 from 2019),
    // CIN ReasonForClosure RC9 and ReferralSource 5D in every year (valid from 2023), and an H5 episode that started
    // before the 2025 collection year keeps its code in later returns (H5 left the list in 2025; new episodes are K3).
    private static bool IsOwnEra(string item, string code, int year) => (item, code) switch
    {
        ("REC", "E43" or "E44") => year <= Codes.NewRecCodesFrom - 1,
        ("ReasonForClosure", "RC9") or ("ReferralSource", "5D") => true,
        ("PLACE", "H5") => true,
        _ => false,
    };
}
