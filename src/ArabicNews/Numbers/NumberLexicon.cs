using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Numbers;

/// <summary>
/// The number words of <c>number-words.tsv</c>, keyed by their Search-normalized spelling, read once.
/// </summary>
internal static class NumberLexicon
{
    private static readonly WordTable<NumberWord> s_words = new(Load());

    /// <summary>Gets every entry, for tests of the data itself.</summary>
    public static IReadOnlyDictionary<string, NumberWord> Words => s_words.Words;

    /// <summary>
    /// Gets the words of <c>number-homographs.tsv</c>: alone in running text, bare or after clitics, they
    /// are another word ("كمية", "متين", "لست"); only a longer number phrase makes them numbers.
    /// </summary>
    public static WordTable<bool> Homographs { get; } = new(
        LexiconLoader.ReadEntries("number-homographs.tsv").Select(fields => KeyValuePair.Create(ArabicNormalizer.Search.Normalize(fields[0]), true)));

    /// <summary>Looks up a word already normalized with the Search profile.</summary>
    public static bool TryGet(ReadOnlySpan<char> normalizedWord, out NumberWord word) => s_words.TryGet(normalizedWord, out word);

    private static Dictionary<string, NumberWord> Load()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (string[] fields in LexiconLoader.ReadEntries("number-words.tsv"))
        {
            string key = ArabicNormalizer.Search.Normalize(fields[0]);
            var entry = new NumberWord(
                decimal.Parse(fields[1], NumberStyles.Number, CultureInfo.InvariantCulture),
                fields[2] switch
                {
                    "unit" => NumberWordKind.Unit,
                    "ten" => NumberWordKind.Ten,
                    "hundred" => NumberWordKind.Hundred,
                    "scale" => NumberWordKind.Scale,
                    "fraction" => NumberWordKind.Fraction,
                    "point" => NumberWordKind.Point,
                    "denominator" => NumberWordKind.Denominator,
                    _ => throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("number-words.tsv", fields[0])),
                },
                fields[3] switch
                {
                    "one" => NumberWordForm.One,
                    "two" => NumberWordForm.Two,
                    "many" => NumberWordForm.Many,
                    _ => NumberWordForm.None,
                });

            // Normalization may merge two spellings (اثني, اثنى); they must then mean the same.
            if (words.TryGetValue(key, out NumberWord existing) && existing != entry)
            {
                throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("number-words.tsv", fields[0]));
            }

            words[key] = entry;
        }

        return words;
    }
}
