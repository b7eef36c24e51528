namespace ChildrensSocialCare.Indicators.Synthetic.Tests;

public class ScalingTests
{
    [Fact]
    public void A_hundred_children_generate_a_small_authority_that_evaluates()
    {
        var authority = SyntheticAuthority.Generate(new SyntheticOptions { Children = 100, Seed = 5 });

        Assert.Equal(100, authority.Records.Children.Count);
        Assert.True(authority.Population > 100);
        Assert.Equal(4, authority.Returns.Count);
        var card = authority.ToDataSet().Scorecard(ReportingPeriod.Year(2015), authority.EvaluationOptions);
        Assert.True(card["referrals-rate"].IsAvailable);
        // Workforce: a snapshot and a month of sickness absence for each of the 48 months.
        Assert.Equal(48, authority.Records.WorkforceSnapshots.Count);
        Assert.Equal(48, authority.Records.SicknessAbsences.Count);
    }

    [Fact]
    public void A_single_child_and_a_single_year_are_enough()
    {
        var authority = SyntheticAuthority.Generate(new SyntheticOptions { Children = 1, FirstCollectionYear = 2020, LastCollectionYear = 2020 });

        Assert.Single(authority.Records.Children);
        Assert.Single(authority.Returns);
        Assert.Equal(2020, authority.Returns[0].CollectionYear);
    }

    [Fact]
    public void Later_collection_years_use_their_own_code_lists()
    {
        // 2021-22 brought REC E45-E48 and ACTIV F4/P4/F5/P5; 2024-25 brought SEX M/F (liia-tools-pipeline schemas).
        var authority = SyntheticAuthority.Generate(new SyntheticOptions { Children = 8_000, FirstCollectionYear = 2023, LastCollectionYear = 2025 });
        var records = authority.Records;

        Assert.DoesNotContain(records.Episodes, e => e.End >= new DateOnly(2021, 4, 1) && e.ReasonEnded.Code is "E43" or "E44");
        Assert.DoesNotContain(records.CareLeaverOutcomes, o => o.Activity.Code is "F3" or "P3");
        Assert.Contains(records.CareLeaverOutcomes, o => o.Activity.Code is "F4" or "P4" or "F5" or "P5");
        Assert.All(authority.Return(2025).Children, c => Assert.Contains(c.Sex.Code, new[] { "M", "F" }));
        Assert.All(authority.Return(2024).Children, c => Assert.Contains(c.Sex.Code, new[] { "1", "2" }));
        Assert.NotEmpty(records.CinPlans);
    }

    [Theory]
    [InlineData(nameof(SyntheticOptions.Children))]
    [InlineData(nameof(SyntheticOptions.LastCollectionYear))]
    [InlineData(nameof(SyntheticOptions.ReReferralShare))]
    [InlineData(nameof(SyntheticOptions.CareLeaversSuitableAccommodationShare))]
    [InlineData(nameof(SyntheticOptions.LocalAuthorityCode))]
    public void An_option_out_of_range_is_rejected_naming_it(string option)
    {
        var bad = option switch
        {
            nameof(SyntheticOptions.Children) => new SyntheticOptions { Children = 0 },
            nameof(SyntheticOptions.LastCollectionYear) => new SyntheticOptions { LastCollectionYear = 2011 },
            nameof(SyntheticOptions.ReReferralShare) => new SyntheticOptions { ReReferralShare = 1.5 },
            nameof(SyntheticOptions.CareLeaversSuitableAccommodationShare) => new SyntheticOptions { CareLeaversSuitableAccommodationShare = 0.95 },
            _ => new SyntheticOptions { LocalAuthorityCode = "20A" },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticAuthority.Generate(bad));
        Assert.Equal(option, error.ParamName);
    }
}
