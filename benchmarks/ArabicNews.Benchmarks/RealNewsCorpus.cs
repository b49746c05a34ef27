using System;
using System.Linq;
using System.Text;
using ArabicNews.Evaluation;

namespace ArabicNews.Benchmarks;

/// <summary>
/// The SaudiNewsNet development corpus (<c>../shared/corpora/saudinewsnet</c>, 20,329 articles, read at run time: its
/// licence keeps it out of the repository), loaded once: every article's text (headline, blank line, body) and its
/// reference date, with the UTF-8 size of them all. Much larger than any cache, unlike the 28 KB of the seeds.
/// </summary>
public static class RealNewsCorpus
{
    private static readonly Lazy<(string[] Texts, DateOnly[] Days, long Bytes)> s_corpus = new(Load);

    /// <summary>The articles' texts, day by day in file order.</summary>
    public static string[] Texts => s_corpus.Value.Texts;

    /// <summary>Each article's reference date (its extraction day).</summary>
    public static DateOnly[] Days => s_corpus.Value.Days;

    /// <summary>The UTF-8 size of all the texts.</summary>
    public static long Bytes => s_corpus.Value.Bytes;

    private static (string[], DateOnly[], long) Load()
    {
        SaudiNewsNetCorpus corpus = SaudiNewsNetCorpus.FindDefault()
            ?? throw new InvalidOperationException("../shared/corpora/saudinewsnet not found beside the repository");
        SaudiNewsNetArticle[] articles = corpus.All().ToArray();
        string[] texts = articles.Select(a => a.Text).ToArray();
        return (texts, articles.Select(a => a.Day).ToArray(), texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)));
    }
}
