using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ArabicNews.Dedup;
using ArabicNews.Normalization;

namespace ArabicNews.Benchmarks;

/// <summary>
/// Deduplication: signing the seed articles (MinHash signatures, and exact shingle sets) next to Dedup
/// normalization, their first stage, as the baseline; and one query of an in-memory index of 100,000 synthetic
/// documents (<see cref="SyntheticCorpus"/>), for an indexed document's exact copy, its near duplicate and a
/// document never indexed.
/// </summary>
[MemoryDiagnoser]
public class DedupBenchmarks
{
    private const int IndexedDocuments = 100_000;

    private readonly string[] _articles = Corpus.Articles;
    private readonly char[] _destination = new char[Corpus.MaxLength];
    private readonly DocumentSigner _signer = DocumentSigner.Default;
    private InMemoryNearDuplicateIndex _index = new(DedupOptions.Default);
    private DocumentSignature _present = DocumentSigner.Default.Sign("");
    private DocumentSignature _near = DocumentSigner.Default.Sign("");
    private DocumentSignature _absent = DocumentSigner.Default.Sign("");

    [GlobalSetup(Targets = [nameof(QueryExactCopy100k), nameof(QueryNearDuplicate100k), nameof(QueryAbsent100k)])]
    public void SetupIndex()
    {
        _index = new InMemoryNearDuplicateIndex(_signer.Options);
        var epoch = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        DocumentSignature? present = null;
        for (int i = 0; i < IndexedDocuments; i++)
        {
            DocumentSignature signature = _signer.Sign(SyntheticCorpus.Document(i));
            _index.Add("doc-" + i, signature, epoch.AddSeconds(i));
            present = i == IndexedDocuments / 2 ? signature : present;
        }

        _present = present!;
        _near = _signer.Sign(SyntheticCorpus.Document(IndexedDocuments / 2, edited: true));
        _absent = _signer.Sign(SyntheticCorpus.Document(IndexedDocuments + 1));
    }

    [Benchmark(Baseline = true)]
    public int NormalizeDedupArticles()
    {
        int total = 0;
        foreach (string article in _articles)
        {
            ArabicNormalizer.Dedup.TryNormalize(article, _destination, out int written);
            total += written;
        }

        return total;
    }

    [Benchmark]
    public int SignArticles()
    {
        int total = 0;
        foreach (string article in _articles)
        {
            total += _signer.Sign(article).ShingleCount;
        }

        return total;
    }

    [Benchmark]
    public int ShingleSetArticles()
    {
        int total = 0;
        foreach (string article in _articles)
        {
            total += _signer.Shingles(article).Count;
        }

        return total;
    }

    [Benchmark]
    public IReadOnlyList<DuplicateMatch> QueryExactCopy100k() => _index.Query(_present, 10);

    [Benchmark]
    public IReadOnlyList<DuplicateMatch> QueryNearDuplicate100k() => _index.Query(_near, 10);

    [Benchmark]
    public IReadOnlyList<DuplicateMatch> QueryAbsent100k() => _index.Query(_absent, 10);
}
