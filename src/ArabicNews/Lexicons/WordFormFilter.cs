using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace ArabicNews.Lexicons;

/// <summary>
/// A filter over every form of a set of keys with one of a few clitics before and one of a few endings after
/// ("قال", "وقال", "فقالها"): one fingerprint of a word as written tells that none of its forms is a key, where
/// trying each clitic and ending in turn would hash the word several times. False positives are possible, false
/// negatives are not.
/// </summary>
internal sealed class WordFormFilter
{
    // For each first letter (its low six bits), the second letters (low six bits) a form begins with.
    private readonly ulong[] _beginnings = new ulong[64];

    // One bit for each form's fingerprint (its top 16 bits).
    private readonly ulong[] _bits = new ulong[1024];

    /// <summary>Builds the filter of every key with each prefix before it and each suffix after it.</summary>
    /// <param name="keys">The keys, Search-normalized.</param>
    /// <param name="prefixes">The clitics a form may begin with; include the empty string for the bare key.</param>
    /// <param name="suffixes">The endings a form may end with; include the empty string for the bare key.</param>
    public WordFormFilter(IEnumerable<string> keys, IReadOnlyList<string> prefixes, IReadOnlyList<string> suffixes)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(prefixes);
        ArgumentNullException.ThrowIfNull(suffixes);

        // Every form written in one buffer: no string per form (a table of 19,000 keys makes ten forms of each).
        int longest = keys.DefaultIfEmpty("").Max(k => k.Length);
        char[] buffer = new char[longest + prefixes.Max(p => p.Length) + suffixes.Max(x => x.Length)];
        foreach (string key in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            foreach (string prefix in prefixes)
            {
                prefix.CopyTo(0, buffer, 0, prefix.Length);
                key.CopyTo(0, buffer, prefix.Length, key.Length);
                foreach (string suffix in suffixes)
                {
                    suffix.CopyTo(0, buffer, prefix.Length + key.Length, suffix.Length);
                    Add(buffer.AsSpan(0, prefix.Length + key.Length + suffix.Length));
                }
            }
        }
    }

    /// <summary>Whether the word may be a key with one of the clitics and endings: false means none of its forms is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return !word.IsEmpty;
        }

        if ((_beginnings[word[0] & 63] & (1UL << (word[1] & 63))) == 0)
        {
            return false;
        }

        int bit = (int)(WordFingerprint.Of(word) >> 16);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private void Add(ReadOnlySpan<char> form)
    {
        int bit = (int)(WordFingerprint.Of(form) >> 16);
        _bits[bit >> 6] |= 1UL << bit;
        _beginnings[form[0] & 63] |= form.Length >= 2 ? 1UL << (form[1] & 63) : ulong.MaxValue;
    }
}
