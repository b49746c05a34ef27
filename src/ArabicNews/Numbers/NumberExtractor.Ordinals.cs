using System;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <content>
/// Ordinals: ranks in words, digits with the article (الـ20) and the tens of ranks (الحادي والعشرون).
/// </content>
public sealed partial class NumberExtractor
{
    // An ordinal word, with the article and clitics; then عشر for a teen ("الحادي عشر") or و and a ten for a
    // compound ("الخامس والعشرون"); or a ten with the article alone ("العشرين"). An ordinal inside a month name
    // (تشرين الأول، كانون الثاني، ربيع الأول، جمادى الآخرة) belongs to a date, and "أول أمس" is a relative date.
    internal static bool TryReadOrdinal(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last, out int clitic, out int position)
    {
        last = index;
        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        position = 0;
        // Two clitics before the word: "ولأول مرة", "وبالثاني".
        bool found = OrdinalLexicon.Words.TryGetWithArticle(word, out (int Value, bool CompoundOnly) ordinal, out clitic);
        if (!found && word.Length > 3 && word[0] is 'و' or 'ف' && word[1] is 'ل' or 'ب'
            && OrdinalLexicon.Words.TryGetWithArticle(word[1..], out ordinal, out clitic) && clitic == 1)
        {
            found = true;
            clitic = 2;
        }

        if (!found && word.Length > 4 && word.StartsWith("لل") && OrdinalLexicon.Words.TryGet(word[2..], out ordinal))
        {
            // "للأول", "للثامن": ل before the article, whose alif it drops.
            found = true;
            clitic = 1;
        }

        int joined = word.Length > 5 && word[0] is 'و' or 'ف' ? 1 : 0;
        if (!found && word.Length > 4 && !word.StartsWith("ال") && (word.EndsWith("ها") || word.EndsWith("هم"))
            && OrdinalLexicon.Words.TryGet(word[joined..^2], out ordinal) && !ordinal.CompoundOnly && ordinal.Value <= 10)
        {
            // "أولها", "رابعهم", "وثانيها": the first of them, the fourth of them.
            position = ordinal.Value;
            clitic = joined;
            return true;
        }

        if (!found)
        {
            clitic = word.StartsWith("وال") || word.StartsWith("بال") ? 1 : 0;
            if (!word[clitic..].StartsWith("ال") || !NumberLexicon.TryGet(word[(clitic + 2)..], out NumberWord cardinal))
            {
                return false;
            }

            if (cardinal is { Kind: NumberWordKind.Ten, Form: NumberWordForm.None, Value: >= 20 })
            {
                position = (int)cardinal.Value;
                return true;
            }

            // A hundred with the article after a noun ("الذكرى المئة", "الكتاب المئة والخامس والعشرون"), but
            // not the percent of "في المئة" or "بالمئة".
            bool afterFi = index > 0 && tokens[index - 1].Span.Slice(text) is "في";
            if (cardinal.Kind != NumberWordKind.Hundred || cardinal.Form == NumberWordForm.Many || word.StartsWith("بال") || afterFi || index == 0)
            {
                return false;
            }

            position = (int)cardinal.Value;
            int next = index + 1;
            if (next + 1 < tokens.Length && tokens[next].Span.Slice(text) is "و")
            {
                next++;
            }

            // Then و and the rest of the position: "والخامس والعشرون".
            bool conjunction = tokens[next - 1].Span.Slice(text) is "و" || (next < tokens.Length && tokens[next].Span.Slice(text).StartsWith("وال"));
            if (next < tokens.Length && tokens[next].SpacedFromPrevious && conjunction
                && TryReadOrdinal(text, tokens, next, out int restLast, out _, out int rest) && rest < 100)
            {
                position += rest;
                last = restLast;
            }
            else if (next < tokens.Length && tokens[next].SpacedFromPrevious && (conjunction || tokens[next].Span.Slice(text).StartsWith("و"))
                && TryReadPhrase(text, tokens, next, out restLast, out NumberPhrase cardinalRest, out _) && cardinalRest.Value is > 0 and < 100)
            {
                // Written with cardinals: "المائة وخمسة وعشرون".
                position += (int)cardinalRest.Value;
                last = restLast;
            }

            return true;
        }

        (position, bool compoundOnly) = ordinal;
        if (index > 0 && tokens[index].SpacedFromPrevious && tokens[index - 1].Span.Slice(text) is "تشرين" or "كانون" or "ربيع" or "جمادي")
        {
            return false;
        }

        bool compound = false;
        if (index + 1 < tokens.Length && tokens[index + 1].SpacedFromPrevious && position < 10)
        {
            ReadOnlySpan<char> next = tokens[index + 1].Span.Slice(text);
            if (next is "امس")
            {
                return false;
            }

            if (next is "عشر" or "عشره")
            {
                position += 10;
                last = index + 1;
                compound = true;
            }
            else if (TryReadOrdinalTen(text, tokens, index + 1, out int tenLast, out int ten))
            {
                position += ten;
                last = tenLast;
                compound = true;
            }
        }

        return compound || !compoundOnly;
    }

    // "والعشرون", "و العشرين", "وعشرون": the ten of a compound ordinal, after its unit.
    private static bool TryReadOrdinalTen(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last, out int ten)
    {
        last = index;
        ten = 0;
        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        if (word is "و" && index + 1 < tokens.Length && tokens[index + 1].SpacedFromPrevious)
        {
            last = index + 1;
            word = tokens[last].Span.Slice(text);
        }
        else if (word.Length > 1 && word[0] == 'و')
        {
            word = word[1..];
        }
        else
        {
            return false;
        }

        if (word.StartsWith("ال"))
        {
            word = word[2..];
        }

        if (NumberLexicon.TryGet(word, out NumberWord entry) && entry is { Kind: NumberWordKind.Ten, Form: NumberWordForm.None, Value: >= 20 })
        {
            ten = (int)entry.Value;
            return true;
        }

        return false;
    }
}
