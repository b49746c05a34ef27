using BenchmarkDotNet.Attributes;
using ArabicNews.Dates;
using ArabicNews.Normalization;
using ArabicNews.Numbers;
using ArabicNews.Quotes;

namespace ArabicNews.Benchmarks;

/// <summary>
/// Number, date and quote extraction over the whole real corpus (<see cref="RealNewsCorpus"/>: 20,329 articles, each
/// dated by its extraction day), next to Search normalization with offsets, their first stage, as the baseline.
/// </summary>
[MemoryDiagnoser]
public class RealNewsExtractionBenchmarks
{
    private string[] _texts = [];
    private System.DateOnly[] _days = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = RealNewsCorpus.Texts;
        _days = RealNewsCorpus.Days;
    }

    [Benchmark(Baseline = true)]
    public int NormalizeWithOffsetsRealNews()
    {
        int total = 0;
        foreach (string text in _texts)
        {
            total += ArabicNormalizer.Search.NormalizeWithOffsets(text).Map.EditCount;
        }

        return total;
    }

    [Benchmark]
    public int ExtractNumbersRealNews()
    {
        int total = 0;
        foreach (string text in _texts)
        {
            total += NumberExtractor.Default.Extract(text).Count;
        }

        return total;
    }

    [Benchmark]
    public int ExtractDatesRealNews()
    {
        int total = 0;
        for (int i = 0; i < _texts.Length; i++)
        {
            total += DateExtractor.Default.Extract(_texts[i], _days[i]).Count;
        }

        return total;
    }

    [Benchmark]
    public int ExtractQuotesRealNews()
    {
        int total = 0;
        foreach (string text in _texts)
        {
            total += QuoteExtractor.Default.Extract(text).Count;
        }

        return total;
    }
}
