using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Dedup;

namespace ArabicNews.Evaluation;

/// <summary>
/// Draws the annotated set from the corpus: a seeded, stratified random sample with the same number of articles from
/// every outlet (plus a few extra at random), split into a development part and a test part in every outlet. An
/// article that is a near copy of one already drawn is skipped, so the same wire story cannot sit in both splits.
/// </summary>
public sealed class Sampler
{
    /// <summary>The options of the sample the repository's annotations were made for.</summary>
    public static Sampler Default { get; } = new();

    /// <summary>The seed of the random generator (<see cref="Random(int)"/>, whose sequence is fixed for a seed).</summary>
    public int Seed { get; init; } = 13;

    /// <summary>Articles drawn from every outlet.</summary>
    public int PerOutlet { get; init; } = 8;

    /// <summary>Articles drawn beyond <see cref="PerOutlet"/>, one each from outlets chosen at random.</summary>
    public int Extra { get; init; } = 4;

    /// <summary>Test articles from every outlet.</summary>
    public int TestPerOutlet { get; init; } = 2;

    /// <summary>The size of the test split.</summary>
    public int TestSize { get; init; } = 30;

    /// <summary>Shortest body drawn, in characters (shorter ones are mostly captions and crawler failures).</summary>
    public int MinimumLength { get; init; } = 200;

    /// <summary>Longest text drawn, in characters, so that one annotator can read every number in it.</summary>
    public int MaximumLength { get; init; } = 8000;

    /// <summary>Similarity at or above which an article counts as a copy of one already drawn.</summary>
    public double CopySimilarity { get; init; } = 0.5;

    /// <summary>
    /// The further draws of development articles, in order: each a seed and the number of articles it adds from every
    /// outlet. Each was annotated before any code was changed against it, so each first scored as unseen text.
    /// </summary>
    public IReadOnlyList<(int Seed, int PerOutlet)> MoreDraws { get; init; } = [(1315, 7), (1316, 4), (1317, 2), (1318, 2), (1319, 2), (1320, 2), (1321, 3), (1322, 3), (1323, 3), (1324, 3), (1325, 3), (1326, 3), (1327, 3), (1328, 3), (1329, 3), (1330, 3), (1331, 3), (1332, 3), (1333, 3), (1334, 3), (1335, 3), (1336, 3), (1337, 3), (1338, 3), (1339, 3), (1340, 3), (1341, 3), (1342, 3), (1343, 3)];

    /// <summary>
    /// Draws the sample and then more development articles: <see cref="Draw"/>'s articles, then the articles of every
    /// draw of <see cref="MoreDraws"/> (none a near copy of an article drawn before, so none of the test split's), each
    /// draw in outlet order, then day and index.
    /// </summary>
    public IReadOnlyList<SampledArticle> DrawWithMore(SaudiNewsNetCorpus corpus)
    {
        IReadOnlyList<SampledArticle> first = Draw(corpus);
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        foreach (SampledArticle drawn in first)
        {
            index.Add(drawn.Article.Id, DocumentSigner.Default.Sign(drawn.Article.Text), DateTimeOffset.UnixEpoch);
        }

        var all = new List<SampledArticle>(first);
        foreach ((int seed, int perOutlet) in MoreDraws)
        {
            all.AddRange(DrawMore(corpus, index, seed, perOutlet));
        }

        return all;
    }

    private IEnumerable<SampledArticle> DrawMore(SaudiNewsNetCorpus corpus, InMemoryNearDuplicateIndex index, int seed, int perOutlet)
    {
        var random = new Random(seed);
        var more = new List<SampledArticle>();
        foreach (IGrouping<string, SaudiNewsNetArticle> outlet in Eligible(corpus).GroupBy(a => a.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int taken = 0;
            foreach (SaudiNewsNetArticle article in Shuffle(outlet.ToList(), random))
            {
                if (taken == perOutlet)
                {
                    break;
                }

                DocumentSignature signature = DocumentSigner.Default.Sign(article.Text);
                if (index.Query(signature, 1, CopySimilarity).Count > 0)
                {
                    continue; // drawn already, or a near copy of an article drawn before
                }

                index.Add(article.Id, signature, DateTimeOffset.UnixEpoch);
                more.Add(new SampledArticle(article, Split.Development));
                taken++;
            }
        }

        return more.OrderBy(s => s.Article.Source, StringComparer.Ordinal).ThenBy(s => s.Article.Day).ThenBy(s => s.Article.Index);
    }

    private IEnumerable<SaudiNewsNetArticle> Eligible(SaudiNewsNetCorpus corpus) =>
        corpus.All().Where(a => a.Content.Length >= MinimumLength && a.Text.Length <= MaximumLength);

    /// <summary>Draws the sample: every chosen article with its split, in outlet order, then day and index.</summary>
    public IReadOnlyList<SampledArticle> Draw(SaudiNewsNetCorpus corpus)
    {
        var random = new Random(Seed);
        var byOutlet = Eligible(corpus)
            .GroupBy(a => a.Source, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Outlet: g.Key, Queue: Shuffle(g.ToList(), random)))
            .ToList();

        string[] extraOutlets = Shuffle(byOutlet.Select(o => o.Outlet).ToList(), random).Take(Extra).ToArray();
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        var chosen = new List<(SaudiNewsNetArticle Article, int Rank)>();
        foreach ((string outlet, List<SaudiNewsNetArticle> queue) in byOutlet)
        {
            int wanted = PerOutlet + (extraOutlets.Contains(outlet) ? 1 : 0);
            int rank = 0;
            foreach (SaudiNewsNetArticle article in queue)
            {
                if (rank == wanted)
                {
                    break;
                }

                DocumentSignature signature = DocumentSigner.Default.Sign(article.Text);
                if (index.Query(signature, 1, CopySimilarity).Count > 0)
                {
                    continue;
                }

                index.Add(article.Id, signature, DateTimeOffset.UnixEpoch);
                chosen.Add((article, rank++));
            }

            if (rank < wanted)
            {
                throw new InvalidOperationException($"outlet {outlet} has only {rank} eligible articles");
            }
        }

        // The first TestPerOutlet drawn from every outlet go to the test split; the rest of it comes at random from
        // the remaining articles.
        var test = chosen.Where(c => c.Rank < TestPerOutlet).Select(c => c.Article).ToHashSet();
        List<SaudiNewsNetArticle> rest = Shuffle(chosen.Where(c => c.Rank >= TestPerOutlet).Select(c => c.Article).ToList(), random);
        foreach (SaudiNewsNetArticle article in rest.Take(TestSize - test.Count))
        {
            test.Add(article);
        }

        return chosen
            .Select(c => new SampledArticle(c.Article, test.Contains(c.Article) ? Split.Test : Split.Development))
            .OrderBy(s => s.Article.Source, StringComparer.Ordinal)
            .ThenBy(s => s.Article.Day)
            .ThenBy(s => s.Article.Index)
            .ToArray();
    }

    private static List<T> Shuffle<T>(List<T> items, Random random)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }
}

/// <summary>An article of the sample with the split it belongs to.</summary>
/// <param name="Article">The article.</param>
/// <param name="Split">Development or test.</param>
public sealed record SampledArticle(SaudiNewsNetArticle Article, Split Split);

/// <summary>The two parts of the annotated set.</summary>
public enum Split
{
    /// <summary>Articles to develop against: their errors may be read.</summary>
    Development,

    /// <summary>Articles scored but never looked into while changing code.</summary>
    Test,
}
