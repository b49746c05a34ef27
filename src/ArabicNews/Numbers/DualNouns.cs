using System;
using System.Collections.Frozen;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Numbers;

/// <summary>The duals of the nouns in <c>dual-nouns.tsv</c>, Search-normalized: عامان، عامين، سنتان، سنتين…</summary>
internal static class DualNouns
{
    private static readonly FrozenSet<string> s_duals = LexiconLoader.ReadEntries("dual-nouns.tsv")
        .Select(fields => ArabicNormalizer.Search.Normalize(fields[0]))
        .SelectMany(singular =>
        {
            // ة (normalized to ه) is written ت before the dual ending: سنة → سنتان.
            string stem = singular.EndsWith('ه') ? singular[..^1] + "ت" : singular;
            return new[] { stem + "ان", stem + "ين" };
        })
        .ToFrozenSet(StringComparer.Ordinal);

#if NET9_0_OR_GREATER
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_spanLookup = s_duals.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>Whether a normalized word is one of the duals, with or without the article and the clitics و ف ب ل.</summary>
    public static bool Contains(ReadOnlySpan<char> word, out int cliticLength)
    {
        for (cliticLength = 0; cliticLength <= 1 && word.Length > 3; cliticLength++)
        {
            ReadOnlySpan<char> bare = word.StartsWith("ال") ? word[2..] : word;
#if NET9_0_OR_GREATER
            if (s_spanLookup.Contains(bare))
#else
            if (s_duals.Contains(bare.ToString()))
#endif
            {
                return true;
            }

            if (word[0] is not ('و' or 'ف' or 'ب' or 'ل'))
            {
                break;
            }

            word = word[1..];
        }

        return false;
    }
}
