using System;
using System.Runtime.CompilerServices;

namespace ArabicNews.Lexicons;

/// <summary>
/// A cheap hash of a word by its length and its first, middle and last letters, for filters that turn most words
/// away before a whole word is hashed or compared: take its top bits as a bit's index.
/// </summary>
internal static class WordFingerprint
{
    /// <summary>The fingerprint of a word of at least one letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(ReadOnlySpan<char> word) =>
        ((((uint)word.Length * 0x9E3779B1u) ^ (word[0] * 0x85EBCA77u) ^ (word[^1] * 0xC2B2AE3Du)) * 0x27D4EB2Fu
            ^ ((word[word.Length >> 1] * 0x165667B1u) + word[(word.Length - 1) >> 1])) * 0x9E3779B1u;
}
