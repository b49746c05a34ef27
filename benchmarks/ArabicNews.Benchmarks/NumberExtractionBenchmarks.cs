using BenchmarkDotNet.Attributes;
using ArabicNews.Numbers;
using ArabicNews.Normalization;

namespace ArabicNews.Benchmarks;

/// <summary>Number extraction over the seed articles, next to Search normalization with offsets (its first stage) as the baseline.</summary>
[MemoryDiagnoser]
public class NumberExtractionBenchmarks
{
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
}
