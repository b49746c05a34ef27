using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ArabicNews.Benchmarks;

/// <summary>
/// Distinct synthetic articles of about the seeds' size, made from the seed corpus. Document <c>i</c> is a function
/// of <c>i</c> alone (its own <see cref="Random"/> seeded with <c>i</c>), so a corpus is reproducible and any
/// document can be made again without keeping its text. A document is a shuffle of lines, each either a sentence of
/// the seeds (half of them by default) or a made-up sentence of 6 to 20 words drawn from the seeds' running text (so with the
/// seeds' word frequencies), and a last line with a random number; about 5,700 bytes of UTF-8, the seeds' mean.
/// Drawing whole seed sentences only would give every pair of documents the same small pool of sentences and far
/// more shared LSH bands than distinct real articles have; the made-up sentences keep them apart.
/// </summary>
public static class SyntheticCorpus
{
    private const int Salt = 0x5EED;

    /// <summary>The seed sentences: the seed lines split after a full stop, of four words or more.</summary>
    public static string[] Sentences { get; } = Corpus.Articles
        .SelectMany(a => a.Split('\n'))
        .SelectMany(l => l.Split(". ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .Where(s => s.Count(c => c == ' ') >= 3)
        .ToArray();

    /// <summary>The words of the seeds in running order, so that a random pick follows their frequencies.</summary>
    public static string[] Words { get; } = Corpus.Articles
        .SelectMany(a => a.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        .ToArray();

    /// <summary>The mean UTF-8 size of a seed article, the size a synthetic document aims at.</summary>
    public static int TargetBytes { get; } = (int)(Corpus.ArticleBytes / Corpus.Articles.Length);

    /// <summary>Makes document <paramref name="index"/>.</summary>
    /// <param name="index">Its number; any int.</param>
    /// <param name="edited">
    /// When true, a near duplicate of it instead: one of its lines dropped and another number in its last line
    /// (the kind of edit an outlet makes to an agency article).
    /// </param>
    /// <returns>The text.</returns>
    /// <param name="seedShare">The share of lines that are seed sentences; 0.5 by default.</param>
    public static string Document(int index, bool edited = false, double seedShare = 0.5)
    {
        // Not HashCode.Combine: it is seeded at random in each process.
        var random = new Random((int)(((uint)index * 2654435761u) ^ Salt) & int.MaxValue);
        var lines = new List<string>();
        int bytes = 0;
        var builder = new StringBuilder();
        while (bytes < TargetBytes)
        {
            string line;
            if (random.NextDouble() < seedShare)
            {
                line = Sentences[random.Next(Sentences.Length)];
            }
            else
            {
                builder.Clear();
                int count = random.Next(6, 21);
                for (int w = 0; w < count; w++)
                {
                    builder.Append(w == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
                }

                line = builder.ToString();
            }

            lines.Add(line);
            bytes += Encoding.UTF8.GetByteCount(line) + 1;
        }

        // Mixes the order of the lines (Fisher–Yates).
        for (int i = lines.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (lines[i], lines[j]) = (lines[j], lines[i]);
        }

        int number = random.Next(1_000_000);
        if (edited)
        {
            lines.RemoveAt(random.Next(lines.Count));
            number = random.Next(1_000_000, 2_000_000);
        }

        lines.Add("بلغ العدد " + number.ToString(CultureInfo.InvariantCulture) + " وفق المصادر");
        return string.Join('\n', lines);
    }
}
