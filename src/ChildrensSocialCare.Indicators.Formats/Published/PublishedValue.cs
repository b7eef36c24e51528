using System.Globalization;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// One published cell: a number, or a typed "no value" that carries its symbol and meaning. Numbers are kept as
/// published (never recomputed from rounded counts).
/// </summary>
/// <remarks><c>default</c> is a cell with no number and no text: <see cref="Symbol"/> is
/// <see cref="PublishedSymbol.None"/> and <see cref="Number"/> is <c>null</c>; treat it as not available.</remarks>
public readonly record struct PublishedValue
{
    private PublishedValue(decimal? number, PublishedSymbol symbol, string text)
    {
        Number = number;
        Symbol = symbol;
        _text = text;
    }

    private readonly string? _text;

    /// <summary>The number, or <c>null</c> when the cell is a symbol.</summary>
    public decimal? Number { get; }

    /// <summary>The symbol, or <see cref="PublishedSymbol.None"/> when the cell is a number.</summary>
    public PublishedSymbol Symbol { get; }

    /// <summary>The cell as published (trimmed); empty for <c>default</c>.</summary>
    public string Text => _text ?? "";

    /// <summary>What the cell means, in words: the number, or the symbol's meaning.</summary>
    public string Meaning => Symbol switch
    {
        PublishedSymbol.None when Number is { } n => n.ToString(CultureInfo.InvariantCulture),
        PublishedSymbol.None => "not available",
        PublishedSymbol.Suppressed => "suppressed (c)",
        PublishedSymbol.NotApplicable => "not applicable (z)",
        PublishedSymbol.NotAvailable => Text.Length == 0 ? "not available" : $"not available ({Text})",
        PublishedSymbol.RoundsToZero => $"rounds to zero but is not zero ({Text})",
        PublishedSymbol.LowReliability => "low reliability (u)",
        _ => Text.Length == 0 ? "blank (not available)" : $"not a number or a symbol ('{Text}'; not available)",
    };

    /// <summary>A published number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static PublishedValue Of(decimal number) => new(number, PublishedSymbol.None, number.ToString(CultureInfo.InvariantCulture));

    // A figure that could not be computed (a count without its population): not available, with no published text.
    internal static PublishedValue NotComputed { get; } = new(null, PublishedSymbol.NotAvailable, "");

    /// <summary>Reads a cell: a number in invariant notation (<c>67</c>, <c>22.6</c>, <c>-1.5</c>), or one of the symbols
    /// <c>c</c>, <c>z</c>, <c>x</c>, <c>low</c>, <c>k</c>, <c>u</c> and the obsolete <c>~</c> (as <c>low</c>) and
    /// <c>:</c> (as <c>x</c>), in any case. Anything else, blank included, is
    /// <see cref="PublishedSymbol.Unrecognised"/>.</summary>
    /// <param name="text">The cell.</param>
    /// <returns>The value.</returns>
    public static PublishedValue Parse(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
        {
            return new PublishedValue(n, PublishedSymbol.None, t.ToString());
        }

        var symbol = t switch
        {
            _ when Is(t, "c") => PublishedSymbol.Suppressed,
            _ when Is(t, "z") => PublishedSymbol.NotApplicable,
            _ when Is(t, "x") || Is(t, ":") => PublishedSymbol.NotAvailable,
            _ when Is(t, "low") || Is(t, "k") || Is(t, "~") => PublishedSymbol.RoundsToZero,
            _ when Is(t, "u") => PublishedSymbol.LowReliability,
            _ => PublishedSymbol.Unrecognised,
        };
        return new PublishedValue(null, symbol, t.ToString());
    }

    /// <summary>The cell as published.</summary>
    public override string ToString() => Text;

    private static bool Is(ReadOnlySpan<char> text, string symbol) => text.Equals(symbol, StringComparison.OrdinalIgnoreCase);
}
