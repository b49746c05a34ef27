using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ArabicNews.Dates;
using ArabicNews.Normalization;
using ArabicNews.Numbers;
using ArabicNews.Quotes;

namespace ArabicNews.Benchmarks;

/// <summary>The texts <see cref="ExtractionBenchmarks"/> runs over.</summary>
public enum ExtractionSource
{
    /// <summary>The five seed articles (28 KB, which fits in cache), dated 2024-11-02.</summary>
    Seeds,

    /// <summary>The whole SaudiNewsNet development corpus (<see cref="RealNewsCorpus"/>), each article dated by its day.</summary>
    SaudiNewsNet,
}

/// <summary>
/// Number, date and quote extraction over the seed articles and over the real corpus, next to Search normalization with
/// offsets, their first stage, as the baseline.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly DateOnly s_seedReference = new(2024, 11, 2);
    private string[] _articles = [];
    private DateOnly[] _days = [];

    [Params(ExtractionSource.Seeds, ExtractionSource.SaudiNewsNet)]
    public ExtractionSource Source { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_articles, _days) = Source == ExtractionSource.Seeds
            ? (Corpus.Articles, Corpus.Articles.Select(_ => s_seedReference).ToArray())
            : (RealNewsCorpus.Texts, RealNewsCorpus.Days);
    }

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
        for (int i = 0; i < _articles.Length; i++)
        {
            total += DateExtractor.Default.Extract(_articles[i], _days[i]).Count;
        }

        return total;
    }
}
