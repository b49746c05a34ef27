using System;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace ArabicNews.Benchmarks;

/// <summary>
/// Articles per second: the number of seed articles an operation handles over its mean time, or for a
/// benchmark whose name starts with "Query", queries (one a operation) per second. Shown only in the
/// summaries of <see cref="DedupBenchmarks"/>.
/// </summary>
public sealed class ArticlesPerSecondColumn()
    : RateColumn("articles/s", "Seed articles signed (or, for Query benchmarks, queries answered) per second, one thread", 1)
{
    public override bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(DedupBenchmarks));

    protected override double? Amount(string methodName) =>
        methodName.StartsWith("Query", StringComparison.Ordinal) ? 1 : Corpus.Articles.Length;
}
