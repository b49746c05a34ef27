using System;
using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using ArabicNews.Normalization;

namespace ArabicNews.Dedup;

/// <summary>Receives the shingle hashes of a document.</summary>
internal interface IShingleSink
{
    void Add(ulong shingle);
}

/// <summary>
/// The one pass from a text to its shingles: Dedup normalization, boilerplate lines dropped, words split on
/// spaces, the clitics و/ف and ب/ك/ل before the article dropped ("وقال" is "قال", "بالحرب" is "الحرب"), each word
/// hashed with the seed, and each run of <see cref="DedupOptions.ShingleSize"/> words hashed into a shingle.
/// The content hash covers the normalized words as written (clitics kept) of the lines that are not boilerplate.
/// </summary>
internal static class Shingler
{
    private const int MaxWords = 8;

    /// <summary>Shingles <paramref name="text"/> into <paramref name="sink"/>; returns the content hash and the shingle count.</summary>
    public static (ulong ContentHash, int Shingles) Shingle<TSink>(ReadOnlySpan<char> text, DedupOptions options, ref TSink sink)
        where TSink : struct, IShingleSink
    {
        ArabicNormalizer normalizer = ArabicNormalizer.Dedup;
        char[] rented = ArrayPool<char>.Shared.Rent(Math.Max(16, normalizer.GetMaxNormalizedLength(text)));
        try
        {
            normalizer.TryNormalize(text, rented, out int length);
            return ShingleNormalized(rented.AsSpan(0, length), options, ref sink);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static (ulong ContentHash, int Shingles) ShingleNormalized<TSink>(ReadOnlySpan<char> normalized, DedupOptions options, ref TSink sink)
        where TSink : struct, IShingleSink
    {
        int size = options.ShingleSize;
        ulong seed = options.Seed;
        Span<ulong> window = stackalloc ulong[MaxWords];
        int words = 0, shingles = 0;
        var content = new XxHash3((long)seed);
        ReadOnlySpan<char> rest = normalized;
        while (!rest.IsEmpty)
        {
            int lineEnd = rest.IndexOf('\n');
            ReadOnlySpan<char> line = lineEnd < 0 ? rest : rest[..lineEnd];
            rest = lineEnd < 0 ? default : rest[(lineEnd + 1)..];
            if (options.Boilerplate.IsBoilerplate(line))
            {
                continue;
            }

            while (!line.IsEmpty)
            {
                int space = line.IndexOf(' ');
                ReadOnlySpan<char> word = space < 0 ? line : line[..space];
                line = space < 0 ? default : line[(space + 1)..];
                if (word.IsEmpty)
                {
                    continue;
                }

                content.Append(MemoryMarshal.AsBytes(word));
                content.Append(" "u8);
                window[words % size] = WordHash(StripClitics(word), seed);
                words++;
                if (words >= size)
                {
                    sink.Add(ShingleHash(window, words, size, size, seed));
                    shingles++;
                }
            }
        }

        if (words is > 0 && words < size)
        {
            // A document shorter than a shingle is one shingle of all its words.
            sink.Add(ShingleHash(window, words, words, size, seed));
            shingles++;
        }

        return (content.GetCurrentHashAsUInt64(), shingles);
    }

    /// <summary>
    /// The form of a word that shingles compare: و/ف dropped before a word of four letters or more, then ب/ك/ل
    /// before the article, or the ل of "لل"; and the article's alef, so that "الحرب", "بالحرب" and "للحرب" are one
    /// word ("لحرب").
    /// </summary>
    internal static ReadOnlySpan<char> StripClitics(ReadOnlySpan<char> word)
    {
        if (word.Length >= 4 && word[0] is 'و' or 'ف')
        {
            word = word[1..];
        }

        if (word.Length >= 5 && word[0] is 'ب' or 'ك' or 'ل' && word[1] == 'ا' && word[2] == 'ل')
        {
            word = word[1..];
        }
        else if (word.Length >= 4 && word[0] == 'ل' && word[1] == 'ل')
        {
            // "للحرب": the article's alef is elided after ل.
            return word[1..];
        }

        return word.Length >= 3 && word[0] == 'ا' && word[1] == 'ل' ? word[1..] : word;
    }

    private static ulong WordHash(ReadOnlySpan<char> word, ulong seed) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word), (long)seed);

    // The hash of the `take` words ending at the `count`-th word, in order, from a ring of `ring` word hashes.
    private static ulong ShingleHash(ReadOnlySpan<ulong> window, int count, int take, int ring, ulong seed)
    {
        ulong h = seed;
        for (int j = count - take; j < count; j++)
        {
            h = (h ^ window[j % ring]) * 0x9E3779B97F4A7C15UL;
            h ^= h >> 29;
        }

        return DocumentSigner.Mix64(h);
    }
}
