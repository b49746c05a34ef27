using ArabicNews.Annotations;

namespace ArabicNews.Numbers;

/// <summary>The value of a number phrase read by <see cref="ArabicNumber.TryParse(System.ReadOnlySpan{char}, out ParsedNumber)"/>.</summary>
/// <param name="Value">The value, exact in <see cref="decimal"/>; null when the phrase is a number too large for <see cref="decimal"/>.</param>
[Immutable]
public readonly record struct ParsedNumber(decimal? Value)
{
    /// <summary>Gets whether the phrase is a well-formed number too large for <see cref="decimal"/>.</summary>
    public bool IsOverflow => Value is null;
}
