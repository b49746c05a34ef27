using System;

namespace ArabicNews.Benchmarks;

/// <summary>
/// A port of the algorithm of Lucene's ArabicNormalizer (Apache License 2.0): one switch per character,
/// folding أ إ آ to ا, ى to ي, ة to ه, and deleting tatweel and harakat by shifting the rest of the buffer.
/// Like Lucene, the benchmarks apply it to one token at a time. Kept only as a reference point for the
/// benchmarks, with fewer rules than ours.
/// </summary>
public static class LuceneStyleNormalizer
{
    public static int Normalize(Span<char> s, int length)
    {
        for (int i = 0; i < length; i++)
        {
            switch (s[i])
            {
                case '\u0622':
                case '\u0623':
                case '\u0625':
                    s[i] = '\u0627';
                    break;
                case '\u0649':
                    s[i] = '\u064A';
                    break;
                case '\u0629':
                    s[i] = '\u0647';
                    break;
                case '\u0640':
                case '\u064B':
                case '\u064C':
                case '\u064D':
                case '\u064E':
                case '\u064F':
                case '\u0650':
                case '\u0651':
                case '\u0652':
                    s[(i + 1)..length].CopyTo(s[i..]);
                    length--;
                    i--;
                    break;
            }
        }

        return length;
    }
}
