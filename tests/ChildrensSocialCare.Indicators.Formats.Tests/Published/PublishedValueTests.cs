namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

public class PublishedValueTests
{
    [Theory]
    [InlineData("c", PublishedSymbol.Suppressed)]
    [InlineData("z", PublishedSymbol.NotApplicable)]
    [InlineData("x", PublishedSymbol.NotAvailable)]
    [InlineData(":", PublishedSymbol.NotAvailable)]
    [InlineData("low", PublishedSymbol.RoundsToZero)]
    [InlineData("k", PublishedSymbol.RoundsToZero)]
    [InlineData("~", PublishedSymbol.RoundsToZero)]
    [InlineData("u", PublishedSymbol.LowReliability)]
    [InlineData(" C ", PublishedSymbol.Suppressed)]
    [InlineData("", PublishedSymbol.Unrecognised)]
    [InlineData("..", PublishedSymbol.Unrecognised)]
    [InlineData("1,234", PublishedSymbol.Unrecognised)]
    public void Every_symbol_is_a_typed_no_value(string text, PublishedSymbol symbol)
    {
        var value = PublishedValue.Parse(text);
        Assert.Equal(symbol, value.Symbol);
        Assert.Null(value.Number);
        Assert.NotEmpty(value.Meaning);
    }

    [Theory]
    [InlineData("67", "67")]
    [InlineData("22.6", "22.6")]
    [InlineData("-1.5", "-1.5")]
    [InlineData(" 36186.3 ", "36186.3")]
    public void Numbers_are_kept_as_published(string text, string expected)
    {
        var value = PublishedValue.Parse(text);
        Assert.Equal(PublishedSymbol.None, value.Symbol);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(expected, value.Text);
    }

    [Fact]
    public void Meanings_name_the_symbol()
    {
        Assert.Equal("suppressed (c)", PublishedValue.Parse("c").Meaning);
        Assert.Equal("rounds to zero but is not zero (k)", PublishedValue.Parse("k").Meaning);
        Assert.Equal("low reliability (u)", PublishedValue.Parse("u").Meaning);
        Assert.Equal("not available", default(PublishedValue).Meaning);
    }
}
