using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace ArabicNews.Lexicons;

/// <summary>
/// Words of a lexicon keyed by their Search-normalized spelling, looked up by span without allocating
/// (on .NET 9 and later; .NET 8 makes a string per look-up), bare or with the article and a clitic.
/// </summary>
/// <typeparam name="T">What a word stands for.</typeparam>
internal sealed class WordTable<T>
{
    private readonly FrozenDictionary<string, T> _words;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
#endif

    /// <summary>Creates the table; the keys must already be normalized.</summary>
    public WordTable(IEnumerable<KeyValuePair<string, T>> words)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _spanLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Gets every entry, for tests of the data itself.</summary>
    public IReadOnlyDictionary<string, T> Words => _words;

    /// <summary>Looks up a word exactly as written.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out T value) =>
#if NET9_0_OR_GREATER
        _spanLookup.TryGetValue(word, out value!);
#else
        _words.TryGetValue(word.ToString(), out value!);
#endif

    /// <summary>
    /// Looks up a word with or without the article ال and one clitic before it (و ف ب ل): "والأول", "بالعامين".
    /// </summary>
    /// <param name="word">The normalized word.</param>
    /// <param name="value">What the word stands for.</param>
    /// <param name="cliticLength">How many leading characters are the clitic (the article belongs to the word).</param>
    public bool TryGetWithArticle(ReadOnlySpan<char> word, out T value, out int cliticLength)
    {
        for (cliticLength = 0; cliticLength <= 1 && word.Length > 2; cliticLength++)
        {
            if (TryGet(word.StartsWith("ال") ? word[2..] : word, out value))
            {
                return true;
            }

            if (word[0] is not ('و' or 'ف' or 'ب' or 'ل'))
            {
                break;
            }

            word = word[1..];
        }

        value = default!;
        return false;
    }
}
