using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Dates;

/// <summary>The function words of <c>date-particles.tsv</c> by their roles, Search-normalized.</summary>
internal static class DateParticles
{
    private static readonly WordTable<DateParticle> s_words = new(
        LexiconLoader.ReadEntries("date-particles.tsv")
            .Select(f => (Word: ArabicNormalizer.Search.Normalize(f[0]), Role: Parse(f)))
            .GroupBy(e => e.Word, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Aggregate(DateParticle.None, (all, e) => all | e.Role))));

    /// <summary>Whether a normalized word has one of <paramref name="roles"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, DateParticle roles) => s_words.TryGet(word, out DateParticle found) && (found & roles) != 0;

    private static DateParticle Parse(string[] entry) => (entry.Length > 1 ? entry[1] : "") switch
    {
        "follows-year" => DateParticle.FollowsYear,
        "range-opener" => DateParticle.RangeOpener,
        "score" => DateParticle.Score,
        _ => throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("date-particles.tsv", entry[0])),
    };
}
