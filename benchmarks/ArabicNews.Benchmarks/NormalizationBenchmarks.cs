using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ArabicNews.Normalization;

namespace ArabicNews.Benchmarks;

/// <summary>
/// Normalizes the seed corpus, as whole articles and line by line, next to a plain copy of the same text
/// (the baseline of each group) and a port of Lucene's ArabicNormalizer, in the same run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NormalizationBenchmarks
{
    private readonly char[] _destination = new char[Corpus.MaxLength];
    private readonly string[] _articles = Corpus.Articles;
    private readonly string[] _lines = Corpus.Lines;
    private readonly string[] _vocalized = Corpus.VocalizedArticles;
    private string[] _normalizedArticles = [];

    [GlobalSetup]
    public void Setup() => _normalizedArticles = Array.ConvertAll(_articles, ArabicNormalizer.Search.Normalize);

    [Benchmark(Baseline = true), BenchmarkCategory("Articles")]
    public int CopyArticles() => CopyAll(_articles);

    [Benchmark, BenchmarkCategory("Articles")]
    public int SearchSpanArticles() => NormalizeAll(ArabicNormalizer.Search, _articles);

    [Benchmark, BenchmarkCategory("Articles")]
    public int DedupSpanArticles() => NormalizeAll(ArabicNormalizer.Dedup, _articles);

    [Benchmark, BenchmarkCategory("Articles")]
    public int DisplaySpanArticles() => NormalizeAll(ArabicNormalizer.Display, _articles);

    [Benchmark, BenchmarkCategory("Articles")]
    public int SearchOffsetsArticles()
    {
        int total = 0;
        foreach (string article in _articles)
        {
            NormalizedText result = ArabicNormalizer.Search.NormalizeWithOffsets(article);
            total += result.Text.Length + result.Map.EditCount;
        }

        return total;
    }

    [Benchmark, BenchmarkCategory("Articles")]
    public int SearchStringAlreadyNormalizedArticles()
    {
        int total = 0;
        foreach (string article in _normalizedArticles)
        {
            total += ArabicNormalizer.Search.Normalize(article).Length;
        }

        return total;
    }

    [Benchmark, BenchmarkCategory("Articles")]
    public int SearchOffsetsAlreadyNormalizedArticles()
    {
        int total = 0;
        foreach (string article in _normalizedArticles)
        {
            total += ArabicNormalizer.Search.NormalizeWithOffsets(article).Map.EditCount;
        }

        return total;
    }

    [Benchmark, BenchmarkCategory("Articles")]
    public int LuceneStyleArticles() => LuceneStyleAll(_articles);

    [Benchmark(Baseline = true), BenchmarkCategory("Lines")]
    public int CopyLines() => CopyAll(_lines);

    [Benchmark, BenchmarkCategory("Lines")]
    public int SearchSpanLines() => NormalizeAll(ArabicNormalizer.Search, _lines);

    [Benchmark, BenchmarkCategory("Lines")]
    public int LuceneStyleLines() => LuceneStyleAll(_lines);

    [Benchmark(Baseline = true), BenchmarkCategory("Vocalized")]
    public int CopyVocalized() => CopyAll(_vocalized);

    [Benchmark, BenchmarkCategory("Vocalized")]
    public int SearchSpanVocalized() => NormalizeAll(ArabicNormalizer.Search, _vocalized);

    [Benchmark, BenchmarkCategory("Vocalized")]
    public int LuceneStyleVocalized() => LuceneStyleAll(_vocalized);

    private int CopyAll(string[] texts)
    {
        int total = 0;
        foreach (string text in texts)
        {
            text.AsSpan().CopyTo(_destination);
            total += text.Length;
        }

        return total;
    }

    // Lucene normalizes token by token (its deletions shift the rest of one term, not of the text): split on
    // spaces and line breaks, copy each token into a term buffer, normalize it there.
    private int LuceneStyleAll(string[] texts)
    {
        int total = 0;
        foreach (string text in texts)
        {
            int start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] is ' ' or '\n')
                {
                    text.AsSpan(start, i - start).CopyTo(_destination);
                    total += LuceneStyleNormalizer.Normalize(_destination, i - start);
                    start = i + 1;
                }
            }
        }

        return total;
    }

    private int NormalizeAll(ArabicNormalizer normalizer, string[] texts)
    {
        int total = 0;
        foreach (string text in texts)
        {
            normalizer.TryNormalize(text, _destination, out int written);
            total += written;
        }

        return total;
    }
}
