using System;
using ArabicNews.Dates;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <content>
/// A point that groups thousands: "14.800 متر مكعب", "741.500 مستفيد", "(17.800) كيلو جرام", "14.500 من الرياضيين".
/// </content>
public sealed partial class NumberExtractor
{
    /// <summary>
    /// Whether the number written alone at word <paramref name="index"/> (after <paramref name="clitic"/> letters) is
    /// a whole of one to three digits, one point and exactly three digits, which much Saudi copy writes for thousands,
    /// and what follows it is what a count takes: a unit or currency (<paramref name="unit"/>), a counted noun, or من
    /// before a definite noun. A count of a unit, a sum or people is seldom to the thousandth, while a scale after it
    /// ("6.935 مليون برميل", read before this), a preposition or conjunction ("98.088 في المعاملات", "97.395 بعد أن": an
    /// index) or a price to the thousandth ("سعر 2.060 درهم", as stock reports give them) keeps the point decimal.
    /// </summary>
    private static bool IsPointGroupingThousands(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, int clitic, bool bracketed, string? unit)
    {
        ReadOnlySpan<char> digits = tokens[index].Span.Slice(text)[clitic..];
        int point = digits.IndexOf('.');
        if (point is < 1 or > 3 || digits.Length != point + 4 || digits[0] == '0' || digits[..point].ContainsAnyExceptInRange('0', '9')
            || digits[(point + 1)..].ContainsAnyExceptInRange('0', '9') || digits.EndsWith(".000"))
        {
            return false; // "100.000" is read as thousands already
        }

        for (int k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            ReadOnlySpan<char> before = tokens[k].Span.Slice(text);
            if (before.StartsWith("سعر") || (before.Length > 3 && before[0] is 'ب' or 'و' or 'ل' && before[1..].StartsWith("سعر")))
            {
                return false; // "وصولا إلى سعر 2.060 درهم": a price to the thousandth
            }
        }

        if (unit is not null)
        {
            return true;
        }

        int next = index + 1;
        if (next >= tokens.Length)
        {
            return false;
        }

        ReadOnlySpan<char> gap = text[tokens[next].GapStart..tokens[next].Start].Trim(' ');
        if (!gap.IsEmpty && !(bracketed && gap.Length == 1 && gap[0] is ')' or '»' or '"' or '”' or ']'))
        {
            return false;
        }

        return (IsCountedNoun(text, tokens, next, bracketed) && !DateParticles.Is(tokens[next].Span.Slice(text), DateParticle.FollowsYear)) // "97.395 بعد أن"
            || (tokens[next].Span.Slice(text) is "من" && next + 1 < tokens.Length && tokens[next + 1].SpacedFromPrevious
                && tokens[next + 1].Span.Slice(text).StartsWith("ال")); // "14.500 من الرياضيين"
    }
}
