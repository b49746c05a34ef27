using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ArabicNews.Benchmarks;

/// <summary>The seed corpus, loaded once: whole articles and their lines, with their UTF-8 sizes.</summary>
public static class Corpus
{
    public static string[] Articles { get; } = Directory.GetFiles(FindSeeds(), "*.txt")
        .OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    public static string[] Lines { get; } = Articles.SelectMany(a => a.Split('\n')).ToArray();

    /// <summary>The articles fully vocalized: a fatha after every Arabic letter (a synthetic worst case for diacritic removal).</summary>
    public static string[] VocalizedArticles { get; } = Articles.Select(Vocalize).ToArray();

    public static long VocalizedBytes { get; } = VocalizedArticles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

    public static long ArticleBytes { get; } = Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

    public static long LineBytes { get; } = Lines.Sum(l => (long)Encoding.UTF8.GetByteCount(l));

    public static int MaxLength { get; } = Articles.Max(a => a.Length) * 3;

    private static string Vocalize(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            builder.Append(c);
            if (c is >= '\u0621' and <= '\u064A' and not '\u0640')
            {
                builder.Append('\u064E');
            }
        }

        return builder.ToString();
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.sln")) && Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        string fromCwd = Path.Combine(Directory.GetCurrentDirectory(), "seeds");
        return Directory.Exists(fromCwd) ? fromCwd : throw new DirectoryNotFoundException("seeds/ not found; run from the repository");
    }
}
