using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArabicNews.Dedup;
using ArabicNews.Dedup.PostgreSql;
using Npgsql;

namespace ArabicNews.Benchmarks;

/// <summary>
/// The load run of the PostgreSQL near-duplicate index, not a unit test:
/// <c>dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks -- --pg-load [maxDocs] [connectionString]</c>.
/// Without a connection string it starts a throwaway server with <c>scripts/postgres.sh start</c> (fsync, synchronous
/// commit and full-page writes off, as the script starts it) and stops it at the end. In a fresh schema it fills the
/// index with <see cref="PostgreSqlNearDuplicateIndex.AddRangeAsync"/> (binary COPY) to 100,000 and then to
/// 1,000,000 documents (up to <c>maxDocs</c>), and at each size measures single <c>AddAsync</c> inserts per second
/// and <c>QueryAsync</c> latency with 1 and with 8 concurrent clients (and 8 through a pool of 3 connections), and the
/// tables' size per document. Documents
/// are <see cref="SyntheticCorpus"/> documents, signed in chunks on every core before each timed step (signing is
/// not timed).
/// </summary>
public static class PostgreSqlLoadRun
{
    /// <summary>The schema the load run fills.</summary>
    internal const string Schema = "arabicnews_load";
    private const int SignChunk = 20_000;
    private const int BulkBatch = 5_000;
    /// <summary>The documents a phase of single inserts adds.</summary>
    internal const int InsertsPerPhase = 5_000;
    private const int QueryCount = 5_000;
    private const int WarmupQueries = 500;
    /// <summary>The results a query asks for.</summary>
    internal const int MaxResults = 10;
    private const int AbsentBase = 1_500_000_000;
    private const int PooledConnections = 3;

