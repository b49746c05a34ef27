using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArabicNews.Dedup;
using ArabicNews.Dedup.PostgreSql;
using Npgsql;

namespace ArabicNews.Benchmarks;

/// <summary>
/// Query latency of an index that a load run (<see cref="PostgreSqlLoadRun"/>) already filled, repeated without loading
/// again, with what else was happening: <c>dotnet run -c Release --project benchmarks/ArabicNews.Benchmarks --
/// --pg-query N connectionString [clients...]</c>. For each client count it runs the load run's 5,000 queries and
/// reports the latencies together with the client's garbage collections (count and pause time) and how often an
/// autovacuum worker or a checkpoint was seen running on the server, sampled every 20 ms.
/// </summary>
public static class PostgreSqlQueryProbe
{
    private const string Schema = PostgreSqlLoadRun.Schema;
    private const int MaxResults = PostgreSqlLoadRun.MaxResults;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Runs the probe and prints a Markdown table.</summary>
    /// <param name="n">The documents <c>doc-0</c> to <c>doc-(n-1)</c> the queries may target.</param>
    /// <param name="connectionString">The server holding the load run's schema.</param>
    /// <param name="clients">The client counts to measure.</param>
    /// <returns>A task.</returns>
    public static async Task RunAsync(int n, string connectionString, int[] clients)
    {
        DocumentSigner signer = DocumentSigner.Default;
        var store = new PostgreSqlDedupOptions { ConnectionString = connectionString, Schema = Schema };
        await using var index = new PostgreSqlNearDuplicateIndex(signer.Options, store);
        var queries = PostgreSqlLoadRun.Queries(signer, n);
        for (int q = 0; q < 500; q++)
        {
            await index.QueryAsync(queries[q].Signature, MaxResults).ConfigureAwait(false);
        }

        Console.WriteLine($"Connection: `{connectionString}`");
        Console.WriteLine();
        Console.WriteLine("| clients | p50 µs | p90 µs | p99 µs | max µs | queries/s | found | GCs (0/1/2) | GC pause ms | autovacuum seen | checkpoint seen |");
        Console.WriteLine("| --: | --: | --: | --: | --: | --: | --: | --- | --: | --: | --: |");
        foreach (int c in clients)
        {
            using var stop = new CancellationTokenSource();
            Task<(int Samples, int Vacuum, int Checkpoint)> sampler = SampleAsync(connectionString, stop.Token);
            int[] gc0 = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            TimeSpan pause0 = GC.GetTotalPauseDuration();
            (double seconds, long[] latencies, int[] found) = await PostgreSqlLoadRun.QueryAsync(index, queries, c).ConfigureAwait(false);
            TimeSpan pause = GC.GetTotalPauseDuration() - pause0;
            string gcs = string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - gc0[g]));
            await stop.CancelAsync().ConfigureAwait(false);
            (int samples, int vacuum, int checkpoint) = await sampler.ConfigureAwait(false);
            Console.WriteLine(string.Create(Invariant, $"| {c} | {P(latencies, 0.5)} | {P(latencies, 0.9)} | {P(latencies, 0.99)} | {P(latencies, 1)} | {latencies.Length / seconds:N0} | {found.Sum():N0} | {gcs} | {pause.TotalMilliseconds:N1} | {vacuum}/{samples} | {checkpoint}/{samples} |"));
        }
    }

    /// <summary>
    /// Single inserts into the same index, 5,000 new documents a round, for a server started with other settings
    /// (fsync on, say) than the load run's: <c>--pg-insert connectionString [clients...]</c>.
    /// </summary>
    /// <param name="connectionString">The server holding the load run's schema.</param>
    /// <param name="clients">The client counts to measure.</param>
    /// <returns>A task.</returns>
    public static async Task InsertAsync(string connectionString, int[] clients)
    {
        const int Inserts = PostgreSqlLoadRun.InsertsPerPhase;
        DocumentSigner signer = DocumentSigner.Default;
        var store = new PostgreSqlDedupOptions { ConnectionString = connectionString, Schema = Schema };
        await using var index = new PostgreSqlNearDuplicateIndex(signer.Options, store);
        int next = 2_000_000 + (int)await index.CountAsync().ConfigureAwait(false);
        string settings = await PostgreSqlLoadRun.ScalarAsync(connectionString, PostgreSqlLoadRun.Settings).ConfigureAwait(false);
        Console.WriteLine($"Settings: {settings}; {next - 2_000_000:N0} documents indexed before.");
        Console.WriteLine();
        Console.WriteLine("| clients | inserts | inserts/s | p50 µs | p99 µs | max µs |");
        Console.WriteLine("| --: | --: | --: | --: | --: | --: |");
        foreach (int c in clients)
        {
            IndexEntry[] entries = PostgreSqlLoadRun.Sign(signer, next, Inserts, k => SyntheticCorpus.Document(k));
            next += Inserts;
            (double seconds, long[] latencies) = await PostgreSqlLoadRun.InsertAsync(index, entries, c).ConfigureAwait(false);
            Console.WriteLine(string.Create(Invariant, $"| {c} | {Inserts:N0} | {Inserts / seconds:N0} | {P(latencies, 0.5)} | {P(latencies, 0.99)} | {P(latencies, 1)} |"));
        }
    }

    private static async Task<(int Samples, int Vacuum, int Checkpoint)> SampleAsync(string connectionString, CancellationToken token)
    {
        int samples = 0, vacuum = 0, checkpoint = 0;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "select count(*) filter (where backend_type = 'autovacuum worker' and state = 'active'), count(*) filter (where backend_type = 'checkpointer' and wait_event is distinct from 'CheckpointerMain') from pg_stat_activity",
            connection);
        while (!token.IsCancellationRequested)
        {
            await using (NpgsqlDataReader reader = await command.ExecuteReaderAsync(CancellationToken.None).ConfigureAwait(false))
            {
                await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false);
                samples++;
                vacuum += reader.GetInt64(0) > 0 ? 1 : 0;
                checkpoint += reader.GetInt64(1) > 0 ? 1 : 0;
            }

            try
            {
                await Task.Delay(20, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return (samples, vacuum, checkpoint);
    }

    private static string P(long[] ticks, double p) => Latencies.Percentile(ticks, p, "N0");
}
