using System;
using System.Collections.Generic;
using ArabicNews.Lexicons;

namespace ArabicNews.Numbers;

/// <summary>The qualifier and percent phrases of <c>number-markers.tsv</c>, before and after a number.</summary>
internal static class NumberMarkers
{
    public static PhraseTable<NumberMarkerRole> Before { get; } = Load("before");

    public static PhraseTable<NumberMarkerRole> After { get; } = Load("after");

    private static PhraseTable<NumberMarkerRole> Load(string position)
    {
        var phrases = new List<(string, NumberMarkerRole)>();
        foreach (string[] fields in LexiconLoader.ReadEntries("number-markers.tsv"))
        {
            if (fields[2] != position)
            {
                continue;
            }

            phrases.Add((fields[0], fields[1] switch
            {
                "approximate" => NumberMarkerRole.Approximate,
                "more-than" => NumberMarkerRole.MoreThan,
                "less-than" => NumberMarkerRole.LessThan,
                "at-least" => NumberMarkerRole.AtLeast,
                "at-most" => NumberMarkerRole.AtMost,
                "exact" => NumberMarkerRole.Exact,
                "percent" => NumberMarkerRole.Percent,
                _ => throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("number-markers.tsv", fields[0])),
            }));
        }

        return new PhraseTable<NumberMarkerRole>(phrases);
    }
}
