using System;
using System.Buffers;

namespace ArabicNews.Text;

/// <summary>Splits normalized text into <see cref="WordToken"/>s, in one pass, into a rented buffer.</summary>
internal static class WordTokenizer
{
    // char.IsLetterOrDigit of every UTF-16 unit, one bit each (8 KB): the Unicode category of an Arabic letter is a
    // table walk, and every character of a text is asked.
    private static readonly ulong[] LetterOrDigit = BuildLetterOrDigit();

    /// <summary>Tokenizes <paramref name="text"/>; return <paramref name="buffer"/> to <see cref="ArrayPool{T}.Shared"/> when done.</summary>
    public static ReadOnlySpan<WordToken> Tokenize(ReadOnlySpan<char> text, out WordToken[] buffer)
    {
        // A word takes at least one character and its gap another, except a '%' glued to digits.
        buffer = ArrayPool<WordToken>.Shared.Rent(Math.Max(16, (text.Length / 2) + 2));
        int count = 0;
        int gapStart = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '%')
            {
                Add(ref buffer, ref count, new WordToken(i, 1, gapStart, OnlySpaces(text, gapStart, i)));
                i++;
                gapStart = i;
                continue;
            }

            // A leading point before digits (".08") begins a number; elsewhere a point separates.
            bool leadingPoint = c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
            if (!IsLetterOrDigit(c) && !leadingPoint)
            {
                i++;
                continue;
            }

            int start = i;
            if (leadingPoint)
            {
                i++;
            }

            // Most of a word is Arabic letters, which the Search profile keeps in one block: skip them at once.
            int arabic = text[i..].IndexOfAnyExceptInRange('\u0621', '\u064A');
            i = arabic < 0 ? text.Length : i + arabic;

            // Digits glued after a word ("مايو2013", "الخميس17/4", "إلى35") begin a word of their own; after clitics
            // alone ("و20", "بال20", "لل20") they stay with them, which the readers of numbers strip, and so does the
            // power of a unit ("م2").
            if (i < text.Length && i > start && char.IsAsciiDigit(text[i]) && !IsClitics(text[start..i]) && !IsPowerOfUnit(text, start, i))
            {
                Add(ref buffer, ref count, new WordToken(start, i - start, gapStart, OnlySpaces(text, gapStart, start)));
                gapStart = i;
                start = i;
            }
            while (i < text.Length && (IsLetterOrDigit(text[i])
                || (text[i] is '.' or ',' or '،' && i > start && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
                || IsExponentSign(text, start, i)))
            {
                i++;
            }

            Add(ref buffer, ref count, new WordToken(start, i - start, gapStart, OnlySpaces(text, gapStart, start)));
            gapStart = i;
        }

        return buffer.AsSpan(0, count);
    }

    // Prefixes a word can carry before digits: و ف ب ل ك, and the article after them ("وال", "بال"). A run
    // beginning with the point of ".08" holds no Arabic letter and counts as none.
    private static bool IsClitics(ReadOnlySpan<char> letters)
    {
        if (letters.EndsWith("ال"))
        {
            letters = letters[..^2];
        }

        foreach (char c in letters)
        {
            if (c is not ('و' or 'ف' or 'ب' or 'ل' or 'ك'))
            {
                return false;
            }
        }

        return letters.Length <= 3;
    }

    // A unit squared or cubed ("م2", "كم2", "سم3"): letters, then 2 or 3 ending the word.
    private static bool IsPowerOfUnit(ReadOnlySpan<char> text, int start, int digit) =>
        digit - start <= 2 && text[digit] is '2' or '3' && (digit + 1 == text.Length || !IsLetterOrDigit(text[digit + 1]));

    private static ulong[] BuildLetterOrDigit()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsLetterOrDigit((char)c))
            {
                bits[c >> 6] |= 1UL << c;
            }
        }

        return bits;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) => (LetterOrDigit[c >> 6] & (1UL << c)) != 0;

    // The sign of an exponent inside a number: "12.32e+14", "12e-1".
    private static bool IsExponentSign(ReadOnlySpan<char> text, int start, int i) =>
        text[i] is '+' or '-' && i - start >= 2 && text[i - 1] is 'e' or 'E' && char.IsAsciiDigit(text[i - 2])
        && char.IsAsciiDigit(text[start]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);

    private static void Add(ref WordToken[] buffer, ref int count, WordToken token)
    {
        if (count == buffer.Length)
        {
            WordToken[] larger = ArrayPool<WordToken>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, count).CopyTo(larger);
            ArrayPool<WordToken>.Shared.Return(buffer);
            buffer = larger;
        }

        buffer[count++] = token;
    }

    private static bool OnlySpaces(ReadOnlySpan<char> text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
