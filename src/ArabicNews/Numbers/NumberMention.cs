using ArabicNews.Annotations;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <summary>A quantity found in a text, with its span in the original text.</summary>
/// <param name="Start">The start of the mention in the original text (UTF-16 code units), qualifier words included.</param>
/// <param name="Length">The length of the mention in the original text.</param>
/// <param name="Kind">What the number counts.</param>
/// <param name="Value">The value; null for a range, a vague quantity, or a number too large for <see cref="decimal"/>.</param>
/// <param name="Min">The lower end of a range, or the lower bound of a vague quantity; otherwise null.</param>
/// <param name="Max">The upper end of a range; otherwise null.</param>
/// <param name="Unit">The ISO 4217 code of money, the symbol of a unit ("km2", "t"), "%" for a range of percentages; otherwise null.</param>
/// <param name="Qualifier">How the mention bounds the quantity.</param>
[Immutable]
public readonly record struct NumberMention(
    int Start,
    int Length,
    NumberKind Kind,
    decimal? Value,
    decimal? Min,
    decimal? Max,
    string? Unit,
    NumberQualifier Qualifier)
{
    /// <summary>Gets the span of the mention in the original text.</summary>
    public TextSpan Span => new(Start, Length);
}
