using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArabicNews.Benchmarks;

/// <summary>
/// UTF-8 megabytes (10^6 bytes) of input per second: the corpus size over the mean time of one operation.
/// A benchmark whose name ends in "Lines" processes the corpus line by line (without the line breaks), one
/// whose name ends in "Vocalized" the vocalized corpus. One whose name starts with "Query" reads no text: "-".
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s (UTF-8)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-8 megabytes (10^6 bytes) of input normalized per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        string name = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (name.StartsWith("Query", StringComparison.Ordinal))
        {
            return "-";
        }

        long bytes = name.EndsWith("Lines", StringComparison.Ordinal) ? Corpus.LineBytes
            : name.EndsWith("Vocalized", StringComparison.Ordinal) ? Corpus.VocalizedBytes
            : Corpus.ArticleBytes;
        double seconds = statistics.Mean / 1e9;
        return (bytes / 1e6 / seconds).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
