using ArabicNews.Annotations;
using ArabicNews.Text;

namespace ArabicNews.Quotes;

/// <summary>A quote found in a text: what was said, by whom, with which cue.</summary>
/// <param name="Start">The start of the quoted content in the original text (inside the quotation marks; after أن for reported speech).</param>
/// <param name="Length">The length of the quoted content.</param>
/// <param name="Kind">How the quote renders what was said.</param>
/// <param name="Speaker">Who said it, or null when no speaker could be found.</param>
/// <param name="Cue">The cue as written ("وأضافت", "قائلاً"), or null (a headline).</param>
/// <param name="Stance">The class of the cue.</param>
/// <param name="Confidence">
/// How likely the quote and its speaker are right, in [0, 1]: the share of right attributions that the quote's
/// <paramref name="Evidence"/> had on the development split of the annotated real articles (docs/quotes.md). Filter low values out where
/// precision matters.
/// </param>
/// <param name="Evidence">How the speaker was found.</param>
[Immutable]
public readonly record struct QuoteMention(int Start, int Length, QuoteKind Kind, QuoteSpeaker? Speaker, string? Cue, CueStance Stance, double Confidence, SpeakerEvidence Evidence)
{
    /// <summary>Gets the span of the quoted content in the original text.</summary>
    public TextSpan Span => new(Start, Length);
}