    /// <summary>The server settings a run reports.</summary>
    internal const string Settings = "select string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'max_connections', 'wal_level', 'wal_compression', 'checkpoint_timeout', 'max_wal_size', 'work_mem')";
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Runs the load run and prints a Markdown report to the console.</summary>
    /// <param name="maxDocs">The largest index.</param>
    /// <param name="connectionString">The server, or null to start a throwaway one.</param>
    /// <returns>A task.</returns>
    public static async Task RunAsync(int maxDocs, string? connectionString)
    {
        string? serverDir = null;
        if (connectionString is null)
        {
            serverDir = Directory.CreateTempSubdirectory("arabicnews-pg-load-").FullName;
            connectionString = Script("start", serverDir).Trim().Split('\n')[^1].Trim();
            Console.Error.WriteLine($"started a throwaway server in {serverDir}: {connectionString}");
        }

        try
        {
            await RunOnAsync(maxDocs, connectionString, serverDir is not null).ConfigureAwait(false);
        }
        finally
        {
            if (serverDir is not null)
            {
                Script("stop", serverDir);
                try
                {
                    Directory.Delete(serverDir, recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
    }

    private static async Task RunOnAsync(int maxDocs, string connectionString, bool throwaway)
    {
        DocumentSigner signer = DocumentSigner.Default;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var drop = new NpgsqlCommand($"drop schema if exists {Schema} cascade", connection);
            await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        var store = new PostgreSqlDedupOptions { ConnectionString = connectionString, Schema = Schema };
        await using var index = new PostgreSqlNearDuplicateIndex(signer.Options, store);
        await index.EnsureSchemaAsync().ConfigureAwait(false);

        // The same index through a pool of a few connections, as an operator sizes a pool to the database's cores.
        await using var pooled = new PostgreSqlNearDuplicateIndex(signer.Options, store with { ConnectionString = $"{connectionString};Maximum Pool Size={PooledConnections}" });

        string version = await ScalarAsync(connectionString, "select version()").ConfigureAwait(false);
        string settings = await ScalarAsync(
            connectionString,
            Settings).ConfigureAwait(false);

        Console.WriteLine($"# PostgreSQL near-duplicate index load run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; client and server on the same machine (loopback TCP).");
        Console.WriteLine($"Server: {version}{(throwaway ? " (a throwaway cluster from scripts/postgres.sh)" : "")}.");
        Console.WriteLine($"Settings: {settings}.");
        Console.WriteLine($"Options: shingle {signer.Options.ShingleSize}, {signer.Options.HashCount} hashes, threshold {signer.Options.Threshold}, {signer.Options.Bands} bands × {signer.Options.Rows} rows, no window; schema `{Schema}`.");
        Console.WriteLine();

        var bulkRows = new List<string>();
        var insertRows = new List<string>();
        var queryRows = new List<string>();
        var sizeRows = new List<string>();
        int next = 0;
        long bulkTicks = 0;
        int bulkDocs = 0;
        foreach (int n in new[] { 100_000, 1_000_000 }.Where(n => n <= maxDocs).Append(maxDocs).Distinct())
        {
            // Bulk load up to n (signing not timed).
            int from = next;
            long ticks = 0;
            while (next < n)
            {
                int count = Math.Min(SignChunk, n - next);
                IndexEntry[] entries = Sign(signer, next, count, k => SyntheticCorpus.Document(k));
                long t0 = Stopwatch.GetTimestamp();
                await index.AddRangeAsync(entries, BulkBatch).ConfigureAwait(false);
                ticks += Stopwatch.GetTimestamp() - t0;
                next += count;
                Console.Error.WriteLine($"bulk: {next:N0} documents, {(next - from) / Seconds(ticks):N0} rows/s so far");
            }

            bulkTicks += ticks;
            bulkDocs += n - from;

            // The statistics autovacuum would gather a minute or so after the load, gathered now (timed apart): before
            // them the planner has no idea of content_hash's selectivity, and the measurements would depend on when
            // the autovacuum worker happened to come by.
            long analyzeStart = Stopwatch.GetTimestamp();
            await ScalarAsync(connectionString, $"analyze {Schema}.documents").ConfigureAwait(false);
            double analyzeSeconds = Seconds(Stopwatch.GetTimestamp() - analyzeStart);
            bulkRows.Add(string.Create(Invariant, $"| {from:N0} → {n:N0} | {n - from:N0} | {Seconds(ticks):F1} s | {(n - from) / Seconds(ticks):N0} | {analyzeSeconds:F1} s |"));

            // Queries, signed before timing, of documents indexed before this size's inserts.
            (DocumentSignature Signature, int Kind, string? Target)[] queries = Queries(signer, n);

            // Single inserts, 1 then 8 clients.
            foreach (int clients in new[] { 1, 8 })
            {
                IndexEntry[] entries = Sign(signer, next, InsertsPerPhase, k => SyntheticCorpus.Document(k));
                next += InsertsPerPhase;
                (double seconds, long[] latencies) = await InsertAsync(index, entries, clients).ConfigureAwait(false);
                insertRows.Add(string.Create(Invariant, $"| {n:N0} | {clients} | {InsertsPerPhase:N0} | {seconds:F2} s | {InsertsPerPhase / seconds:N0} | {Percentile(latencies, 0.5)} | {Percentile(latencies, 0.99)} | {Percentile(latencies, 1)} |"));
                Console.Error.WriteLine($"N = {n:N0}: {InsertsPerPhase / seconds:N0} inserts/s with {clients} client(s)");
            }

            // Queries, 1 then 8 clients; warm-up first.
            for (int q = 0; q < WarmupQueries; q++)
            {
                await index.QueryAsync(queries[q].Signature, MaxResults).ConfigureAwait(false);
                await pooled.QueryAsync(queries[q].Signature, MaxResults).ConfigureAwait(false);
            }

            foreach ((int clients, PostgreSqlNearDuplicateIndex through, string label) in new[] { (1, index, "1"), (8, index, "8"), (8, pooled, $"8, pool of {PooledConnections}") })
            {
                (double seconds, long[] latencies, int[] found) = await QueryAsync(through, queries, clients).ConfigureAwait(false);
                queryRows.Add(string.Create(Invariant, $"| {n:N0} | {label} | all {QueryCount:N0} | {Percentile(latencies, 0.5)} | {Percentile(latencies, 0.99)} | {Percentile(latencies, 1)} | {Micros((long)latencies.Average())} | {QueryCount / seconds:N0} | |"));
                string[] kinds = ["exact copy", "near duplicate", "never indexed"];
                string[] check = ["found itself", "found its original", "no match"];
                for (int kind = 0; kind < 3; kind++)
                {
                    long[] own = latencies.Where((_, q) => queries[q].Kind == kind).ToArray();
                    queryRows.Add(string.Create(Invariant, $"| | | {kinds[kind]} ({own.Length:N0}) | {Percentile(own, 0.5)} | {Percentile(own, 0.99)} | {Percentile(own, 1)} | {Micros((long)own.Average())} | | {check[kind]}: {found[kind]:N0} of {own.Length:N0} |"));
                }

                Console.Error.WriteLine($"N = {n:N0}: query p50 {Percentile(latencies, 0.5)} µs, p99 {Percentile(latencies, 0.99)} µs with {label} client(s)");
            }

            sizeRows.Add(await SizeRowAsync(connectionString, n).ConfigureAwait(false));
        }

        // Single inserts with synchronous_commit = on (per session, through the connection string's Options).
        var syncRows = new List<string>();
        var syncStore = store with { ConnectionString = connectionString + ";Options=-c synchronous_commit=on" };
        await using (var syncIndex = new PostgreSqlNearDuplicateIndex(signer.Options, syncStore))
        {
            string sync = await ScalarAsync(syncStore.ConnectionString, "show synchronous_commit").ConfigureAwait(false);
            foreach (int clients in new[] { 1, 8 })
            {
                IndexEntry[] entries = Sign(signer, next, InsertsPerPhase, k => SyntheticCorpus.Document(k));
                next += InsertsPerPhase;
                (double seconds, long[] latencies) = await InsertAsync(syncIndex, entries, clients).ConfigureAwait(false);
                syncRows.Add(string.Create(Invariant, $"| {next - InsertsPerPhase:N0} | {clients} | synchronous_commit={sync} | {InsertsPerPhase / seconds:N0} | {Percentile(latencies, 0.5)} | {Percentile(latencies, 0.99)} |"));
                Console.Error.WriteLine($"synchronous_commit={sync}: {InsertsPerPhase / seconds:N0} inserts/s with {clients} client(s)");
            }
        }

        Console.WriteLine("## Bulk load (`AddRangeAsync`, binary COPY, batches of 5,000, one client)");
        Console.WriteLine();
        Console.WriteLine("Signing is not timed: each chunk of 20,000 documents is signed on every core first, then handed to `AddRangeAsync`.");
        Console.WriteLine();
        Console.WriteLine("| index size | documents loaded | time | rows/s | then `analyze` |");
        Console.WriteLine("| --- | --: | --: | --: | --: |");
        bulkRows.ForEach(Console.WriteLine);
        Console.WriteLine(string.Create(Invariant, $"| all | {bulkDocs:N0} | {Seconds(bulkTicks):F1} s | {bulkDocs / Seconds(bulkTicks):N0} | |"));
        Console.WriteLine();
        Console.WriteLine($"## Single inserts (`AddAsync`, {InsertsPerPhase:N0} new documents a phase, pre-signed; latency µs per call)");
        Console.WriteLine();
        Console.WriteLine("| index size | clients | inserts | time | inserts/s | p50 µs | p99 µs | max µs |");
        Console.WriteLine("| --: | --: | --: | --: | --: | --: | --: | --: |");
        insertRows.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine("With `synchronous_commit = on` in the session (the server still runs with fsync=off, so a commit waits for the WAL write, not for a disk flush):");
        Console.WriteLine();
        Console.WriteLine("| index size | clients | setting | inserts/s | p50 µs | p99 µs |");
        Console.WriteLine("| --: | --: | --- | --: | --: | --: |");
        syncRows.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine($"## Query latency (`QueryAsync(signature, {MaxResults})`, µs per call from `Stopwatch` timestamps, {WarmupQueries:N0} warm-up queries first)");
        Console.WriteLine();
        Console.WriteLine($"{QueryCount:N0} queries a row, a third each: an exact copy of an indexed document, a near duplicate of one, and a document never indexed. With 8 clients, 8 tasks take the same queries from a shared counter; \"pool of {PooledConnections}\" is the same with `Maximum Pool Size={PooledConnections}` in the connection string, so that at most {PooledConnections} statements run on the server at once and the other clients wait their turn in the client.");
        Console.WriteLine();
        Console.WriteLine("| index size | clients | queries | p50 µs | p99 µs | max µs | mean µs | queries/s | check |");
        Console.WriteLine("| --: | --: | --- | --: | --: | --: | --: | --: | --- |");
        queryRows.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine("## Table size (`pg_total_relation_size`: heap, TOAST and indexes), measured after each size's inserts");
        Console.WriteLine();
        Console.WriteLine("| index size | documents | documents with band keys | heap and TOAST | GIN index of band keys | other indexes | bytes / document (all) |");
        Console.WriteLine("| --: | --: | --: | --: | --: | --: | --: |");
        sizeRows.ForEach(Console.WriteLine);
    }

    /// <summary>
    /// The run's queries of an index holding <c>doc-0</c> to <c>doc-(n-1)</c>, signed: a third each exact copies,
    /// near duplicates (one line dropped, the number changed) and documents never indexed.
    /// </summary>
    internal static (DocumentSignature Signature, int Kind, string? Target)[] Queries(DocumentSigner signer, int n)
    {
        var random = new Random(n);
        var queries = new (DocumentSignature Signature, int Kind, string? Target)[QueryCount];
        Parallel.For(0, QueryCount, q =>
        {
            int kind = q % 3;
            int target;
            lock (random)
            {
                target = random.Next(n);
            }

            queries[q] = kind switch
            {
                0 => (signer.Sign(SyntheticCorpus.Document(target)), 0, Id(target)),
                1 => (signer.Sign(SyntheticCorpus.Document(target, edited: true)), 1, Id(target)),
                _ => (signer.Sign(SyntheticCorpus.Document(AbsentBase + q)), 2, null),
            };
        });
        return queries;
    }

    internal static IndexEntry[] Sign(DocumentSigner signer, int start, int count, Func<int, string> text)
    {
        var entries = new IndexEntry[count];
        Parallel.For(0, count, k => entries[k] = new IndexEntry(Id(start + k), signer.Sign(text(start + k)), Epoch.AddSeconds(start + k)));
        return entries;
    }

    private static string Id(int i) => "doc-" + i.ToString(Invariant);

    internal static async Task<(double Seconds, long[] Latencies)> InsertAsync(PostgreSqlNearDuplicateIndex index, IndexEntry[] entries, int clients)
    {
        (double seconds, long[] latencies, _) = await TimeAsync(entries.Length, clients, i => index.AddAsync(entries[i].Id, entries[i].Signature, entries[i].Timestamp).AsTask()).ConfigureAwait(false);
        return (seconds, latencies);
    }

    internal static async Task<(double Seconds, long[] Latencies, int[] Found)> QueryAsync(
        PostgreSqlNearDuplicateIndex index, (DocumentSignature Signature, int Kind, string? Target)[] queries, int clients)
    {
        (double seconds, long[] latencies, IReadOnlyList<DuplicateMatch>[] results) =
            await TimeAsync(queries.Length, clients, q => index.QueryAsync(queries[q].Signature, MaxResults).AsTask()).ConfigureAwait(false);
        int[] found = new int[3];
        for (int q = 0; q < queries.Length; q++)
        {
            bool ok = queries[q].Target is { } target ? results[q].Any(m => m.Id == target) : results[q].Count == 0;
            found[queries[q].Kind] += ok ? 1 : 0;
        }

        return (seconds, latencies, found);
    }

    // Runs calls 0 to count - 1 from `clients` tasks that take them from a shared counter, timing each call.
    private static async Task<(double Seconds, long[] Latencies, T[] Results)> TimeAsync<T>(int count, int clients, Func<int, Task<T>> call)
    {
        long[] latencies = new long[count];
        var results = new T[count];
        int counter = -1;
        long start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref counter); i < count; i = Interlocked.Increment(ref counter))
            {
                long t0 = Stopwatch.GetTimestamp();
                results[i] = await call(i).ConfigureAwait(false);
                latencies[i] = Stopwatch.GetTimestamp() - t0;
            }
        }))).ConfigureAwait(false);
        return (Seconds(Stopwatch.GetTimestamp() - start), latencies, results);
    }

    private static async Task<string> SizeRowAsync(string connectionString, int n)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"""
            select (select count(*) from {Schema}.documents), (select count(*) from {Schema}.documents where band_keys is not null),
                   pg_total_relation_size('{Schema}.documents'), pg_table_size('{Schema}.documents'),
                   pg_relation_size('{Schema}.documents_band_keys')
            """, connection);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        await reader.ReadAsync().ConfigureAwait(false);
        long documents = reader.GetInt64(0), keyed = reader.GetInt64(1), total = reader.GetInt64(2), heap = reader.GetInt64(3), gin = reader.GetInt64(4);
        long other = total - heap - gin;
        return string.Create(Invariant, $"| {n:N0} | {documents:N0} | {keyed:N0} | {heap / 1e6:N1} MB ({heap / (double)documents:N0} B/doc) | {gin / 1e6:N1} MB ({gin / (double)documents:N0} B/doc) | {other / 1e6:N1} MB ({other / (double)documents:N0} B/doc) | {total / (double)documents:N0} |");
    }

    internal static async Task<string> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync().ConfigureAwait(false), Invariant) ?? "";
    }

    private static string Script(string verb, string dir)
    {
        string script = FindScript();
        using var process = Process.Start(new ProcessStartInfo("bash", [script, verb, dir]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("bash did not start");
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"scripts/postgres.sh {verb} failed with exit code {process.ExitCode}");
    }

    private static string FindScript()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "scripts", "postgres.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("scripts/postgres.sh not found above the current directory; pass a connection string.");
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

    private static string Percentile(long[] ticks, double p) => Latencies.Percentile(ticks, p, "N0");

    private static string Micros(long ticks) => Latencies.Micros(ticks, "N0");
}
