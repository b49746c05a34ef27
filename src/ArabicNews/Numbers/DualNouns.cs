using System.Collections.Generic;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Numbers;

/// <summary>The duals of the nouns in <c>dual-nouns.tsv</c>, Search-normalized: عامان، عامين، سنتان، سنتين…</summary>
internal static class DualNouns
{
    /// <summary>Gets the singulars themselves: عام، سنة، ساعة، مرة… ("ساعة ونصف" is 1.5).</summary>
    public static WordTable<bool> Singulars { get; } = new(
        LexiconLoader.ReadEntries("dual-nouns.tsv")
            .Select(fields => ArabicNormalizer.Search.Normalize(fields[0]))
            .Distinct()
            .Select(singular => KeyValuePair.Create(singular, true)));

    public static WordTable<bool> Words { get; } = new(
        LexiconLoader.ReadEntries("dual-nouns.tsv")
            .Select(fields => ArabicNormalizer.Search.Normalize(fields[0]))
            .SelectMany(singular =>
            {
                // ة (normalized to ه) is written ت before the dual ending: سنة → سنتان.
                string stem = singular.EndsWith('ه') ? singular[..^1] + "ت" : singular;
                return new[] { stem + "ان", stem + "ين" };
            })
            .Distinct()
            .Select(dual => KeyValuePair.Create(dual, true)));
}
