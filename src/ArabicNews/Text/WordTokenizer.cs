using System.Collections.Generic;

namespace ArabicNews.Text;

/// <summary>Splits normalized text into <see cref="WordToken"/>s, in one pass.</summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        int gapStart = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '%')
            {
                tokens.Add(new WordToken(i, 1, gapStart, OnlySpaces(text, gapStart, i)));
                i++;
                gapStart = i;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))))
            {
                i++;
            }

            tokens.Add(new WordToken(start, i - start, gapStart, OnlySpaces(text, gapStart, start)));
            gapStart = i;
        }

        return tokens;
    }

    private static bool OnlySpaces(string text, int from, int to)
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
