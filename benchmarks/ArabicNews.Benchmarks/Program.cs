using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ArabicNews.Benchmarks;

// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --dedup-scale [maxDocs] [seedShare]
if (args.Length > 0 && args[0] == "--dedup-scale")
{
    DedupScaleRun.Run(
        args.Length > 1 ? int.Parse(args[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 1_000_000,
        args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.5);
    return;
}

IConfig config = DefaultConfig.Instance.AddColumn(new ThroughputColumn(), new ArticlesPerSecondColumn());
BenchmarkSwitcher.FromAssembly(typeof(NormalizationBenchmarks).Assembly).Run(args, config);
