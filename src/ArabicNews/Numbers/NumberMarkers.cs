using System;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Numbers;

/// <summary>The qualifier and percent phrases of <c>number-markers.tsv</c>, before and after a number.</summary>
internal static class NumberMarkers
{
    public static PhraseTable<NumberMarker> Before { get; } = Load("before");

    public static PhraseTable<NumberMarker> After { get; } = Load("after");

    /// <summary>
    /// The verbs of comparison whose subject stands between them and the preposition before the number ("يقل
    /// وزنها عن 3500"), by the verb, with the preposition they take.
    /// </summary>
    public static PhraseTable<(NumberMarker Marker, string Preposition)> Split { get; } = new(
        LexiconLoader.ReadEntries("number-markers.tsv")
            .Where(fields => fields[2] == "split")
            .Select(fields =>
            {
                int space = fields[0].LastIndexOf(' ');
                return space > 0
                    ? (fields[0][..space], (Marker(fields), ArabicNormalizer.Search.Normalize(fields[0][(space + 1)..])))
                    : throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("number-markers.tsv", fields[0]));
            }),
        TakesLam);

    private static PhraseTable<NumberMarker> Load(string position) => new(
        LexiconLoader.ReadEntries("number-markers.tsv")
            .Where(fields => fields[2] == position)
            .Select(fields => (fields[0], Marker(fields))),
        TakesLam);

    // A bound's first word may carry ل ("لأكثر من", "لنحو"), unless it is a verb in the present, whose ل is one of
    // purpose ("لتصل إلى 10": so as to reach 10, no bound).
    private static bool TakesLam(string phrase) => phrase.Length > 0 && phrase[0] is not ('ي' or 'ت');

    private static NumberMarker Marker(string[] fields) => fields[1] switch
        {
            "approximate" => new NumberMarker(NumberQualifier.Approximate, false),
            "more-than" => new NumberMarker(NumberQualifier.MoreThan, false),
            "less-than" => new NumberMarker(NumberQualifier.LessThan, false),
            "at-least" => new NumberMarker(NumberQualifier.AtLeast, false),
            "at-most" => new NumberMarker(NumberQualifier.AtMost, false),
            "exact" => new NumberMarker(NumberQualifier.Exact, false),
            "percent" => new NumberMarker(NumberQualifier.Exact, true),
            "or-equal" => new NumberMarker(NumberQualifier.Exact, false, OrEqual: true),
            "magnitude" => new NumberMarker(NumberQualifier.Exact, false, IsMagnitude: true),
            _ => throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("number-markers.tsv", fields[0])),
        };
}
