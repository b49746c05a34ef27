using System.Collections.Generic;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Quotes;

/// <summary>A speech cue: its lemma, stance, gender (m, f, p or -) and kind (verb, participle, source).</summary>
internal readonly record struct QuoteCue(string Lemma, CueStance Stance, char Gender, string Kind)
{
    public bool IsParticiple => Kind == "participle";
}

/// <summary>A title or role word: its kind (title, body, counterpart) and gender (m, f or -).</summary>
internal readonly record struct SpeakerRole(string Kind, char Gender);

/// <summary>The cue, name-noun and title lexicons of the quotes capability, Search-normalized, read once.</summary>
internal static class QuoteLexicon
{
    public static WordTable<QuoteCue> Cues { get; } = new(
        Distinct(LexiconLoader.ReadEntries("quote-cues.tsv")
            .Where(f => !f[0].Contains(' ', System.StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(ArabicNormalizer.Search.Normalize(f[0]), new QuoteCue(
                ArabicNormalizer.Search.Normalize(f[1]),
                f[2] switch
                {
                    "affirming" => CueStance.Affirming,
                    "denying" => CueStance.Denying,
                    "warning" => CueStance.Warning,
                    "accusing" => CueStance.Accusing,
                    "calling" => CueStance.Calling,
                    _ => CueStance.Neutral,
                },
                f[3][0],
                f[4])))));

    public static WordTable<bool> NameNouns { get; } = new(
        Distinct(LexiconLoader.ReadEntries("quote-names.tsv")
            .Where(f => !f[0].Contains(' ', System.StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(ArabicNormalizer.Search.Normalize(f[0]), true))));

    public static WordTable<SpeakerRole> Roles { get; } = new(
        Distinct(LexiconLoader.ReadEntries("speaker-titles.tsv")
            .Where(f => !f[0].Contains(' ', System.StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(ArabicNormalizer.Search.Normalize(f[0]), new SpeakerRole(f[1], f[2][0])))));

    // Normalization merges some spellings (نظيرة and نظيره): the first entry wins.
    private static IEnumerable<KeyValuePair<string, T>> Distinct<T>(IEnumerable<KeyValuePair<string, T>> entries) =>
        entries.GroupBy(e => e.Key, System.StringComparer.Ordinal).Select(g => g.First());
}
