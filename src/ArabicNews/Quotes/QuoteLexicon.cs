using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Quotes;

/// <summary>A speech cue: its lemma, stance, the gender it marks and its grammatical kind.</summary>
internal readonly record struct QuoteCue(string Lemma, CueStance Stance, SpeakerGender Gender, CueKind Kind)
{
    public bool IsParticiple => Kind == CueKind.Participle;
}

/// <summary>A title or role word: its kind and the gender it marks.</summary>
internal readonly record struct SpeakerRole(SpeakerRoleKind Kind, SpeakerGender Gender);

/// <summary>The word classes of <c>quote-words.tsv</c>.</summary>
[Flags]
internal enum QuoteWordClass
{
    None = 0,
    Function = 1,
    Occasion = 2,
    PhraseEnd = 4,
    Complementizer = 8,
    Masthead = 16,
    DirectSpeech = 32,
}

/// <summary>The cue, name-noun, title and word-class lexicons of the quotes capability, Search-normalized, read once.</summary>
internal static class QuoteLexicon
{
    public static WordTable<QuoteCue> Cues { get; } = new(
        Distinct(LexiconLoader.ReadEntries("quote-cues.tsv")
            .Where(f => !f[0].Contains(' ', StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(ArabicNormalizer.Search.Normalize(f[0]), new QuoteCue(
                ArabicNormalizer.Search.Normalize(f[1]),
                f[2] switch
                {
                    "affirming" => CueStance.Affirming,
                    "denying" => CueStance.Denying,
                    "warning" => CueStance.Warning,
                    "accusing" => CueStance.Accusing,
                    "calling" => CueStance.Calling,
                    "neutral" => CueStance.Neutral,
                    _ => throw Malformed("quote-cues.tsv", f),
                },
                ParseGender("quote-cues.tsv", f, f[3]),
                f[4] switch
                {
                    "verb" => CueKind.Verb,
                    "participle" => CueKind.Participle,
                    "source" => CueKind.Source,
                    _ => throw Malformed("quote-cues.tsv", f),
                })))));

    public static WordTable<bool> NameNouns { get; } = new(
        Distinct(LexiconLoader.ReadEntries("quote-names.tsv")
            .Where(f => !f[0].Contains(' ', StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(ArabicNormalizer.Search.Normalize(f[0]), true))));

    public static WordTable<SpeakerRole> Roles { get; } = new(
        Distinct(LexiconLoader.ReadEntries("speaker-titles.tsv")
            .Where(f => !f[0].Contains(' ', StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(ArabicNormalizer.Search.Normalize(f[0]), new SpeakerRole(
                f[1] switch
                {
                    "title" => SpeakerRoleKind.Title,
                    "body" => SpeakerRoleKind.Body,
                    "counterpart" => SpeakerRoleKind.Counterpart,
                    _ => throw Malformed("speaker-titles.tsv", f),
                },
                ParseGender("speaker-titles.tsv", f, f[2]))))));

    public static WordTable<QuoteWordClass> Words { get; } = new(
        LexiconLoader.ReadEntries("quote-words.tsv")
            .Select(f => (Word: ArabicNormalizer.Search.Normalize(f[0]), Class: f[1] switch
            {
                "function" => QuoteWordClass.Function,
                "occasion" => QuoteWordClass.Occasion,
                "phrase-end" => QuoteWordClass.PhraseEnd,
                "complementizer" => QuoteWordClass.Complementizer,
                "masthead" => QuoteWordClass.Masthead,
                "direct-speech" => QuoteWordClass.DirectSpeech,
                _ => throw Malformed("quote-words.tsv", f),
            }))
            .GroupBy(e => e.Word, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Aggregate(QuoteWordClass.None, (all, e) => all | e.Class))));

    /// <summary>Whether a normalized word has a class.</summary>
    public static bool Is(ReadOnlySpan<char> word, QuoteWordClass wordClass) =>
        Words.TryGet(word, out QuoteWordClass classes) && (classes & wordClass) != 0;

    private static SpeakerGender ParseGender(string file, string[] entry, string field) => field switch
    {
        "m" => SpeakerGender.Masculine,
        "f" => SpeakerGender.Feminine,
        "p" => SpeakerGender.Plural,
        "-" => SpeakerGender.Unmarked,
        _ => throw Malformed(file, entry),
    };

    private static InvalidOperationException Malformed(string file, string[] entry) =>
        new(ArabicNewsMessages.BadLexiconEntry(file, string.Join(" | ", entry)));

    // Normalization merges some spellings (نظيرة and نظيره): the first entry wins.
    private static IEnumerable<KeyValuePair<string, T>> Distinct<T>(IEnumerable<KeyValuePair<string, T>> entries) =>
        entries.GroupBy(e => e.Key, StringComparer.Ordinal).Select(g => g.First());
}
