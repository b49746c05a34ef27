using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace ArabicNews.Benchmarks;

/// <summary>
/// UTF-8 megabytes (10^6 bytes) of input per second: the corpus size over the mean time of one operation.
/// A benchmark whose name ends in "Lines" processes the corpus line by line (without the line breaks), one
/// whose name ends in "Vocalized" the vocalized corpus; a case of <see cref="ExtractionBenchmarks"/> whose source is
/// <see cref="ExtractionSource.SaudiNewsNet"/> the real corpus (<see cref="RealNewsCorpus"/>). One whose name starts with
/// "Query" reads no text: "-".
/// </summary>
public sealed class ThroughputColumn() : RateColumn("MB/s (UTF-8)", "UTF-8 megabytes (10^6 bytes) of input normalized per second", 0)
{
    protected override double? Amount(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.Any(p => p.Value is ExtractionSource.SaudiNewsNet)
            ? RealNewsCorpus.Bytes / 1e6
            : Amount(benchmarkCase.Descriptor.WorkloadMethod.Name);

    protected override double? Amount(string methodName) =>
        methodName.StartsWith("Query", StringComparison.Ordinal) ? null
            : (methodName.EndsWith("Lines", StringComparison.Ordinal) ? Corpus.LineBytes
                : methodName.EndsWith("Vocalized", StringComparison.Ordinal) ? Corpus.VocalizedBytes
                : Corpus.ArticleBytes) / 1e6;
}
