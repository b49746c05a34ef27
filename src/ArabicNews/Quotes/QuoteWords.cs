using System;

namespace ArabicNews.Quotes;

/// <summary>The classes of normalized words the quote reader asks about: names, function words, cues, titles.</summary>
internal static class QuoteWords
{
    /// <summary>
    /// A cue at word <paramref name="k"/>, with و or ف before it and an object pronoun ها or هم after it ("ووصفتها");
    /// not ه, which is also the normalized ة of a noun ("إضافة").
    /// </summary>
    public static bool TryCue(in QuoteText t, int k, out QuoteCue cue, out string text)
    {
        ReadOnlySpan<char> word = t.Word(k);
        text = "";
        cue = default;
        for (int clitic = 0; clitic <= 1 && word.Length > clitic + 1; clitic++)
        {
            if (clitic == 1 && word[0] is not ('و' or 'ف'))
            {
                break;
            }

            ReadOnlySpan<char> bare = word[clitic..];
            if (QuoteLexicon.Cues.TryGet(bare, out cue)
                || (bare.Length > 4 && bare.EndsWith("ها") && QuoteLexicon.Cues.TryGet(bare[..^2], out cue))
                || (bare.Length > 4 && bare.EndsWith("هم") && QuoteLexicon.Cues.TryGet(bare[..^2], out cue)))
            {
                if (cue.Kind == CueKind.Source && k + 1 < t.Count && word.EndsWith("نقلا") && !t.Word(k + 1).SequenceEqual("عن"))
                {
                    return false;
                }

                text = t.OriginalWords(k, k + 1);
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether word <paramref name="k"/> is a cue.</summary>
    public static bool IsCue(in QuoteText t, int k) => TryCue(t, k, out _, out _);

    public static bool IsComplementizer(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.Complementizer);

    public static bool IsFunctionWord(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.Function);

    public static bool IsOccasion(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.Occasion);

    public static bool EndsPhrase(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.PhraseEnd);

    public static bool IsMasthead(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.Masthead);

    public static bool IntroducesDirectSpeech(string lemma) => QuoteLexicon.Is(lemma, QuoteWordClass.DirectSpeech);

    public static bool IsNameWord(ReadOnlySpan<char> word) =>
        word.Length > 1 && !word.StartsWith("ال") && !word.StartsWith("لل") && !word.StartsWith("بال") && !word.StartsWith("وال")
        && !char.IsAsciiDigit(word[0]) && !IsFunctionWord(word) && !IsDateWord(word) && !QuoteLexicon.Roles.TryGet(word, out _)
        && !QuoteLexicon.Cues.TryGet(word, out _) && !IsComplementizer(word)
        && !(word[0] == 'و' && word.Length >= 5) && !(word[0] == 'ل' && word.Length > 3 && !word.StartsWith("لا"));

    public static bool IsTitleWord(ReadOnlySpan<char> word) =>
        word.StartsWith("ال") || word.StartsWith("لل") || (word.Length > 2 && word[0] == 'ل' && !word.StartsWith("لا"))
        || QuoteLexicon.Roles.TryGet(word, out _) || word is "لدي" or "في" or "العام";

    /// <summary>A weekday, a relative day or يوم, from the dates' lexicon: "اليوم الجمعة" ends a speaker's phrase.</summary>
    public static bool IsDateWord(ReadOnlySpan<char> word) =>
        Dates.DateLexicon.TryGetWord(word, out Dates.DateWord date)
        && (date.Weekday is not null || date.DayOffset is not null || (date.Introducers & Dates.DateIntroducer.DayWord) != 0)
        && !date.NeedsContext;

    /// <summary>A noun after which quotation marks hold a name ("طراز", "شركة"), also with the preposition بـ.</summary>
    public static bool IsNameNoun(ReadOnlySpan<char> word) =>
        QuoteLexicon.NameNouns.TryGetWithArticle(word, out _, out _)
        || (word.Length > 2 && word[^1] == 'ب' && QuoteLexicon.NameNouns.TryGetWithArticle(word[..^1], out _, out _));

    /// <summary>"تقارير أمريكية وكورية جنوبية": a second adjective of origin joined by و to a first one.</summary>
    public static bool IsJoinedNisba(ReadOnlySpan<char> previous, ReadOnlySpan<char> word) =>
        word.Length >= 5 && word[0] == 'و' && !word.StartsWith("وال") && IsNisba(word[1..]) && IsNisba(previous);

    private static bool IsNisba(ReadOnlySpan<char> word) => word.Length > 3 && (word.EndsWith("يه") || word.EndsWith("يون") || word.EndsWith("يين"));
}
