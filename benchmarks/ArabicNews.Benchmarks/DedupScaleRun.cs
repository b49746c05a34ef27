using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime;
using System.Text;
using ArabicNews.Dedup;

namespace ArabicNews.Benchmarks;

/// <summary>
/// The scale run of the in-memory near-duplicate index, not a unit test:
/// <c>dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --dedup-scale [maxDocs]</c>. Signs
/// <c>maxDocs</c> synthetic documents once (<see cref="SyntheticCorpus"/>, timed on one thread apart from making
/// the texts), then for N = 10,000, 100,000, 1,000,000 (up to <c>maxDocs</c>) fills a new index with the first N
/// signatures and reports adds per second, the index's memory per document, and the latency of 10,000 queries.
/// </summary>
public static class DedupScaleRun
{
    private const int QueryCount = 10_000;
    private const int WarmupQueries = 1_000;
    private const int MaxResults = 10;
    private const int TextBatch = 1_000;

    /// <summary>Runs the scale run and prints a Markdown report to the console.</summary>
    /// <param name="maxDocs">The largest corpus.</param>
    /// <param name="seedShare">The share of a synthetic document's lines that are seed sentences.</param>
    public static void Run(int maxDocs, double seedShare = 0.5)
    {
        var invariant = CultureInfo.InvariantCulture;
        DocumentSigner signer = DocumentSigner.Default;
        Console.WriteLine($"# Dedup scale run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} logical cores, server GC {GCSettings.IsServerGC}, {RuntimeInformationText()}");
        Console.WriteLine($"Options: shingle {signer.Options.ShingleSize}, {signer.Options.HashCount} hashes, threshold {signer.Options.Threshold}, {signer.Options.Bands} bands × {signer.Options.Rows} rows, no window.");
        Console.WriteLine($"Synthetic corpus: {SyntheticCorpus.Sentences.Length} seed sentences, {SyntheticCorpus.Words.Length} seed words, target {SyntheticCorpus.TargetBytes} UTF-8 bytes a document, {seedShare:P0} of lines seed sentences.");
        Console.WriteLine();

        // Signing: texts made in batches of 1,000 (not timed), then signed on this thread (timed).
        var signatures = new DocumentSignature[maxDocs];
        var texts = new string[TextBatch];
        long signTicks = 0, textBytes = 0;
        var checkpoints = new List<(int Docs, long Ticks, long Bytes)>();
        var stopwatch = new Stopwatch();
        for (int start = 0; start < maxDocs; start += TextBatch)
        {
            int count = Math.Min(TextBatch, maxDocs - start);
            for (int k = 0; k < count; k++)
            {
                texts[k] = SyntheticCorpus.Document(start + k, seedShare: seedShare);
                textBytes += Encoding.UTF8.GetByteCount(texts[k]);
            }

            stopwatch.Restart();
            for (int k = 0; k < count; k++)
            {
                signatures[start + k] = signer.Sign(texts[k]);
            }

            signTicks += stopwatch.ElapsedTicks;
            int done = start + count;
            if (done is 10_000 or 100_000 or 1_000_000 || done == maxDocs)
            {
                checkpoints.Add((done, signTicks, textBytes));
            }
        }

        Array.Clear(texts);
        Console.WriteLine("## Signing (one thread, `DocumentSigner.Default.Sign(string)`)");
        Console.WriteLine();
        Console.WriteLine("| documents signed | total time | articles/s | µs / article | MB/s (UTF-8) | mean bytes / article |");
        Console.WriteLine("| --: | --: | --: | --: | --: | --: |");
        foreach ((int docs, long ticks, long bytes) in checkpoints.Distinct())
        {
            double seconds = (double)ticks / Stopwatch.Frequency;
            Console.WriteLine(string.Create(invariant, $"| {docs:N0} | {seconds:F2} s | {docs / seconds:N0} | {seconds * 1e6 / docs:F1} | {bytes / 1e6 / seconds:N1} | {bytes / docs:N0} |"));
        }

        Console.WriteLine();

        // The ids, made before any index, so that the index's memory leaves them out (they are the caller's).
        string[] ids = new string[maxDocs];
        for (int i = 0; i < maxDocs; i++)
        {
            ids[i] = "doc-" + i.ToString(invariant);
        }

        // Queries, signed before timing: exact copies of indexed documents, near duplicates of indexed documents
        // (one line dropped, the number changed), and documents never indexed.
        var rows = new List<string>();
        var latencyRows = new List<string>();
        var candidateRows = new List<string>();
        foreach (int n in new[] { 10_000, 100_000, 1_000_000 }.Where(n => n <= maxDocs))
        {
            var random = new Random(n);
            var queries = new (DocumentSignature Signature, int Kind, int Target)[QueryCount];
            for (int q = 0; q < QueryCount; q++)
            {
                int kind = q % 3;
                int target = random.Next(n);
                queries[q] = kind switch
                {
                    0 => (signatures[target], 0, target),
                    1 => (signer.Sign(SyntheticCorpus.Document(target, edited: true, seedShare)), 1, target),
                    _ => (signer.Sign(SyntheticCorpus.Document(maxDocs + q, seedShare: seedShare)), 2, -1),
                };
            }

            long before = GC.GetTotalMemory(forceFullCollection: true);
            var index = new InMemoryNearDuplicateIndex(signer.Options);
            var epoch = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            stopwatch.Restart();
            for (int i = 0; i < n; i++)
            {
                index.Add(ids[i], signatures[i], epoch.AddSeconds(i));
            }

            double addSeconds = stopwatch.Elapsed.TotalSeconds;
            long after = GC.GetTotalMemory(forceFullCollection: true);
            long estimated = index.EstimatedBytes;
            rows.Add(string.Create(invariant, $"| {n:N0} | {addSeconds:F2} s | {n / addSeconds:N0} | {(after - before) / (double)n:N0} | {estimated / (double)n:N0} | {(after - before) / 1e6:N0} MB |"));

            // Warm-up, then the timed queries in a random order of kinds.
            for (int q = 0; q < WarmupQueries; q++)
            {
                index.Query(queries[q].Signature, MaxResults);
            }

            int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
            long[] ticks = new long[QueryCount];
            int[] found = new int[3], matches = new int[3];
            for (int q = 0; q < QueryCount; q++)
            {
                (DocumentSignature signature, int kind, int target) = queries[q];
                long t0 = Stopwatch.GetTimestamp();
                IReadOnlyList<DuplicateMatch> result = index.Query(signature, MaxResults);
                ticks[q] = Stopwatch.GetTimestamp() - t0;
                matches[kind] += result.Count;
                if (target >= 0 ? result.Any(m => m.Id == ids[target]) : result.Count == 0)
                {
                    found[kind]++;
                }
            }

            gen0 = GC.CollectionCount(0) - gen0;
            gen2 = GC.CollectionCount(2) - gen2;

            // Untimed: the candidates of each query (every document in its band chains, with its exact copies),
            // as Query returns them with no similarity floor and no limit.
            long[] candidates = Array.ConvertAll(queries, q => (long)index.Query(q.Signature, int.MaxValue, 0).Count);
            Array.Sort(candidates);
            candidateRows.Add(string.Create(invariant, $"| {n:N0} | {candidates.Average():N1} | {candidates[(QueryCount / 2) - 1]:N0} | {candidates[(int)(QueryCount * 0.99) - 1]:N0} | {candidates[^1]:N0} | {gen0} | {gen2} |"));
            latencyRows.Add(string.Create(invariant, $"| {n:N0} | all {QueryCount:N0} | {Percentile(ticks, 0.5)} | {Percentile(ticks, 0.99)} | {Percentile(ticks, 1.0)} | {Mean(ticks)} | |"));
            string[] kinds = ["exact copy of an indexed doc", "near duplicate of an indexed doc", "never indexed"];
            string[] foundText = ["found itself", "found its original", "no match"];
            for (int kind = 0; kind < 3; kind++)
            {
                long[] own = ticks.Where((_, q) => queries[q].Kind == kind).ToArray();
                latencyRows.Add(string.Create(invariant, $"| | {kinds[kind]} ({own.Length:N0}) | {Percentile(own, 0.5)} | {Percentile(own, 0.99)} | {Percentile(own, 1.0)} | {Mean(own)} | {foundText[kind]}: {found[kind]:N0} of {own.Length:N0}; {matches[kind] / (double)own.Length:F2} matches a query |"));
            }

            GC.KeepAlive(index);
            Console.Error.WriteLine($"N = {n:N0} done; managed heap {GC.GetTotalMemory(false) / 1e6:N0} MB, working set {Environment.WorkingSet / 1e6:N0} MB");
        }

        rows.Add(string.Create(invariant, $"| | peak working set of the whole run ({maxDocs:N0} signatures, ids, indexes): {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB | | | | |"));
        Console.WriteLine("## Indexing (`InMemoryNearDuplicateIndex.Add`, one thread, a new index for each N)");
        Console.WriteLine();
        Console.WriteLine("Memory: `GC.GetTotalMemory(true)` after filling the index less before creating it, over N. The signatures,");
        Console.WriteLine("the id strings and the query signatures are made before the first measurement and held by the run, so the");
        Console.WriteLine("figure is the index's own arrays, tables and dictionary only (the ids are the caller's; the index keeps a");
        Console.WriteLine("reference to each, 8 bytes, counted).");
        Console.WriteLine();
        Console.WriteLine("| N | time to add N | adds/s | bytes/doc (GC) | bytes/doc (`EstimatedBytes`) | index total (GC) |");
        Console.WriteLine("| --: | --: | --: | --: | --: | --: |");
        rows.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine($"## Query latency (`Query(signature, {MaxResults})`, µs per query from `Stopwatch` timestamps, {WarmupQueries:N0} warm-up queries first)");
        Console.WriteLine();
        Console.WriteLine("| N | queries | p50 µs | p99 µs | max µs | mean µs | check |");
        Console.WriteLine("| --: | --- | --: | --: | --: | --: | --- |");
        latencyRows.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine("Candidates a query walks (the documents of its 17 band chains, counted by an untimed `Query(signature, int.MaxValue, 0)`),");
        Console.WriteLine("and the garbage collections during the 10,000 timed queries:");
        Console.WriteLine();
        Console.WriteLine("| N | mean candidates | p50 | p99 | max | gen0 GCs | gen2 GCs |");
        Console.WriteLine("| --: | --: | --: | --: | --: | --: | --: |");
        candidateRows.ForEach(Console.WriteLine);
        GC.KeepAlive(signatures);
        GC.KeepAlive(ids);
    }

    private static string Percentile(long[] ticks, double p) => Latencies.Percentile(ticks, p, "N1");

    private static string Mean(long[] ticks) => Latencies.Micros((long)ticks.Average(), "N1");

    private static string RuntimeInformationText() =>
        System.Runtime.InteropServices.RuntimeInformation.OSDescription + ", " + System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture;
}
