using System;
using System.Collections.Generic;
using ArabicNews.Annotations;
using ArabicNews.Normalization;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <summary>
/// Finds the quantities of a text: numbers in digits or words (with their scale words and clitics), with the
/// qualifier before or after them ("أكثر من 600 ألف", "نحو 20 مليون", "5% تقريباً") and percentages
/// ("خمسة في المئة", "٣٫٥٪"). Spans point into the original text, qualifier words included.
/// </summary>
/// <remarks>
/// Not yet recognized (the numbers capability is being built in parts): ordinals, ranges, money and units,
/// vague quantities (عشرات، آلاف). Numeric dates ("2024-11-02", "02/11/2024") are left to the date extractor.
/// Instances are immutable and thread-safe; extraction runs in time linear in the text.
/// </remarks>
[Immutable]
public sealed class NumberExtractor
{
    /// <summary>Gets the shared extractor.</summary>
    public static NumberExtractor Default { get; } = new();

    /// <summary>Finds the number mentions of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The mentions, with spans into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<NumberMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        NormalizedText normalized = ArabicNormalizer.Search.NormalizeWithOffsets(text);
        string n = normalized.Text;
        List<WordToken> tokens = WordTokenizer.Tokenize(n);
        var mentions = new List<NumberMention>();
        int i = 0;
        while (i < tokens.Count)
        {
            if (!TryReadPhrase(n, tokens, i, out int last, out NumberPhrase phrase, out int clitic))
            {
                i++;
                continue;
            }

            int first = i;
            int start = tokens[i].Start + clitic;
            NumberKind kind = NumberKind.Cardinal;
            NumberQualifier qualifier = NumberQualifier.Exact;
            if (NumberMarkers.TryMatchAfter(n, tokens, last, out int afterEnd, out NumberMarkerRole after) && after == NumberMarkerRole.Percent)
            {
                kind = NumberKind.Percent;
                last = afterEnd;
            }

            if (NumberMarkers.TryMatchAfter(n, tokens, last, out afterEnd, out after) && after != NumberMarkerRole.Percent)
            {
                qualifier = ToQualifier(after);
                last = afterEnd;
            }

            if (NumberMarkers.TryMatchBefore(n, tokens, first, out int beforeStart, out int markerClitic, out NumberMarkerRole before)
                && before != NumberMarkerRole.Percent)
            {
                qualifier = ToQualifier(before);
                start = tokens[beforeStart].Start + markerClitic;
            }

            TextSpan span = normalized.ToOriginal(TextSpan.FromBounds(start, tokens[last].End));
            mentions.Add(new NumberMention(span.Start, span.Length, kind, phrase.Value, qualifier));
            i = last + 1;
        }

        return mentions;
    }

    // The longest number phrase that starts at token `first`: words joined by spaces, and a separate و
    // before a word that continues the phrase.
    // The span of a mention starts after the clitics of its first word (و، ب، ال): `clitic` counts them.
    private static bool TryReadPhrase(string text, List<WordToken> tokens, int first, out int last, out NumberPhrase phrase, out int clitic)
    {
        last = first;
        phrase = default;
        clitic = 0;
        ReadOnlySpan<char> word = tokens[first].Span.Slice(text);
        if (IsStandaloneOne(word, text, tokens, first) || IsPartOfNumericDate(text, tokens, first)
            || !phrase.TryAdd(word, conjunction: false, out clitic))
        {
            return false;
        }

        int next = first + 1;
        while (next < tokens.Count && tokens[next].SpacedFromPrevious)
        {
            ReadOnlySpan<char> candidate = tokens[next].Span.Slice(text);
            if (candidate is "و")
            {
                if (next + 1 < tokens.Count && tokens[next + 1].SpacedFromPrevious
                    && !IsPartOfNumericDate(text, tokens, next + 1)
                    && phrase.TryAdd(tokens[next + 1].Span.Slice(text), conjunction: true))
                {
                    last = next + 1;
                    next += 2;
                    continue;
                }

                break;
            }

            if (IsPartOfNumericDate(text, tokens, next) || !phrase.TryAdd(candidate, conjunction: false))
            {
                break;
            }

            last = next;
            next++;
        }

        return true;
    }

    // أحد and إحدى alone mean "one of" ("أحد الجنود", "بإحدى المدن"); they count only in a teen ("أحد عشر").
    private static bool IsStandaloneOne(ReadOnlySpan<char> word, string text, List<WordToken> tokens, int index) =>
        word is "احد" or "احدي" or "باحد" or "باحدي" or "لاحد" or "لاحدي"
        && (index + 1 >= tokens.Count || tokens[index + 1].Span.Slice(text) is not ("عشر" or "عشره"));

    // Digits joined to other digits by '-' or '/' are a date (or a range, not yet read here).
    private static bool IsPartOfNumericDate(string text, List<WordToken> tokens, int index)
    {
        WordToken token = tokens[index];
        if (!char.IsAsciiDigit(text[token.Start]))
        {
            return false;
        }

        bool joinedBefore = index > 0 && token.Start - token.GapStart == 1 && text[token.GapStart] is '-' or '/'
            && char.IsAsciiDigit(text[tokens[index - 1].End - 1]);
        bool joinedAfter = index + 1 < tokens.Count && tokens[index + 1].Start - tokens[index + 1].GapStart == 1
            && text[tokens[index + 1].GapStart] is '-' or '/' && char.IsAsciiDigit(text[tokens[index + 1].Start]);
        return joinedBefore || joinedAfter;
    }

    private static NumberQualifier ToQualifier(NumberMarkerRole role) => role switch
    {
        NumberMarkerRole.Approximate => NumberQualifier.Approximate,
        NumberMarkerRole.MoreThan => NumberQualifier.MoreThan,
        NumberMarkerRole.LessThan => NumberQualifier.LessThan,
        NumberMarkerRole.AtLeast => NumberQualifier.AtLeast,
        NumberMarkerRole.AtMost => NumberQualifier.AtMost,
        _ => NumberQualifier.Exact,
    };
}
