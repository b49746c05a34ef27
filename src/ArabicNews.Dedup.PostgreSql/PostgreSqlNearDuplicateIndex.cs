using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ArabicNews.Annotations;
using Npgsql;
using NpgsqlTypes;

namespace ArabicNews.Dedup.PostgreSql;

/// <summary>An entry to index: the caller's id, the signature, and when the document was published.</summary>
/// <param name="Id">The caller's id of the document.</param>
/// <param name="Signature">Its signature.</param>
/// <param name="Timestamp">When it was published.</param>
[Immutable]
public readonly record struct IndexEntry(string Id, DocumentSignature Signature, DateTimeOffset Timestamp);

/// <summary>What the streaming bulk deduplication found for one entry before indexing it.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Matches">The documents already indexed (or earlier in the stream) that it duplicates, best first.</param>
[Immutable]
public readonly record struct BulkDedupResult(string Id, IReadOnlyList<DuplicateMatch> Matches);

/// <summary>
/// An <see cref="INearDuplicateIndex"/> on PostgreSQL, shared by every service instance that opens it with the same
/// connection string and schema, and kept across restarts. A document is a row of <c>documents</c> (id, content hash,
/// timestamp, the 128-byte <see cref="CompactSignature"/> and a 256-bit sketch of it); the first document of each
/// distinct content also holds the content's LSH band keys in an <c>int4[]</c> column under a GIN index, so that
/// copies of one article cost one set of keys. A query is one statement of index look-ups, in which the sketches drop
/// the candidates that cannot reach the similarity asked for; eviction is a range delete on the timestamp index.
/// Every operation runs in one transaction and is retried on transient errors. Thread-safe.
/// </summary>
[Mutable]
public sealed class PostgreSqlNearDuplicateIndex : INearDuplicateIndex, IAsyncDisposable, IDisposable
{
    private static readonly string SketchColumns = string.Join(", ", SignatureSketch.Columns);
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlDedupOptions _store;
    private readonly string _s;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    // The statements of the hot paths, built once: the index's lock taken shared, a single add, and the queries.
    private readonly string _sharedLockSql;
    private readonly string _insertSql;
    private readonly string _queryOneSql;
    private readonly string _queryManySql;

