using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArabicNews.Benchmarks;

/// <summary>A custom column of a rate: what one operation handles (<see cref="Amount(string)"/>) over its mean time.</summary>
public abstract class RateColumn(string columnName, string legend, int priority) : IColumn
{
    public string Id => GetType().Name;

    public string ColumnName => columnName;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics && Amount(benchmarkCase) is { } amount
            ? (amount / (statistics.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture)
            : "-";

    public virtual bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>What one operation of the benchmark case handles, in the column's unit, or null for "-".</summary>
    protected virtual double? Amount(BenchmarkCase benchmarkCase) => Amount(benchmarkCase.Descriptor.WorkloadMethod.Name);

    /// <summary>What one operation of the benchmark method handles, in the column's unit, or null for "-".</summary>
    protected abstract double? Amount(string methodName);
}
