using System;
using System.Collections.Frozen;
using System.Globalization;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Numbers;

/// <summary>The ordinal words of <c>ordinal-words.tsv</c>, keyed by their Search-normalized spelling.</summary>
internal static class OrdinalLexicon
{
    private static readonly FrozenDictionary<string, (int Value, bool CompoundOnly)> s_words = LexiconLoader.ReadEntries("ordinal-words.tsv")
        .ToFrozenDictionary(
            fields => ArabicNormalizer.Search.Normalize(fields[0]),
            fields => (int.Parse(fields[1], CultureInfo.InvariantCulture), fields.Length > 2 && fields[2] == "compound"),
            StringComparer.Ordinal);

#if NET9_0_OR_GREATER
    private static readonly FrozenDictionary<string, (int Value, bool CompoundOnly)>.AlternateLookup<ReadOnlySpan<char>> s_spanLookup =
        s_words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>Reads a normalized word as an ordinal: with or without the article and the clitics و ف ب ل.</summary>
    /// <param name="word">The word.</param>
    /// <param name="value">The ordinal's value.</param>
    /// <param name="compoundOnly">Whether the word is an ordinal only before عشر or before و and a ten (الأحد عشر، الواحد والعشرون).</param>
    /// <param name="cliticLength">How many leading characters are clitics (not the article, which is part of the ordinal).</param>
    public static bool TryGet(ReadOnlySpan<char> word, out int value, out bool compoundOnly, out int cliticLength)
    {
        for (cliticLength = 0; cliticLength <= 1 && word.Length > 2; cliticLength++)
        {
            ReadOnlySpan<char> bare = word.StartsWith("ال") ? word[2..] : word;
#if NET9_0_OR_GREATER
            if (s_spanLookup.TryGetValue(bare, out (int Value, bool CompoundOnly) entry))
#else
            if (s_words.TryGetValue(bare.ToString(), out (int Value, bool CompoundOnly) entry))
#endif
            {
                (value, compoundOnly) = entry;
                return true;
            }

            if (word[0] is not ('و' or 'ف' or 'ب' or 'ل'))
            {
                break;
            }

            word = word[1..];
        }

        value = 0;
        compoundOnly = false;
        return false;
    }
}
