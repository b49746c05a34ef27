using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Quotes;

/// <summary>
/// A speech cue: its lemma, stance, the gender it marks, its grammatical kind, and whether it is a cue only before the
/// pronoun that takes a statement back (the in-statement lemmas of quote-words.tsv: "جاء فيها").
/// </summary>
internal readonly record struct QuoteCue(string Lemma, CueStance Stance, SpeakerGender Gender, CueKind Kind, bool InStatement = false)
{
    public bool IsParticiple => Kind == CueKind.Participle;
}

/// <summary>A title or role word: its kind and the gender it marks.</summary>
internal readonly record struct SpeakerRole(SpeakerRoleKind Kind, SpeakerGender Gender);

/// <summary>The word classes of <c>quote-words.tsv</c>.</summary>
[Flags]
internal enum QuoteWordClass : long
{
    None = 0,
    Function = 1,
    Occasion = 2,
    PhraseEnd = 4,
    Complementizer = 8,
    Masthead = 16,
    DirectSpeech = 32,
    PronounTitle = 64,
    Aside = 128,
    TakesObject = 256,
    Quantifier = 512,
    Media = 1024,
    ClaimObject = 2048,
    Rule = 4096,
    SpeechNoun = 8192,
    Learned = 16384,
    Relative = 32768,
    PreVerb = 65536,
    NameConnector = 131072,
    NameParticle = 262144,
    Spokesperson = 524288,
    SourceOpener = 1048576,
    Considers = 2097152,
    PassiveSign = 4194304,
    ListOpener = 8388608,
    NamedAfter = 16777216,
    Patronymic = 33554432,
    OpensName = 67108864,
    Auxiliary = 134217728,
    Resumptive = 268435456,
    LetterName = 536870912,
    ClaimBlocker = 1073741824,
    Issued = 2147483648,
    NameCompletion = 4294967296,
    Finding = 8589934592,
    Eulogy = 17179869184,
    Interposed = 34359738368,
    ClauseStart = 68719476736,
    Pointing = 137438953472,
    Attention = 274877906944,
    SourceParticle = 549755813888,
    Statement = 1099511627776,
    Divine = 2199023255552,
    TitleReport = 4398046511104,
    Explains = 8796093022208,
    InStatement = 17592186044416,
    Topic = 35184372088832,
}

/// <summary>The kinds of <c>place-names.tsv</c>.</summary>
internal enum PlaceKind
{
    /// <summary>A city or capital: "X: …" is a dateline.</summary>
    City,

    /// <summary>A region.</summary>
    Region,

    /// <summary>A country or union, which speaks as a body.</summary>
    Country,
}

/// <summary>The classes of <c>name-words.tsv</c>: how a word stands to people's names, counted from news.</summary>
internal enum NameWordClass
{
    /// <summary>Not in the file: no evidence either way.</summary>
    Unknown,

    /// <summary>A given name (it follows titles and بن).</summary>
    Given,

    /// <summary>A family name with the article (it follows given names).</summary>
    Family,

    /// <summary>A frequent word that is not a name.</summary>
    Common,

    /// <summary>A frequent word that is not a name and is ب، ل or ك and a noun ("بوضوح", "لذلك", "كغيره").</summary>
    Prepositional,
}

