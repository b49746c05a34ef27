using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Normalization;
using ArabicNews.Text;

namespace ArabicNews.Lexicons;

/// <summary>
/// Phrases of one or more words from a lexicon, Search-normalized, matched against the words of a
/// normalized text right before or right after a given word; the longest phrase wins.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly (string[] Words, T Value, bool TakesLam)[] _phrases;

    // The first and the last words of the phrases: a word that is neither ends the search before the phrases are
    // walked, which most searches (a number with no marker or unit next to it) do.
    private readonly WordTable<bool> _firstWords;
    private readonly WordTable<bool> _lastWords;

    /// <summary>Creates the table.</summary>
    /// <param name="phrases">The phrases as the lexicon writes them, and what each stands for.</param>
    /// <param name="takesLam">Which phrases may carry ل on their first word when matched before a word, besides و, ف and
    /// ب (the lexicon's loader knows: "لأكثر من" is a bound, "لتصل إلى" a verb of purpose); none when null.</param>
    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases, Func<string, bool>? takesLam = null)
    {
        _phrases = phrases
            .Select(p =>
            {
                string normalized = ArabicNormalizer.Search.Normalize(p.Phrase);
                return (normalized.Split(' '), p.Value, takesLam?.Invoke(normalized) ?? false);
            })
            .ToArray();
        _firstWords = new(_phrases.Select(p => p.Words[0]).Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, true)));
        _lastWords = new(_phrases.Select(p => p.Words[^1]).Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, true)));
    }

    /// <summary>Finds the longest phrase whose words end right before word <paramref name="next"/>, joined to it by spaces only.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="next">The word after the phrase.</param>
    /// <param name="first">The first word of the phrase.</param>
    /// <param name="cliticLength">How many leading characters of that word are clitics (و, ف, ب) before the phrase.</param>
    /// <param name="value">What the phrase stands for.</param>
    /// <param name="bracketed">Whether word <paramref name="next"/> opens a bracket that the phrase stands before ("لا تتجاوز (60)").</param>
    public bool TryMatchBefore(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int next, out int first, out int cliticLength, out T value, bool bracketed = false)
    {
        if (next >= tokens.Length || !(tokens[next].SpacedFromPrevious || bracketed) || next == 0)
        {
            first = next;
            cliticLength = 0;
            value = default!;
            return false;
        }

        return TryMatchEndingAt(text, tokens, next - 1, tokens[next - 1].Span.Slice(text), out first, out cliticLength, out value);
    }

    /// <summary>Finds the one-word phrase that is <paramref name="word"/> exactly.</summary>
    /// <param name="word">A normalized word.</param>
    /// <param name="value">What the phrase stands for.</param>
    public bool TryMatchWord(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (!_lastWords.TryGet(word, out _))
        {
            return false;
        }

        foreach ((string[] words, T candidate, bool takesLam) in _phrases)
        {
            if (words.Length == 1 && word.SequenceEqual(words[0]))
            {
                value = candidate;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// Finds the longest phrase whose last word is <paramref name="glued"/>, the letters that word <paramref name="index"/>
    /// starts with ("أقصى" of "أقصى600"), its other words ending right before that word, joined by spaces only.
    /// </summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="index">The word whose letters end the phrase.</param>
    /// <param name="glued">Those letters.</param>
    /// <param name="first">The first word of the phrase.</param>
    /// <param name="cliticLength">How many leading characters of that word are clitics (و, ف, ب) before the phrase.</param>
    /// <param name="value">What the phrase stands for.</param>
    public bool TryMatchGluedBefore(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, ReadOnlySpan<char> glued, out int first, out int cliticLength, out T value) =>
        TryMatchEndingAt(text, tokens, index, glued, out first, out cliticLength, out value);

    // The longest phrase whose last word is `lastWord`, standing at word `lastIndex`, its other words the words
    // before it, joined by spaces only; its first word may carry clitics.
    private bool TryMatchEndingAt(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int lastIndex, ReadOnlySpan<char> lastWord, out int first, out int cliticLength, out T value)
    {
        first = lastIndex + 1;
        cliticLength = 0;
        value = default!;
        if (!MayEnd(lastWord))
        {
            return false;
        }

        bool found = false;
        foreach ((string[] words, T candidate, bool takesLam) in _phrases)
        {
            int start = lastIndex - words.Length + 1;
            if (start < 0 || start >= first)
            {
                continue;
            }

            bool match = true;
            int clitic = 0;
            for (int k = 0; k < words.Length && match; k++)
            {
                WordToken token = tokens[start + k];
                ReadOnlySpan<char> word = k == words.Length - 1 ? lastWord : token.Span.Slice(text);
                match = (k == 0 ? MatchesWithClitic(word, words[k], takesLam, out clitic) : word.SequenceEqual(words[k]))
                    && (k == 0 || token.SpacedFromPrevious);
            }

            if (match)
            {
                first = start;
                cliticLength = clitic;
                value = candidate;
                found = true;
            }
        }

        return found;
    }

    /// <summary>Finds the longest phrase whose words start right after word <paramref name="previous"/>, joined to it by spaces only.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="previous">The word before the phrase.</param>
    /// <param name="last">The last word of the phrase.</param>
    /// <param name="value">What the phrase stands for.</param>
    /// <param name="definite">Whether each word of the text may carry the article ("الدولارات" for "دولارات").</param>
    /// <param name="bracketed">Whether a bracket closes between word <paramref name="previous"/> and the phrase ("(60) ريالا").</param>
    public bool TryMatchAfter(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int previous, out int last, out T value, bool definite = false, bool bracketed = false)
    {
        last = previous;
        value = default!;
        if (previous + 1 >= tokens.Length || !MayBegin(tokens[previous + 1].Span.Slice(text), definite))
        {
            return false;
        }

        bool found = false;
        foreach ((string[] words, T candidate, bool takesLam) in _phrases)
        {
            int end = previous + words.Length;
            if (end >= tokens.Length || end <= last)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < words.Length && match; k++)
            {
                WordToken token = tokens[previous + 1 + k];
                ReadOnlySpan<char> word = token.Span.Slice(text);
                if (definite && word.StartsWith("ال") && word.Length > 2)
                {
                    word = word[2..];
                }

                match = word.SequenceEqual(words[k]) && (token.SpacedFromPrevious || (k == 0 && bracketed));
            }

            if (match)
            {
                last = end;
                value = candidate;
                found = true;
            }
        }

        return found;
    }

    // Whether some phrase may end with the word: its last word, or a one-word phrase after up to two clitics.
    private bool MayEnd(ReadOnlySpan<char> word)
    {
        for (int stripped = 0; stripped <= 2 && !word.IsEmpty; stripped++)
        {
            if (_lastWords.TryGet(word, out _))
            {
                return true;
            }

            if (word[0] is not ('و' or 'ف' or 'ب' or 'ل'))
            {
                return false;
            }

            word = word[1..];
        }

        return false;
    }

    // Whether some phrase may begin with the word, or with the word less its article when words may carry one.
    private bool MayBegin(ReadOnlySpan<char> word, bool definite) =>
        _firstWords.TryGet(word, out _) || (definite && word.StartsWith("ال") && word.Length > 2 && _firstWords.TryGet(word[2..], out _));

    // The first word of a phrase before a number may carry و, ف or ب ("وبنحو", "بحوالي"), and ل when the phrase takes it.
    private static bool MatchesWithClitic(ReadOnlySpan<char> word, string phrase, bool takesLam, out int stripped)
    {
        for (stripped = 0; stripped <= 2 && word.Length >= phrase.Length; stripped++)
        {
            if (word.SequenceEqual(phrase))
            {
                return true;
            }

            if (word[0] is not ('و' or 'ف' or 'ب') && !(word[0] == 'ل' && takesLam))
            {
                return false;
            }

            word = word[1..];
        }

        return false;
    }
}
