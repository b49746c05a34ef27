using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ArabicNews.Benchmarks;

// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --dedup-scale [maxDocs] [seedShare]
// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --pg-load [maxDocs] [connectionString]
// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --pg-query N connectionString [clients...]
// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --pg-insert connectionString [clients...]
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

if (args.Length > 2 && args[0] == "--pg-query")
{
    await PostgreSqlQueryProbe.RunAsync(
        int.Parse(args[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
        args[2],
        args.Length > 3 ? args[3..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 8]);
    return;
}

if (args.Length > 1 && args[0] == "--pg-insert")
{
    await PostgreSqlQueryProbe.InsertAsync(args[1], args.Length > 2 ? args[2..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 8]);
    return;
}

IConfig config = DefaultConfig.Instance.AddColumn(new ThroughputColumn(), new ArticlesPerSecondColumn());
BenchmarkSwitcher.FromAssembly(typeof(NormalizationBenchmarks).Assembly).Run(args, config);
