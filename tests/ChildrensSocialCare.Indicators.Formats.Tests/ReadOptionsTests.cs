namespace ChildrensSocialCare.Indicators.Formats.Tests;

public class ReadOptionsTests
{
    [Fact]
    public void Out_of_range_options_are_refused_when_set()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadOptions { CollectionYear = 24 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadOptions.Default with { MaxRepeatedFindings = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadOptions { MaxXmlCharacters = 0 });
        Assert.Equal(2024, new ReadOptions { CollectionYear = 2024 }.CollectionYear);
    }

    [Theory]
    [InlineData("2017-episodes.csv", FileNameYear.CollectionYear, 2017)]
    [InlineData("2017-episodes.csv", FileNameYear.StartYear, 2018)]
    [InlineData("SSDA903_2020_header.csv", FileNameYear.CollectionYear, 2020)]
    [InlineData("903 2017-18 episodes.csv", FileNameYear.CollectionYear, 2018)]
    [InlineData("903_2017_18_episodes.csv", FileNameYear.StartYear, 2018)]
    [InlineData("episodes201718.csv", FileNameYear.CollectionYear, 2018)]
    [InlineData("SSDA903.csv", FileNameYear.CollectionYear, null)]
    [InlineData("episodes 2019 to 2021.csv", FileNameYear.CollectionYear, null)]
    public void The_collection_year_in_a_file_name(string name, FileNameYear meaning, int? year) =>
        Assert.Equal(year, YearText.FromFileName(name, meaning));
}
