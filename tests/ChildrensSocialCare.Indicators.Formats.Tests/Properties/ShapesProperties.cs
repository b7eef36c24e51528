using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Properties;

// The hand-written postcode check agrees with the shape written as a regular expression: spaces ignored, then an
// outward code of two to four ASCII letters or digits starting with a letter, a digit and two letters.
public class ShapesProperties
{
    private static readonly Regex Postcode = new("^[A-Za-z][A-Za-z0-9]{1,3}[0-9][A-Za-z]{2}$", RegexOptions.CultureInvariant);

    private static bool Expected(string text) => Postcode.IsMatch(text.Replace(" ", "", StringComparison.Ordinal));

    // Postcode-like text (letters and digits in postcode positions, spaces anywhere) and text with other characters.
    private static readonly Gen<string> Candidates =
        Gen.Elements("AB1 2CD".ToCharArray().Concat("Zz09 -é\t".ToCharArray()).ToArray()).ArrayOf()
            .Select(c => new string(c.Take(11).ToArray()));

    [Property(MaxTest = 2000)]
    public Property A_postcode_has_the_shape_exactly_when_the_pattern_matches() =>
        Prop.ForAll(Candidates.ToArbitrary(), text => Shapes.IsPostcode(text) == Expected(text));

    [Theory]
    [InlineData("B1 1AA", true)]
    [InlineData("SW1A 1AA", true)]
    [InlineData("sw1a1aa", true)]
    [InlineData("EC1A  1BB", true)]
    [InlineData("2TR", false)]
    [InlineData("SW1A1AAA", false)]
    [InlineData("SW1A-1AA", false)]
    [InlineData("ÉC1A 1BB", false)]
    [InlineData("", false)]
    public void Postcodes_of_the_usual_shapes_pass_and_others_fail(string text, bool shaped)
    {
        Assert.Equal(shaped, Shapes.IsPostcode(text));
        Assert.Equal(shaped, Expected(text));
    }
}
