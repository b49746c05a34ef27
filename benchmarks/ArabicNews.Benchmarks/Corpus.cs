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

    public static long ArticleBytes { get; } = Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

    public static long LineBytes { get; } = Lines.Sum(l => (long)Encoding.UTF8.GetByteCount(l));

    public static int MaxLength { get; } = Articles.Max(a => a.Length) * 2;

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