    /// <summary>Creates an index over a PostgreSQL database; the tables are created on first use.</summary>
    /// <param name="options">The dedup options: signatures must be made with them, and every instance sharing the schema must use the same shingle size, hash count, seed and banding.</param>
    /// <param name="store">The connection string, schema and retry policy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PostgreSqlNearDuplicateIndex(DedupOptions options, PostgreSqlDedupOptions store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        Options = options;
        _store = store;
        _s = store.Schema;
        _dataSource = NpgsqlDataSource.Create(Tune(store.ConnectionString));
        _sharedLockSql = $"select pg_advisory_xact_lock_shared(hashtext('{_s}'), 0)";
        _insertSql = $"""
            insert into {_s}.documents (id, content_hash, published, signature, band_keys, {SketchColumns})
            select $1, $2, $3, $4, case when exists (select 1 from {_s}.documents where content_hash = $2 and band_keys is not null) then null else $5::int4[] end, $6, $7, $8, $9
            on conflict (id) do nothing
            """;
        _queryOneSql = QuerySql(one: true);
        _queryManySql = QuerySql(one: false);
    }

    /// <inheritdoc/>
    public DedupOptions Options { get; }

    /// <summary>Gets where the index keeps its tables.</summary>
    public PostgreSqlDedupOptions Store => _store;

    /// <summary>Creates the tables when missing (otherwise done by the first operation), and checks their options.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task.</returns>
    /// <exception cref="PostgreSqlDedupException">The server failed, or the schema holds an index made with other options.</exception>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) =>
        RunAsync("create the schema", static (_, _) => Task.FromResult(0), cancellationToken);

    /// <inheritdoc/>
    /// <remarks>An add retried after its commit's reply was lost finds its own row and returns false.</remarks>
    public ValueTask<bool> AddAsync(string id, DocumentSignature signature, DateTimeOffset timestamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        Check(signature);
        byte[] compact = CompactSignature.Create(signature);
        int[]? keys = signature.IsEmpty ? null : BandKeys(compact);
        long hash = unchecked((long)signature.ContentHash);
        return new(AddOneAsync(id, hash, timestamp, compact, keys, cancellationToken));
    }

    private async Task<bool> AddOneAsync(string id, long hash, DateTimeOffset timestamp, byte[] compact, int[]? keys, CancellationToken cancellationToken)
    {
        bool added = await RunAsync($"add document '{id}'", async (connection, token) =>
        {
            // The content's lock orders this against another add or a removal of the same content: the first
            // document of a content, and only it, holds the content's band keys.
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(Command(_sharedLockSql));
            batch.BatchCommands.Add(Command("select pg_advisory_xact_lock($1)", hash));
            batch.BatchCommands.Add(Command(
                _insertSql,
                [id, hash, timestamp.UtcDateTime, compact, (object?)keys ?? DBNull.Value, .. SignatureSketch.Compute(compact).Cast<object?>()]));
            batch.BatchCommands[2].Parameters[4].NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer;
            await batch.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            return batch.BatchCommands[2].RecordsAffected == 1;
        }, cancellationToken).ConfigureAwait(false);
        if (Options.Window is { } window)
        {
            await EvictAsync("evict what left the window", $"(select max(published) from {_s}.documents) - $1::interval", window, cancellationToken).ConfigureAwait(false);
        }

        return added;
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<DuplicateMatch>> QueryAsync(DocumentSignature signature, int maxResults, double? minimumSimilarity = null, CancellationToken cancellationToken = default)
    {
        Check(signature);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResults);
        double minimum = minimumSimilarity ?? Options.Threshold;
        if (minimum is < 0 or > 1 || double.IsNaN(minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumSimilarity), minimumSimilarity, ArabicNewsMessages.MinimumSimilarity);
        }

        if (signature.IsEmpty)
        {
            return new(Array.Empty<DuplicateMatch>());
        }

        byte[] compact = CompactSignature.Create(signature);
        int[] keys = BandKeys(compact);
        return new(RunAsync<IReadOnlyList<DuplicateMatch>>("query", async (connection, token) =>
        {
            await using NpgsqlCommand command = QueryCommand(connection, [0], keys, [SignatureSketch.Compute(compact)], SignatureSketch.MaxUnequal(minimum, compact.Length), maxResults);
            var matches = new List<DuplicateMatch>();
            await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                double similarity = Score(reader, signature.ContentHash, compact);
                if (similarity >= minimum)
                {
                    matches.Add(Match(reader, similarity));
                }
            }

            return Best(matches, maxResults);
        }, cancellationToken));
    }

    /// <inheritdoc/>
    public ValueTask<bool> RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new(RunAsync($"remove document '{id}'", async (connection, token) =>
        {
            object? found;
            await using (var find = new NpgsqlCommand($"select content_hash from {_s}.documents where id = $1", connection))
            {
                find.Parameters.Add(new NpgsqlParameter { Value = id });
                found = await find.ExecuteScalarAsync(token).ConfigureAwait(false);
            }

            if (found is not long hash)
            {
                return false;
            }

            // The content's band keys pass to its newest remaining document; the lock orders this against an add.
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(Command(_sharedLockSql));
            batch.BatchCommands.Add(Command("select pg_advisory_xact_lock($1)", hash));
            batch.BatchCommands.Add(Command(DeletePassingKeys("", "id = $1", "x.id <> $1"), id));
            return await LastCountAsync(batch, token).ConfigureAwait(false) == 1;
        }, cancellationToken));
    }

    /// <inheritdoc/>
    public ValueTask<int> EvictOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        new(EvictAsync("evict old documents", "$1::timestamptz", cutoff.UtcDateTime, cancellationToken));

    /// <inheritdoc/>
    public ValueTask<int> CountAsync(CancellationToken cancellationToken = default) =>
        new(RunAsync("count documents", async (connection, token) =>
        {
            await using var command = new NpgsqlCommand($"select count(*) from {_s}.documents", connection);
            return (int)(long)(await command.ExecuteScalarAsync(token).ConfigureAwait(false))!;
        }, cancellationToken));

    /// <summary>
    /// Adds many documents in one transaction a batch, through binary COPY: the bulk load of an archive. Ids
    /// already indexed are left as they are.
    /// </summary>
    /// <param name="entries">The documents.</param>
    /// <param name="batchSize">The documents a transaction.</param>
    /// <param name="cancellationToken">Cancels the operation; the batches already committed stay.</param>
    /// <returns>How many documents were added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive.</exception>
    /// <exception cref="PostgreSqlDedupException">A batch failed through the retries (the batches before it stay).</exception>
    public async Task<int> AddRangeAsync(IEnumerable<IndexEntry> entries, int batchSize = 5_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        int added = 0;
        foreach (IndexEntry[] batch in entries.Chunk(batchSize))
        {
            added += await AddBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        await AnalyzeAfterLoadAsync(added, cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>
    /// Deduplicates a stream (a whole archive) against the index and against itself: a batch of entries is looked up
    /// in one statement, each entry is compared with the entries before it in the batch, the results are returned,
    /// and the batch is indexed with <see cref="AddRangeAsync"/>.
    /// </summary>
    /// <param name="entries">The documents, in order.</param>
    /// <param name="batchSize">The documents a round trip.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>For each entry, in order, the documents it duplicates (similarity at least <see cref="DedupOptions.Threshold"/>, at most 10).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive.</exception>
    public async IAsyncEnumerable<BulkDedupResult> DeduplicateAsync(IAsyncEnumerable<IndexEntry> entries, int batchSize = 1_000, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var batch = new List<IndexEntry>(batchSize);
        int loaded = 0;
        await foreach (IndexEntry entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(entry);
            loaded++;
            if (batch.Count == batchSize)
            {
                foreach (BulkDedupResult result in await DeduplicateBatchAsync(batch, cancellationToken).ConfigureAwait(false))
                {
                    yield return result;
                }

                batch.Clear();
            }
        }

        foreach (BulkDedupResult result in await DeduplicateBatchAsync(batch, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }

        await AnalyzeAfterLoadAsync(loaded, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _schemaGate.Dispose();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _dataSource.Dispose();
        _schemaGate.Dispose();
    }

    // Freshly copied tables have no statistics until autovacuum reaches them (about a minute later), and until then
    // the planner walked the timestamp index for each candidate: 100 to 200 ms a query. A large load analyzes them.
    private async Task AnalyzeAfterLoadAsync(int added, CancellationToken cancellationToken)
    {
        if (added < 10_000)
        {
            return;
        }

        await RunAsync("analyze the tables", async (connection, token) =>
        {
            await using var command = new NpgsqlCommand($"analyze {_s}.documents", connection);
            return await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> AddBatchAsync(IndexEntry[] batch, CancellationToken cancellationToken)
    {
        foreach (IndexEntry entry in batch)
        {
            ArgumentNullException.ThrowIfNull(entry.Id, nameof(batch));
            Check(entry.Signature);
        }

        int count = await RunAsync($"add {batch.Length} documents", async (connection, token) =>
        {
            await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(token).ConfigureAwait(false);
            await using (var create = new NpgsqlCommand(
                $"create temp table if not exists dedup_load (id text, content_hash bigint, published timestamptz, signature bytea, band_keys int4[], {string.Join(", ", SignatureSketch.Columns.Select(c => c + " bigint"))}) on commit delete rows",
                connection,
                transaction))
            {
                await create.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            }

            await using (NpgsqlBinaryImporter load = await connection.BeginBinaryImportAsync("copy dedup_load from stdin (format binary)", token).ConfigureAwait(false))
            {
                foreach (IndexEntry entry in batch)
                {
                    byte[] compact = CompactSignature.Create(entry.Signature);
                    await load.StartRowAsync(token).ConfigureAwait(false);
                    await load.WriteAsync(entry.Id, NpgsqlDbType.Text, token).ConfigureAwait(false);
                    await load.WriteAsync(unchecked((long)entry.Signature.ContentHash), NpgsqlDbType.Bigint, token).ConfigureAwait(false);
                    await load.WriteAsync(entry.Timestamp.UtcDateTime, NpgsqlDbType.TimestampTz, token).ConfigureAwait(false);
                    await load.WriteAsync(compact, NpgsqlDbType.Bytea, token).ConfigureAwait(false);
                    if (entry.Signature.IsEmpty)
                    {
                        await load.WriteNullAsync(token).ConfigureAwait(false);
                    }
                    else
                    {
                        await load.WriteAsync(BandKeys(compact), NpgsqlDbType.Array | NpgsqlDbType.Integer, token).ConfigureAwait(false);
                    }

                    foreach (long word in SignatureSketch.Compute(compact))
                    {
                        await load.WriteAsync(word, NpgsqlDbType.Bigint, token).ConfigureAwait(false);
                    }
                }

                await load.CompleteAsync(token).ConfigureAwait(false);
            }

            int added;
            await using (var merge = new NpgsqlBatch(connection, transaction))
            {
                // The index's lock alone (a load touches thousands of contents), then the rows: the first new document
                // of a content that has none with keys yet takes the keys (not one whose id is taken, which is left
                // alone and would leave its content keyless).
                merge.BatchCommands.Add(Command($"select pg_advisory_xact_lock(hashtext('{_s}'), 0)"));
                merge.BatchCommands.Add(Command($"""
                    insert into {_s}.documents (id, content_hash, published, signature, band_keys, {SketchColumns})
                    select id, content_hash, published, signature,
                        case when rn = 1 and not exists (select 1 from {_s}.documents d where d.content_hash = t.content_hash and d.band_keys is not null)
                            then band_keys end,
                        {SketchColumns}
                    from (select *, row_number() over (partition by content_hash order by id) as rn
                          from (select distinct on (id) * from dedup_load order by id) as u
                          where not exists (select 1 from {_s}.documents d where d.id = u.id)) as t
                    on conflict (id) do nothing
                    """));
                await merge.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                added = merge.BatchCommands[1].RecordsAffected;
            }

            await transaction.CommitAsync(token).ConfigureAwait(false);
            return added;
        }, cancellationToken).ConfigureAwait(false);
        if (Options.Window is { } window)
        {
            await EvictAsync("evict what left the window", $"(select max(published) from {_s}.documents) - $1::interval", window, cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    private async Task<List<BulkDedupResult>> DeduplicateBatchAsync(List<IndexEntry> entries, CancellationToken cancellationToken)
    {
        const int MaxMatches = 10;
        List<IndexEntry> batch = entries;
        var results = new List<BulkDedupResult>(batch.Count);
        if (batch.Count == 0)
        {
            return results;
        }

        foreach (IndexEntry entry in batch)
        {
            ArgumentNullException.ThrowIfNull(entry.Id, nameof(entries));
            Check(entry.Signature);
        }

        byte[][] compact = batch.Select(e => CompactSignature.Create(e.Signature)).ToArray();
        var queries = new List<int>();
        var keys = new List<int>();
        for (int q = 0; q < batch.Count; q++)
        {
            if (!batch[q].Signature.IsEmpty)
            {
                queries.Add(q);
                keys.AddRange(BandKeys(compact[q]));
            }
        }

        var found = new List<DuplicateMatch>[batch.Count];
        for (int q = 0; q < found.Length; q++)
        {
            found[q] = [];
        }

        await RunAsync("look up a batch", async (connection, token) =>
        {
            foreach (List<DuplicateMatch> list in found)
            {
                list.Clear();
            }

            await using NpgsqlCommand command = QueryCommand(
                connection, [.. queries], [.. keys], [.. queries.Select(q => SignatureSketch.Compute(compact[q]))], SignatureSketch.MaxUnequal(Options.Threshold, Options.HashCount), MaxMatches);
            await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                int q = reader.GetInt32(4);
                double similarity = Score(reader, batch[q].Signature.ContentHash, compact[q]);
                if (similarity >= Options.Threshold)
                {
                    found[q].Add(Match(reader, similarity));
                }
            }

            return 0;
        }, cancellationToken).ConfigureAwait(false);

        // Within the batch: each entry against those before it, as the index would have them.
        var local = new InMemoryNearDuplicateIndex(Options with { Window = null });
        for (int q = 0; q < batch.Count; q++)
        {
            found[q].AddRange(local.Query(batch[q].Signature, MaxMatches));
            local.Add(batch[q].Id, batch[q].Signature, batch[q].Timestamp);
            results.Add(new BulkDedupResult(batch[q].Id, Best(found[q], MaxMatches)));
        }

        await AddBatchAsync([.. batch], cancellationToken).ConfigureAwait(false);
        return results;
    }

    // The candidates of one or more queries (numbered by `queries`, each with its bands' keys in turn in `keys` and its
    // sketch in `sketches`): the contents whose first document shares a band key (the GIN index) and whose sketch
    // differs from the query's in at most `maxUnequal` positions (so could reach the similarity asked for), with that
    // document's signature (every copy of a content has the same one), then each content's newest documents inside
    // the time window, read from the index on content hash, timestamp and id alone.
    private NpgsqlCommand QueryCommand(NpgsqlConnection connection, int[] queries, int[] keys, long[][] sketches, int maxUnequal, int perContent)
    {
        bool one = queries.Length == 1 && queries[0] == 0;
        var command = new NpgsqlCommand(one ? _queryOneSql : _queryManySql, connection);
        if (one)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = keys });
            command.Parameters.Add(new NpgsqlParameter { Value = perContent });
            foreach (long word in sketches[0])
            {
                command.Parameters.Add(new NpgsqlParameter { Value = word });
            }
        }
        else
        {
            command.Parameters.Add(new NpgsqlParameter { Value = queries });
            command.Parameters.Add(new NpgsqlParameter { Value = keys });
            command.Parameters.Add(new NpgsqlParameter { Value = perContent });
            for (int w = 0; w < SignatureSketch.Words; w++)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = sketches.Select(sketch => sketch[w]).ToArray() });
            }
        }

        command.Parameters.Add(new NpgsqlParameter { Value = maxUnequal });
        if (Options.Window is { } span)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = span, NpgsqlDbType = NpgsqlDbType.Interval });
        }

        return command;
    }

    // The statement QueryCommand runs, built once an index. One query is the common case and gets the plainest
    // statement: no list of queries to unnest. A content has one keyed document, so neither statement needs a distinct.
    private string QuerySql(bool one)
    {
        string window = one ? "$8" : "$9";
        string cutoff = Options.Window is null ? "" : $"with cutoff as (select coalesce(max(published) - {window}::interval, '-infinity') as t from {_s}.documents) ";
        string documentsInWindow = Options.Window is null ? "" : "and d.published >= (select t from cutoff)";
        string candidates = one
            ? $"""
              (select content_hash, signature, 0 as n from {_s}.documents k
               where k.band_keys && $1::int4[] and {SignatureSketch.UnequalSql("k", "$3", "$4", "$5", "$6")} <= $7)
              """
            : $"""
              (select k.content_hash, k.signature, q.n
               from unnest($1::integer[], $4::int8[], $5::int8[], $6::int8[], $7::int8[]) with ordinality as q(n, s0, s1, s2, s3, i)
               cross join lateral (
                   select content_hash, signature from {_s}.documents k
                   where k.band_keys && ($2::int4[])[((q.i - 1) * {Options.Bands}) + 1:q.i * {Options.Bands}]
                     and {SignatureSketch.UnequalSql("k", "q.s0", "q.s1", "q.s2", "q.s3")} <= $8) as k)
              """;
        return $"""
            {cutoff}select d.id, d.published, c.content_hash, c.signature, c.n
            from {candidates} as c
            cross join lateral (
                select id, published from {_s}.documents d
                where d.content_hash = c.content_hash {documentsInWindow}
                order by published desc, id
                limit {(one ? "$2" : "$3")}) as d
            """;
    }

    // A range delete on the timestamp index; the band keys of a content whose first document goes pass to its newest
    // document that stays. It takes the index's lock alone, so no add sees a content's keys half moved.
    private Task<int> EvictAsync(string operation, string cutoff, object value, CancellationToken cancellationToken) =>
        RunAsync(operation, async (connection, token) =>
        {
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(Command($"select pg_advisory_xact_lock(hashtext('{_s}'), 0)"));
            batch.BatchCommands.Add(Command(
                DeletePassingKeys($"cutoff as (select {cutoff} as t), ", "published < (select t from cutoff)", "x.published >= (select t from cutoff)"),
                value));
            return (int)await LastCountAsync(batch, token).ConfigureAwait(false);
        }, cancellationToken);

    // The index sends the same few statements again and again: prepared (Npgsql's automatic preparation) they are
    // planned once a connection, where planning was most of a query's server time (0.6 of 1 ms); and JIT, which
    // the planner's estimates switch on for no gain on these look-ups, is off unless the connection string's Options
    // set it. Other Options (synchronous_commit=off, say) and a MaxAutoPrepare the caller gave stay.
    internal static string Tune(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 32;
            builder.AutoPrepareMinUsages = 2;
        }

        if (builder.Options?.Contains("jit", StringComparison.Ordinal) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : builder.Options + " -c jit=off";
        }

        // The pool is the index's own and its statements leave no session state behind (transaction-scoped locks, a
        // temporary table emptied on commit), so a connection going back to the pool need not be reset: the reset
        // is several more statements (CLOSE ALL, UNLISTEN * and the like) before each operation's first.
        builder.NoResetOnClose = true;

        return builder.ConnectionString;
    }

    private static double Score(NpgsqlDataReader reader, ulong contentHash, byte[] compact) =>
        unchecked((ulong)reader.GetInt64(2)) == contentHash ? 1 : CompactSignature.EstimateSimilarity(compact, reader.GetFieldValue<byte[]>(3));

    private static DuplicateMatch Match(NpgsqlDataReader reader, double similarity) =>
        new(reader.GetString(0), similarity, new DateTimeOffset(reader.GetFieldValue<DateTime>(1).ToUniversalTime(), TimeSpan.Zero));

    private static List<DuplicateMatch> Best(List<DuplicateMatch> matches, int maxResults)
    {
        matches.Sort(static (x, y) => x.Similarity != y.Similarity ? y.Similarity.CompareTo(x.Similarity) : string.CompareOrdinal(x.Id, y.Id));
        if (matches.Count > maxResults)
        {
            matches.RemoveRange(maxResults, matches.Count - maxResults);
        }

        return matches;
    }

    // Deletes the documents that `gone` selects; the band keys of a content whose keyed document goes pass to its
    // newest document that `stays` keeps (the statement's snapshot still sees the deleted rows); counts what went.
    private string DeletePassingKeys(string ctes, string gone, string stays) => $"""
        with {ctes}gone as (delete from {_s}.documents where {gone} returning content_hash, band_keys),
        heirs as (select distinct on (content_hash) content_hash, band_keys from gone where band_keys is not null),
        moved as (
            update {_s}.documents d set band_keys = h.band_keys from heirs h
            where d.id = (
                select x.id from {_s}.documents x where x.content_hash = h.content_hash and {stays}
                order by x.published desc, x.id limit 1)
            returning 1)
        select count(*) from gone
        """;

    // Runs a batch and reads the number its last statement selects.
    private static async Task<long> LastCountAsync(NpgsqlBatch batch, CancellationToken token)
    {
        await using NpgsqlDataReader reader = await batch.ExecuteReaderAsync(token).ConfigureAwait(false);
        for (int i = 1; i < batch.BatchCommands.Count; i++)
        {
            await reader.NextResultAsync(token).ConfigureAwait(false);
        }

        await reader.ReadAsync(token).ConfigureAwait(false);
        return reader.GetInt64(0);
    }

    private int[] BandKeys(byte[] compact)
    {
        Span<uint> keys = stackalloc uint[Options.Bands];
        CompactSignature.GetBandKeys(compact, Options.Rows, keys);
        int[] values = new int[keys.Length];
        for (int b = 0; b < keys.Length; b++)
        {
            values[b] = unchecked((int)keys[b]);
        }

        return values;
    }

    private void Check(DocumentSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.HashCount != Options.HashCount || signature.Seed != Options.Seed || signature.ShingleSize != Options.ShingleSize)
        {
            throw new ArgumentException(ArabicNewsMessages.SignatureOptions, nameof(signature));
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (object? value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    // Opens a connection (creating the schema the first time), runs the operation, and retries transient failures
    // with a doubling delay; what still fails is a PostgreSqlDedupException naming the operation.
    private async Task<T> RunAsync<T>(string operation, Func<NpgsqlConnection, CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        TimeSpan delay = _store.RetryDelay;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
                return await action(connection, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && attempt <= _store.MaxRetries && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay += delay;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
            {
                throw new PostgreSqlDedupException(operation, Messages.Failed(operation, attempt, e.Message), e);
            }
        }
    }

    private async Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_schemaReady)
            {
                await DedupSchema.EnsureAsync(connection, _s, Options, cancellationToken).ConfigureAwait(false);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    private static bool IsTransient(Exception e) => e switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        SocketException or TimeoutException => true,
        _ => false,
    };
}
