using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Numbers;

/// <summary>
/// The ordinal words of <c>ordinal-words.tsv</c>: their value, and whether they are ordinals only before
/// عشر or before و and a ten (الأحد عشر، الواحد والعشرون).
/// </summary>
internal static class OrdinalLexicon
{
    public static WordTable<(int Value, bool CompoundOnly)> Words { get; } = new(
        LexiconLoader.ReadEntries("ordinal-words.tsv").Select(fields => KeyValuePair.Create(
            ArabicNormalizer.Search.Normalize(fields[0]),
            (int.Parse(fields[1], CultureInfo.InvariantCulture), fields.Length > 2 && fields[2] == "compound"))));
}
