namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// One code of a <see cref="CodeList"/> and the collection years in which the return accepts it.
/// </summary>
/// <param name="Code">The code as the return writes it (upper case), for example <c>K3</c>.</param>
/// <param name="FirstYear">The first collection year the code is valid in; <see langword="null"/> when it is valid from
/// the earliest year this library knows (2017).</param>
/// <param name="LastYear">The last collection year the code is valid in; <see langword="null"/> when it is still
/// valid.</param>
/// <remarks>
/// A collection year is the year the reporting year ends (2024 for 2023-24); both bounds are inclusive. The
/// <c>default</c> value is an empty code valid in every year; the lists never hold one.
/// </remarks>
public readonly record struct ListedCode(string Code, int? FirstYear, int? LastYear)
{
    /// <summary>Whether the code is valid in a collection year.</summary>
    /// <param name="collectionYear">The collection year (2024 for 2023-24).</param>
    /// <returns>Whether the year lies between <see cref="FirstYear"/> and <see cref="LastYear"/>, inclusive.</returns>
    public bool IsValidIn(int collectionYear) =>
        (FirstYear is not { } first || collectionYear >= first) && (LastYear is not { } last || collectionYear <= last);
}
