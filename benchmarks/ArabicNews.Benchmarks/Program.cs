using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ArabicNews.Benchmarks;

// dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --filter '*'
IConfig config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(NormalizationBenchmarks).Assembly).Run(args, config);
