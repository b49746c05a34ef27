using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ArabicNews.Benchmarks;

// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --dedup-scale [maxDocs] [seedShare]
// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --pg-load [maxDocs] [connectionString]
if (args.Length > 0 && args[0] == "--dedup-scale")
{
    DedupScaleRun.Run(
        args.Length > 1 ? int.Parse(args[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 1_000_000,
        args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.5);
    return;
}

if (args.Length > 0 && args[0] == "--pg-load")
{
    await PostgreSqlLoadRun.RunAsync(
        args.Length > 1 ? int.Parse(args[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 1_000_000,
        args.Length > 2 ? args[2] : null);
    return;
}

IConfig config = DefaultConfig.Instance.AddColumn(new ThroughputColumn(), new ArticlesPerSecondColumn());
BenchmarkSwitcher.FromAssembly(typeof(NormalizationBenchmarks).Assembly).Run(args, config);
