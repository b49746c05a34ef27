using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Numbers;

/// <summary>
/// The ordinal words of <c>ordinal-words.tsv</c>: their value, and whether they are ordinals only before
/// عشر or before و and a ten (الأحد عشر، الواحد والعشرون); and the nouns after which one is no rank.
/// </summary>
internal static class OrdinalLexicon
{
    public static WordTable<(int Value, bool CompoundOnly)> Words { get; } = new(
        LexiconLoader.ReadEntries("ordinal-words.tsv").Select(fields => KeyValuePair.Create(
            ArabicNormalizer.Search.Normalize(fields[0]),
            (int.Parse(fields[1], CultureInfo.InvariantCulture), fields.Length > 2 && fields[2] == "compound"))));

    /// <summary>Gets the nouns of <c>ordinal-homographs.tsv</c>, each with the ordinal that after it is no rank ("جهة ثانية", "جندي أول").</summary>
    public static WordTable<string> Homographs { get; } = new(
        LexiconLoader.ReadEntries("ordinal-homographs.tsv").Select(fields => KeyValuePair.Create(
            ArabicNormalizer.Search.Normalize(fields[0]), ArabicNormalizer.Search.Normalize(fields[1]))));
}
