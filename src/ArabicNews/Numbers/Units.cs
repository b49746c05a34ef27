using System.Linq;
using ArabicNews.Lexicons;

namespace ArabicNews.Numbers;

/// <summary>
/// The currencies and units of <c>units.tsv</c>: a phrase after a number gives its code and whether it is money; a
/// magnitude ("درجات على مقياس ريختر") has no code.
/// </summary>
internal static class Units
{
    public static PhraseTable<(string? Code, bool IsCurrency)> After { get; } = new(
        LexiconLoader.ReadEntries("units.tsv").Select(fields => (fields[0], (fields[2] == "magnitude" ? null : fields[1], fields[2] == "currency"))));
}
