using System;
using System.Collections.Generic;

namespace ArabicNews.Lexicons;

/// <summary>
/// The last two letters of every word of some lexicons, as a bit set: a word that ends in no such pair is in
/// none of them, whatever clitics or article it carries before, so most words of a text are passed over with
/// one bit test instead of several dictionary look-ups.
/// </summary>
internal sealed class WordEndings
{
    private const int Letters = 256; // U+0600–U+06FF
    private readonly ulong[] _bits = new ulong[Letters * Letters / 64];

    /// <summary>Creates the set from normalized words; words of fewer than two letters are not looked up by it.</summary>
    public WordEndings(IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            if (word.Length >= 2 && Index(word[^2], word[^1]) is int index and >= 0)
            {
                _bits[index >> 6] |= 1UL << index;
            }
        }
    }

    /// <summary>Whether a word of the lexicons can end like <paramref name="word"/>.</summary>
    public bool MayEndLike(ReadOnlySpan<char> word) =>
        word.Length >= 2 && Index(word[^2], word[^1]) is int index and >= 0 && (_bits[index >> 6] & (1UL << index)) != 0;

    private static int Index(char first, char second)
    {
        int a = first - '\u0600';
        int b = second - '\u0600';
        return (uint)a < Letters && (uint)b < Letters ? (a * Letters) + b : -1;
    }
}
