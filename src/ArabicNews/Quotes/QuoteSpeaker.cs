using ArabicNews.Annotations;
using ArabicNews.Text;

namespace ArabicNews.Quotes;

/// <summary>Who a quote is attributed to.</summary>
/// <param name="Name">The canonical name: the fullest form the article gives ("مارك روته" for a later "روته"), or the body ("وزارة الدفاع الروسية"), without the quotation marks the article may put around a part of it ("صحيفة "كوريا تايمز"" is صحيفة كوريا تايمز); <see cref="Span"/> is the mention as written.</param>
/// <param name="Start">The start, in the original text, of the mention the attribution came from.</param>
/// <param name="Length">The length of that mention.</param>
/// <param name="Title">The title or role written with the name ("الأمين العام لحلف شمال الأطلسي (الناتو)"), or null.</param>
[Immutable]
public readonly record struct QuoteSpeaker(string Name, int Start, int Length, string? Title)
{
    /// <summary>Gets the span of the mention in the original text.</summary>
    public TextSpan Span => new(Start, Length);
}
