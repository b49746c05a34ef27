using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <summary>The qualifier and percent phrases of <c>number-markers.tsv</c>, and their matching around a number.</summary>
internal static class NumberMarkers
{
    private static readonly (string[] Words, NumberMarkerRole Role)[] s_before = Load("before");
    private static readonly (string[] Words, NumberMarkerRole Role)[] s_after = Load("after");

    /// <summary>Finds the longest marker that ends right before token <paramref name="first"/>.</summary>
    public static bool TryMatchBefore(string text, List<WordToken> tokens, int first, out int markerStart, out int cliticLength, out NumberMarkerRole role)
    {
        markerStart = first;
        cliticLength = 0;
        role = default;
        bool found = false;
        foreach ((string[] words, NumberMarkerRole candidate) in s_before)
        {
            int start = first - words.Length;
            if (start < 0 || start >= markerStart || !tokens[first].SpacedFromPrevious)
            {
                continue;
            }

            bool match = true;
            int clitic = 0;
            for (int k = 0; k < words.Length && match; k++)
            {
                WordToken token = tokens[start + k];
                ReadOnlySpan<char> word = token.Span.Slice(text);
                match = (k == 0 ? MatchesWithClitic(word, words[k], out clitic) : word.SequenceEqual(words[k]))
                    && (k == 0 || token.SpacedFromPrevious);
            }

            if (match)
            {
                markerStart = start;
                cliticLength = clitic;
                role = candidate;
                found = true;
            }
        }

        return found;
    }

    /// <summary>Finds the longest marker that starts right after token <paramref name="last"/>.</summary>
    public static bool TryMatchAfter(string text, List<WordToken> tokens, int last, out int markerEnd, out NumberMarkerRole role)
    {
        markerEnd = last;
        role = default;
        bool found = false;
        foreach ((string[] words, NumberMarkerRole candidate) in s_after)
        {
            int end = last + words.Length;
            if (end >= tokens.Count || end <= markerEnd)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < words.Length && match; k++)
            {
                WordToken token = tokens[last + 1 + k];
                match = token.Span.Slice(text).SequenceEqual(words[k]) && token.SpacedFromPrevious;
            }

            if (match)
            {
                markerEnd = end;
                role = candidate;
                found = true;
            }
        }

        return found;
    }

    // The first word of a marker may carry و, ف or ب: "وبنحو", "بحوالي".
    private static bool MatchesWithClitic(ReadOnlySpan<char> word, string marker, out int stripped)
    {
        for (stripped = 0; stripped <= 2 && word.Length > marker.Length - 1; stripped++)
        {
            if (word.SequenceEqual(marker))
            {
                return true;
            }

            if (word.Length == 0 || word[0] is not ('و' or 'ف' or 'ب'))
            {
                return false;
            }

            word = word[1..];
        }

        return false;
    }

    private static (string[] Words, NumberMarkerRole Role)[] Load(string position) =>
        LexiconLoader.ReadEntries("number-markers.tsv")
            .Where(fields => fields[2] == position)
            .Select(fields => (
                ArabicNormalizer.Search.Normalize(fields[0]).Split(' '),
                fields[1] switch
                {
                    "approximate" => NumberMarkerRole.Approximate,
                    "more-than" => NumberMarkerRole.MoreThan,
                    "less-than" => NumberMarkerRole.LessThan,
                    "at-least" => NumberMarkerRole.AtLeast,
                    "at-most" => NumberMarkerRole.AtMost,
                    "percent" => NumberMarkerRole.Percent,
                    _ => throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("number-markers.tsv", fields[0])),
                }))
            .ToArray();
}
