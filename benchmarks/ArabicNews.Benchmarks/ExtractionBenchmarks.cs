using System;
using BenchmarkDotNet.Attributes;
using ArabicNews.Dates;
using ArabicNews.Normalization;
using ArabicNews.Numbers;
using ArabicNews.Quotes;

namespace ArabicNews.Benchmarks;

/// <summary>
/// Number, date and quote extraction over the seed articles (dates against the reference 2024-11-02), next to Search
/// normalization with offsets, their first stage, as the baseline.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly DateOnly s_reference = new(2024, 11, 2);
    private readonly string[] _articles = Corpus.Articles;

    [Benchmark(Baseline = true)]
    public int NormalizeWithOffsetsArticles()
    {
        int total = 0;
        foreach (string article in _articles)
        {
            total += ArabicNormalizer.Search.NormalizeWithOffsets(article).Map.EditCount;
        }

        return total;
    }

    [Benchmark]
    public int ExtractNumbersArticles()
    {
        int total = 0;
        foreach (string article in _articles)
        {
            total += NumberExtractor.Default.Extract(article).Count;
        }

        return total;
    }

    [Benchmark]
    public int ExtractQuotesArticles()
    {
        int total = 0;
        foreach (string article in _articles)
        {
            total += QuoteExtractor.Default.Extract(article).Count;
        }

        return total;
    }

    [Benchmark]
    public int ExtractDatesArticles()
    {
        int total = 0;
        foreach (string article in _articles)
        {
            total += DateExtractor.Default.Extract(article, s_reference).Count;
        }

        return total;
    }
}
