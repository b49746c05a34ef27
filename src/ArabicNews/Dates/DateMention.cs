using ArabicNews.Annotations;
using ArabicNews.Text;

namespace ArabicNews.Dates;

/// <summary>A date found in a text, with its span in the original text.</summary>
/// <param name="Start">The start of the mention in the original text (UTF-16 code units).</param>
/// <param name="Length">The length of the mention in the original text.</param>
/// <param name="Date">What was written and, given a reference date, what it resolves to.</param>
[Immutable]
public readonly record struct DateMention(int Start, int Length, ParsedDate Date)
{
    /// <summary>Gets the span of the mention in the original text.</summary>
    public TextSpan Span => new(Start, Length);
}
