using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ArabicNews.Lexicons;

/// <summary>
/// Words of a lexicon keyed by their Search-normalized spelling, looked up by span without allocating
/// (on .NET 9 and later; .NET 8 makes a string per look-up), bare or with the article and a clitic.
/// </summary>
/// <remarks>
/// Most words of a text are in no table, and a pass over every word asks several tables of each. Two filters built
/// from the keys turn most of them away before their whole spelling is hashed: the pair of first two letters that
/// some key begins with, and one bit in 65,536 for a key's length and first, middle and last letters. A second pair,
/// built from every form a key takes with the article and a clitic, answers <see cref="MayHoldWithArticle"/> with
/// one fingerprint of the word as written.
/// </remarks>
/// <typeparam name="T">What a word stands for.</typeparam>
internal sealed class WordTable<T>
{
    private readonly FrozenDictionary<string, T> _words;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
#endif

    // For each first letter (its low six bits), the second letters (low six bits) a key begins with.
    private readonly ulong[] _beginnings = new ulong[64];

    // One bit for each key's FilterBit.
    private readonly ulong[] _filter = new ulong[1024];

    // The forms MayHoldWithArticle admits: each key bare, with the article, with one clitic (و ف ب ل), and with a clitic
    // and the article, so that one fingerprint answers for all of them. Built on the first question, so that a table
    // never asked it (the 19,000 name words) builds none.
    private static readonly string[] s_articleForms = ["", "ال", "و", "ف", "ب", "ل", "وال", "فال", "بال", "لال"];
    private WordFormFilter? _forms;

    /// <summary>Creates the table; the keys must already be normalized.</summary>
    public WordTable(IEnumerable<KeyValuePair<string, T>> words)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _spanLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        foreach (string key in _words.Keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            int bit = FilterBit(key);
            _filter[bit >> 6] |= 1UL << bit;

            // A key of one letter begins a word whatever its second letter.
            _beginnings[key[0] & 63] |= key.Length >= 2 ? 1UL << (key[1] & 63) : ulong.MaxValue;
        }
    }

    // Two threads may build the forms' filter at once; either result is whole and the same.
    private WordFormFilter BuildForms()
    {
        var forms = new WordFormFilter(_words.Keys, s_articleForms, [""]);
        Volatile.Write(ref _forms, forms); // published whole
        return forms;
    }

    /// <summary>Gets every entry, for tests of the data itself.</summary>
    public IReadOnlyDictionary<string, T> Words => _words;

    /// <summary>Looks up a word exactly as written.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (!word.IsEmpty && !MayBeKey(word))
        {
            value = default!;
            return false;
        }

#if NET9_0_OR_GREATER
        return _spanLookup.TryGetValue(word, out value!);
#else
        return _words.TryGetValue(word.ToString(), out value!);
#endif
    }

    /// <summary>
    /// Whether a key could begin as the word begins (its first two letters): false means no look-up of the word, or of
    /// the word less an ending, can succeed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBegin(ReadOnlySpan<char> word) =>
        word.Length < 2 || (_beginnings[word[0] & 63] & (1UL << (word[1] & 63))) != 0;

    /// <summary>
    /// Whether a key could be the word, or the word less the article and one clitic before it, as
    /// <see cref="TryGetWithArticle"/> and <see cref="TryGet"/> read it: false means no look-up of the word can
    /// succeed. Cheaper than a look-up, so a pass over every word of a text can ask it first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHoldWithArticle(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return word.IsEmpty || MayBeKey(word);
        }

        // Every form the look-up admits is in the forms' filter: one fingerprint instead of up to four.
        return (Volatile.Read(ref _forms) ?? BuildForms()).MayHold(word);
    }

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

    // Both filters, the cheaper first; false means the word is no key. The empty word is not asked.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeKey(ReadOnlySpan<char> word)
    {
        if (!MayBegin(word))
        {
            return false;
        }

        int bit = FilterBit(word);
        return (_filter[bit >> 6] & (1UL << bit)) != 0;
    }

    // The word's bit (0-65535): the top 16 bits of its fingerprint.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterBit(ReadOnlySpan<char> word) => (int)(WordFingerprint.Of(word) >> 16);
}
