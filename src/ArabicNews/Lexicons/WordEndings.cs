using System;
using System.Collections.Generic;

namespace ArabicNews.Lexicons;

/// <summary>
/// The last three letters of every word of some lexicons (the whole word when shorter), hashed into a bit set:
/// a word whose ending is not in the set is in none of them, whatever clitics or article it carries before, so
/// most words of a text are passed over with one bit test instead of several dictionary look-ups. A few
/// other words pass too (hash collisions); the look-ups that follow decide.
/// </summary>
internal sealed class WordEndings
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>Creates the set from normalized words.</summary>
    public WordEndings(IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            if (word.Length > 0)
            {
                int index = Index(word);
                _bits[index >> 6] |= 1UL << index;
            }
        }
    }

    /// <summary>Whether a word of the lexicons can end like <paramref name="word"/>.</summary>
    public bool MayEndLike(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        int index = Index(word);
        return (_bits[index >> 6] & (1UL << index)) != 0;
    }

    private static int Index(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> ending = word.Length > 3 ? word[^3..] : word;
        uint hash = 2166136261;
        foreach (char c in ending)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)((hash ^ (hash >> 16)) & (Bits - 1));
    }
}