/// <summary>The cue, name-noun, title and word-class lexicons of the quotes capability, Search-normalized, read once.</summary>
internal static class QuoteLexicon
{
    // The lemmas of cues that need a statement's pronoun after them, initialized before the cues that carry the flag.
    private static readonly HashSet<string> InStatementLemmas = LexiconLoader.ReadEntries("quote-words.tsv")
        .Where(f => f[1] == "in-statement").Select(f => ArabicNormalizer.Search.Normalize(f[0])).ToHashSet(StringComparer.Ordinal);

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
                    "clause-verb" => CueKind.ClauseVerb,
                    _ => throw Malformed("quote-cues.tsv", f),
                },
                InStatementLemmas.Contains(ArabicNormalizer.Search.Normalize(f[1])))))));

    /// <summary>
    /// Every form <see cref="QuoteWords.TryCue(in QuoteText, int, out QuoteCue)"/> reads a cue in: bare or after و or ف,
    /// with or without an object pronoun after it ("فقالها"), so that one fingerprint turns most words away.
    /// </summary>
    public static WordFormFilter CueForms { get; } = new(Cues.Words.Keys, ["", "و", "ف"], ["", "ه", "ها", "هم"]);

    public static WordTable<bool> NameNouns { get; } = new(
        Distinct(LexiconLoader.ReadEntries("quote-names.tsv")
            .Where(f => !f[0].Contains(' ', StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(ArabicNormalizer.Search.Normalize(f[0]), true))));

    public static WordTable<SpeakerRole> Roles { get; } = new(
        Distinct(LexiconLoader.ReadEntries("speaker-titles.tsv")
            .Where(f => !f[0].Contains(' ', StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(WithoutArticle(ArabicNormalizer.Search.Normalize(f[0])), new SpeakerRole(
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
                "pronoun-title" => QuoteWordClass.PronounTitle,
                "aside" => QuoteWordClass.Aside,
                "takes-object" => QuoteWordClass.TakesObject,
                "quantifier" => QuoteWordClass.Quantifier,
                "media" => QuoteWordClass.Media,
                "claim-object" => QuoteWordClass.ClaimObject,
                "considers" => QuoteWordClass.Considers,
                "passive-sign" => QuoteWordClass.PassiveSign,
                "list-opener" => QuoteWordClass.ListOpener,
                "named-after" => QuoteWordClass.NamedAfter,
                "patronymic" => QuoteWordClass.Patronymic,
                "opens-name" => QuoteWordClass.OpensName,
                "auxiliary" => QuoteWordClass.Auxiliary,
                "resumptive" => QuoteWordClass.Resumptive,
                "interposed" => QuoteWordClass.Interposed,
                "clause-start" => QuoteWordClass.ClauseStart,
                "pointing" => QuoteWordClass.Pointing,
                "attention" => QuoteWordClass.Attention,
                "source-particle" => QuoteWordClass.SourceParticle,
                "statement" => QuoteWordClass.Statement,
                "divine" => QuoteWordClass.Divine,
                "title-report" => QuoteWordClass.TitleReport,
                "explains" => QuoteWordClass.Explains,
                "in-statement" => QuoteWordClass.InStatement,
                "topic" => QuoteWordClass.Topic,
                "rule" => QuoteWordClass.Rule,
                "speech-noun" => QuoteWordClass.SpeechNoun,
                "learned" => QuoteWordClass.Learned,
                "relative" => QuoteWordClass.Relative,
                "pre-verb" => QuoteWordClass.PreVerb,
                "name-connector" => QuoteWordClass.NameConnector,
                "name-particle" => QuoteWordClass.NameParticle,
                "spokesperson" => QuoteWordClass.Spokesperson,
                "source-opener" => QuoteWordClass.SourceOpener,
                "letter-name" => QuoteWordClass.LetterName,
                "claim-blocker" => QuoteWordClass.ClaimBlocker,
                "issued" => QuoteWordClass.Issued,
                "name-completion" => QuoteWordClass.NameCompletion,
                "finding" => QuoteWordClass.Finding,
                "eulogy" => QuoteWordClass.Eulogy,
                _ => throw Malformed("quote-words.tsv", f),
            }))
            .GroupBy(e => e.Word, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Aggregate(QuoteWordClass.None, (all, e) => all | e.Class))));

    /// <summary>The title words an honorific pronoun belongs to (سموه: أمير، أميرة، ولي), normalized, without the article.</summary>
    public static WordTable<string[]> HonorificHolders { get; } = new(
        LexiconLoader.ReadEntries("quote-words.tsv")
            .Where(f => f[1] == "pronoun-title" && f.Length > 2)
            .Select(f => KeyValuePair.Create(ArabicNormalizer.Search.Normalize(f[0]),
                f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ArabicNormalizer.Search.Normalize(w)).ToArray())));

    public static WordTable<NameWordClass> NameWords { get; } = new(
        LexiconLoader.ReadEntries("name-words.tsv")
            .Select(f => KeyValuePair.Create(ArabicNormalizer.Search.Normalize(f[0]), f[1] switch
            {
                "given" => NameWordClass.Given,
                "family" => NameWordClass.Family,
                "common" => NameWordClass.Common,
                "prepositional" => NameWordClass.Prepositional,
                _ => throw Malformed("name-words.tsv", f),
            }))
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .Select(g => g.First()));

    /// <summary>Names written in quotation marks that quote no one (outlets, agencies, platforms), as normalized phrases.</summary>
    public static FrozenSet<string> QuotedNames { get; } = LexiconLoader.ReadEntries("quoted-names.tsv")
        .Select(f => ArabicNormalizer.Search.Normalize(f[0])).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Short strings news puts in quotation marks on many days, quoting no one (names of teams, campaigns, programmes,
    /// products, groups; scare-quoted terms), counted from the development corpus, as normalized phrases.
    /// </summary>
    public static FrozenSet<string> RecurringQuotations { get; } = LexiconLoader.ReadEntries("recurring-quotations.tsv")
        .Select(f => ArabicNormalizer.Search.Normalize(f[0])).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Cities, regions and countries, as normalized phrases.</summary>
    public static FrozenDictionary<string, PlaceKind> Places { get; } = LexiconLoader.ReadEntries("place-names.tsv")
        .GroupBy(f => ArabicNormalizer.Search.Normalize(f[0]), StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First()[1] switch
        {
            "city" => PlaceKind.City,
            "region" => PlaceKind.Region,
            "country" => PlaceKind.Country,
            _ => throw Malformed("place-names.tsv", g.First()),
        }, StringComparer.Ordinal);

    /// <summary>Whether a normalized word, or its first word, names a place ("كوريا" of "كوريا الجنوبية").</summary>
    public static bool IsPlace(ReadOnlySpan<char> word) =>
#if NET9_0_OR_GREATER
        s_placeLookup.ContainsKey(word);
#else
        Places.ContainsKey(word.ToString());
#endif

#if NET9_0_OR_GREATER
    // Places looked up by span, without a string per look-up.
    private static readonly FrozenDictionary<string, PlaceKind>.AlternateLookup<ReadOnlySpan<char>> s_placeLookup =
        Places.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>A title or role word, with or without the article and a clitic, and short abbreviations ("د", "م").</summary>
    public static bool TryRole(ReadOnlySpan<char> word, out SpeakerRole role) =>
        Roles.TryGetWithArticle(word, out role, out _) || Roles.TryGet(word, out role);

    /// <summary>Whether a normalized word has a class.</summary>
    public static bool Is(ReadOnlySpan<char> word, QuoteWordClass wordClass) =>
        Words.TryGet(word, out QuoteWordClass classes) && (classes & wordClass) != 0;

    // Role words are looked up without the article (TryGetWithArticle strips it from the text's word).
    private static string WithoutArticle(string word) => word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;

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
