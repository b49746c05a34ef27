using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArabicNews.Dedup;
using ArabicNews.DependencyInjection;
using ArabicNews.Dedup.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace ArabicNews.Tests.Dedup.PostgreSql;

/// <summary>
/// The PostgreSQL index against a real server: the shared behavioural suite, then what a shared store adds:
/// many writers and readers at once, a restart, bulk loads, the schema, and failures.
/// </summary>
[Collection(nameof(PostgreSqlCollection))]
public sealed class PostgreSqlNearDuplicateIndexTests(ITestOutputHelper output) : NearDuplicateIndexContract, IAsyncLifetime
{
    private readonly List<PostgreSqlNearDuplicateIndex> _created = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (PostgreSqlNearDuplicateIndex index in _created)
        {
            await index.DisposeAsync();
        }
    }

    protected override Task<INearDuplicateIndex> CreateAsync(DedupOptions options) => Task.FromResult<INearDuplicateIndex>(Track(TestServer.CreateIndex(options)));

    [Fact]
    public async Task Eight_writers_and_readers_over_20000_articles_agree_with_the_in_memory_index()
    {
        IndexEntry[] entries = SyntheticArticles(20_000);
        PostgreSqlNearDuplicateIndex shared = Track(TestServer.CreateIndex(DedupOptions.Default));
        var local = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        foreach (IndexEntry entry in entries)
        {
            local.Add(entry.Id, entry.Signature, entry.Timestamp);
        }

        var added = new ConcurrentBag<string>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForAsync(0, entries.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
        {
            if (await shared.AddAsync(entries[i].Id, entries[i].Signature, entries[i].Timestamp, token))
            {
                added.Add(entries[i].Id);
            }

            // A reader at the same time: an article never finds itself before it is added, and never twice.
            IReadOnlyList<DuplicateMatch> matches = await shared.QueryAsync(entries[(i * 13) % entries.Length].Signature, 10, cancellationToken: token);
            matches.Select(m => m.Id).Should().OnlyHaveUniqueItems();
        });
        output.WriteLine($"20,000 adds and 20,000 queries by 8 workers in {watch.Elapsed.TotalSeconds:F1} s");

        added.Should().HaveCount(entries.Length).And.OnlyHaveUniqueItems();
        (await shared.CountAsync()).Should().Be(entries.Length);
        int differing = 0;
        foreach (IndexEntry entry in entries)
        {
            IReadOnlyList<DuplicateMatch> fromShared = await shared.QueryAsync(entry.Signature, 50);
            IReadOnlyList<DuplicateMatch> fromLocal = local.Query(entry.Signature, 50);
            fromShared.Should().Contain(m => m.Id == entry.Id && m.Similarity == 1, "every article is found");
            differing += fromShared.Select(m => (m.Id, m.Similarity)).SequenceEqual(fromLocal.Select(m => (m.Id, m.Similarity))) ? 0 : 1;
        }

        differing.Should().Be(0, "the shared index finds what the in-memory index finds, with the same similarities");

        // Below the threshold too: the database drops candidates by their sketches, and must drop none that reach
        // the similarity asked for.
        int extra = 0;
        foreach (IndexEntry entry in entries.Where((_, i) => i % 20 == 0))
        {
            IReadOnlyList<DuplicateMatch> fromShared = await shared.QueryAsync(entry.Signature, 50, minimumSimilarity: 0.2);
            IReadOnlyList<DuplicateMatch> fromLocal = local.Query(entry.Signature, 50, minimumSimilarity: 0.2);
            fromShared.Select(m => (m.Id, m.Similarity)).Should().Equal(fromLocal.Select(m => (m.Id, m.Similarity)));
            extra += fromLocal.Count - local.Query(entry.Signature, 50).Count;
        }

        extra.Should().BeGreaterThan(0, "a lower minimum finds candidates the threshold leaves out");
        await using NpgsqlConnection connection = await OpenAsync();
        (await ScalarAsync(connection, $"select count(*) - count(distinct id) from {Schema(shared)}.documents")).Should().Be(0);
        (await ScalarAsync(connection, $"select count(*) from (select content_hash from {Schema(shared)}.documents where band_keys is not null group by 1 having count(*) > 1) as x"))
            .Should().Be(0, "one document of each content holds its band keys");
        (await ScalarAsync(connection, $"select count(distinct content_hash) - count(*) filter (where band_keys is not null) from {Schema(shared)}.documents"))
            .Should().Be(0, "every content has its band keys");
    }

    [Fact]
    public async Task Adds_made_at_once_keep_every_rule()
    {
        // 64 articles, each added under two ids and each id added twice, by 32 callers at once: 256 adds.
        IndexEntry[] articles = SyntheticArticles(64);
        var adds = articles.SelectMany((a, i) => new[] { $"a{i}", $"b{i}", $"a{i}", $"b{i}" }.Select(id => (Id: id, a.Signature))).ToArray();
        new Random(7).Shuffle(adds);
        PostgreSqlNearDuplicateIndex index = Track(TestServer.CreateIndex(DedupOptions.Default));
        bool[] added = new bool[adds.Length];
        await Parallel.ForAsync(0, adds.Length, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, token) =>
            added[i] = await index.AddAsync(adds[i].Id, adds[i].Signature, Day, token));

        adds.Where((_, i) => added[i]).Select(a => a.Id).Should().OnlyHaveUniqueItems().And.HaveCount(128, "each id is added once");
        (await index.CountAsync()).Should().Be(128);
        await using NpgsqlConnection connection = await OpenAsync();
        (await ScalarAsync(connection, $"select count(*) from {Schema(index)}.documents where band_keys is not null")).Should().Be(64, "one document of each content holds its keys");
        for (int i = 0; i < articles.Length; i++)
        {
            (await index.QueryAsync(articles[i].Signature, 10)).Where(m => m.Similarity == 1).Select(m => m.Id).Should().BeEquivalentTo([$"a{i}", $"b{i}"]);
        }

        // A cancelled add is refused before it reaches the server.
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await FluentActions.Awaiting(() => index.AddAsync("late", articles[0].Signature, Day, cancelled.Token).AsTask()).Should().ThrowAsync<OperationCanceledException>();
        (await index.CountAsync()).Should().Be(128);
    }

    [Fact]
    public async Task Nothing_is_lost_across_a_server_restart()
    {
        string schema = TestServer.NewSchema();
        IndexEntry[] entries = SyntheticArticles(500);
        await using (PostgreSqlNearDuplicateIndex before = TestServer.CreateIndex(DedupOptions.Default, schema))
        {
            (await before.AddRangeAsync(entries)).Should().Be(entries.Length);
        }

        TestServer.Restart();
        await using PostgreSqlNearDuplicateIndex after = TestServer.CreateIndex(DedupOptions.Default, schema);
        (await after.CountAsync()).Should().Be(entries.Length);
        foreach (IndexEntry entry in entries.Take(100))
        {
            (await after.QueryAsync(entry.Signature, 1)).Should().ContainSingle().Which.Id.Should().Be(entry.Id);
        }
    }

    [Fact]
    public async Task Bulk_loads_and_the_streaming_deduplication_find_what_one_by_one_finds()
    {
        IndexEntry[] entries = SyntheticArticles(3_000);
        PostgreSqlNearDuplicateIndex bulk = Track(TestServer.CreateIndex(DedupOptions.Default));
        var results = new List<BulkDedupResult>();
        await foreach (BulkDedupResult result in bulk.DeduplicateAsync(entries.ToAsyncEnumerable(), batchSize: 700))
        {
            results.Add(result);
        }

        // One by one, in order: each entry is looked up, then added.
        var oneByOne = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        for (int i = 0; i < entries.Length; i++)
        {
            IReadOnlyList<DuplicateMatch> expected = oneByOne.Query(entries[i].Signature, 10);
            results[i].Id.Should().Be(entries[i].Id);
            results[i].Matches.Select(m => m.Id).Should().BeEquivalentTo(expected.Select(m => m.Id), $"entry {i}");
            oneByOne.Add(entries[i].Id, entries[i].Signature, entries[i].Timestamp);
        }

        results.Count(r => r.Matches.Count > 0).Should().BeGreaterThan(200, "a tenth of the synthetic articles are near duplicates of the one before");
        (await bulk.CountAsync()).Should().Be(entries.Length);
        (await bulk.AddRangeAsync(entries.Take(10))).Should().Be(0, "ids already indexed are left alone");

        // A batch whose only document with words is not its first still reports each entry's own matches.
        IndexEntry[] tail = [new("empty", DocumentSigner.Default.Sign(""), Day), new("copy-of-5", entries[5].Signature, Day)];
        var tailResults = new List<BulkDedupResult>();
        await foreach (BulkDedupResult result in bulk.DeduplicateAsync(tail.ToAsyncEnumerable(), batchSize: 2))
        {
            tailResults.Add(result);
        }

        // A batch whose first copy of a new text carries an id already taken (by another text): the next copy, under
        // a new id, takes the keys, and the text is found.
        DocumentSignature fresh = SyntheticArticles(3_001)[^1].Signature;
        (await bulk.AddRangeAsync([new IndexEntry(entries[0].Id, fresh, Day), new IndexEntry("zz-fresh", fresh, Day)])).Should().Be(1);
        (await bulk.QueryAsync(fresh, 10)).Select(m => m.Id).Should().Equal("zz-fresh");
        (await bulk.QueryAsync(entries[0].Signature, 10)).Should().Contain(m => m.Id == entries[0].Id && m.Similarity == 1, "the id taken keeps its own text");

        tailResults.Select(r => r.Id).Should().Equal("empty", "copy-of-5");
        tailResults[0].Matches.Should().BeEmpty();
        tailResults[1].Matches.Should().Contain(m => m.Id == entries[5].Id && m.Similarity == 1);
    }

    [Fact]
    public async Task Many_instances_opening_one_schema_at_once_create_it_once()
    {
        string schema = TestServer.NewSchema();
        PostgreSqlNearDuplicateIndex[] instances = Enumerable.Range(0, 8).Select(_ => Track(TestServer.CreateIndex(DedupOptions.Default, schema))).ToArray();
        await Task.WhenAll(instances.Select(i => i.EnsureSchemaAsync()));
        await using NpgsqlConnection connection = await OpenAsync();
        (await ScalarAsync(connection, $"select count(*) from {schema}.schema_info")).Should().Be(1);
        (await ScalarAsync(connection, $"select version from {schema}.schema_info")).Should().Be(DedupSchema.Version);
    }

    [Fact]
    public async Task A_version_1_schema_is_migrated_and_its_documents_found_as_before()
    {
        // Version 1's tables, as its package created them, with documents as it stored them.
        string schema = TestServer.NewSchema();
        IndexEntry[] entries = SyntheticArticles(300);
        DedupOptions options = DedupOptions.Default;
        await using (NpgsqlConnection v1 = await OpenAsync())
        {
            await using (var create = new NpgsqlCommand($"""
                create schema {schema};
                create table {schema}.schema_info (version integer not null, shingle_size integer not null, hash_count integer not null, seed bigint not null, bands integer not null, rows_per_band integer not null);
                insert into {schema}.schema_info values (1, {options.ShingleSize}, {options.HashCount}, {unchecked((long)options.Seed)}, {options.Bands}, {options.Rows});
                create table {schema}.documents (id text primary key, content_hash bigint not null, published timestamptz not null, signature bytea not null, band_keys int4[]);
                create index documents_content_hash on {schema}.documents (content_hash, published desc, id);
                create index documents_published on {schema}.documents (published);
                create index documents_band_keys on {schema}.documents using gin (band_keys) with (fastupdate = off);
                """, v1))
            {
                await create.ExecuteNonQueryAsync();
            }

            foreach (IndexEntry entry in entries)
            {
                byte[] compact = CompactSignature.Create(entry.Signature);
                var keys = new uint[options.Bands];
                CompactSignature.GetBandKeys(compact, options.Rows, keys);
                await using var insert = new NpgsqlCommand($"insert into {schema}.documents values ($1, $2, $3, $4, $5)", v1)
                {
                    Parameters =
                    {
                        new() { Value = entry.Id },
                        new() { Value = unchecked((long)entry.Signature.ContentHash) },
                        new() { Value = entry.Timestamp.UtcDateTime },
                        new() { Value = compact },
                        new() { Value = keys.Select(k => unchecked((int)k)).ToArray() },
                    },
                };
                await insert.ExecuteNonQueryAsync();
            }
        }

        PostgreSqlNearDuplicateIndex index = Track(TestServer.CreateIndex(options, schema));
        var local = new InMemoryNearDuplicateIndex(options);
        foreach (IndexEntry entry in entries)
        {
            local.Add(entry.Id, entry.Signature, entry.Timestamp);
        }

        await index.EnsureSchemaAsync();
        await using NpgsqlConnection connection = await OpenAsync();
        (await ScalarAsync(connection, $"select version from {schema}.schema_info")).Should().Be(2);
        foreach (IndexEntry entry in entries)
        {
            // The sketches the migration computed in SQL are those the package computes for new documents.
            await using var read = new NpgsqlCommand($"select sketch0, sketch1, sketch2, sketch3 from {schema}.documents where id = $1", connection) { Parameters = { new() { Value = entry.Id } } };
            await using NpgsqlDataReader reader = await read.ExecuteReaderAsync();
            (await reader.ReadAsync()).Should().BeTrue();
            new[] { reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3) }
                .Should().Equal(SignatureSketch.Compute(CompactSignature.Create(entry.Signature)), "for {0}", entry.Id);
        }

        foreach (IndexEntry entry in entries.Where((_, i) => i % 5 == 0))
        {
            (await index.QueryAsync(entry.Signature, 10)).Select(m => (m.Id, m.Similarity))
                .Should().Equal(local.Query(entry.Signature, 10).Select(m => (m.Id, m.Similarity)));
        }

        (await index.AddAsync("new", entries[0].Signature, Day)).Should().BeTrue("a migrated index takes new documents");
        (await index.QueryAsync(entries[0].Signature, 10)).Select(m => m.Id).Should().Contain(["new", entries[0].Id]);
    }

    [Fact]
    public async Task A_schema_made_with_other_options_is_refused_with_a_clear_error()
    {
        string schema = TestServer.NewSchema();
        await Track(TestServer.CreateIndex(DedupOptions.Default, schema)).EnsureSchemaAsync();
        PostgreSqlNearDuplicateIndex other = Track(TestServer.CreateIndex(DedupOptions.Default with { Threshold = 0.9 }, schema));
        (await FluentActions.Awaiting(() => other.EnsureSchemaAsync()).Should().ThrowAsync<PostgreSqlDedupException>())
            .Which.Message.Should().Contain("other dedup options");
    }

    [Fact]
    public async Task An_unreachable_server_is_a_clear_error_naming_the_operation()
    {
        await using var index = new PostgreSqlNearDuplicateIndex(DedupOptions.Default, new PostgreSqlDedupOptions
        {
            ConnectionString = "Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=2",
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(10),
        });
        PostgreSqlDedupException error = (await FluentActions.Awaiting(() => index.AddAsync("a", DocumentSigner.Default.Sign("نص قصير"), Day).AsTask())
            .Should().ThrowAsync<PostgreSqlDedupException>()).Which;
        error.Operation.Should().Be("add document 'a'");
        error.Message.Should().Contain("after 2 attempts");
        error.InnerException.Should().BeAssignableTo<NpgsqlException>();
    }

    [Theory]
    [InlineData("Host=db;Username=news", 32, "-c jit=off")]
    [InlineData("Host=db;Username=news;Options=-c synchronous_commit=off", 32, "-c synchronous_commit=off -c jit=off")]
    [InlineData("Host=db;Username=news;Options=-c jit=on;Max Auto Prepare=5", 5, "-c jit=on")]
    public void The_index_tunes_its_own_pool_and_keeps_what_the_caller_set(string given, int autoPrepare, string options)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlNearDuplicateIndex.Tune(given));
        tuned.Host.Should().Be("db");
        tuned.MaxAutoPrepare.Should().Be(autoPrepare);
        tuned.Options.Should().Be(options);
        tuned.NoResetOnClose.Should().BeTrue("the index's statements leave no session state to reset");
    }

    [Fact]
    public void Invalid_store_options_are_programmer_errors()
    {
        FluentActions.Invoking(() => new PostgreSqlDedupOptions { ConnectionString = " " }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new PostgreSqlDedupOptions { ConnectionString = "Host=x", Schema = "Bad-Name" }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new PostgreSqlDedupOptions { ConnectionString = "Host=x", MaxRetries = -1 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new PostgreSqlNearDuplicateIndex(DedupOptions.Default, null!)).Should().Throw<ArgumentNullException>();
    }

    /// <summary>
    /// Articles built from the seeds' sentences: eight sentences drawn at random and a number of their own, and
    /// every tenth a near duplicate of the one before (a sentence dropped). Deterministic.
    /// </summary>
    internal static IndexEntry[] SyntheticArticles(int count)
    {
        string[] sentences = Repo.SeedFiles.SelectMany(f => File.ReadAllText(f).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim()).Where(s => s.Split(' ').Length >= 6).Distinct().ToArray();
        var random = new Random(2024);
        var entries = new IndexEntry[count];
        string previous = "";
        for (int i = 0; i < count; i++)
        {
            string text = i % 10 == 9
                ? string.Join(". ", previous.Split(". ").Skip(1))
                : string.Join(". ", Enumerable.Range(0, 8).Select(_ => sentences[random.Next(sentences.Length)])) + ". رقم " + i;
            previous = text;
            entries[i] = new IndexEntry($"article-{i}", DocumentSigner.Default.Sign(text), Day.AddMinutes(i));
        }

        return entries;
    }

    private PostgreSqlNearDuplicateIndex Track(PostgreSqlNearDuplicateIndex index)
    {
        lock (_created)
        {
            _created.Add(index);
        }

        return index;
    }

    private static string Schema(PostgreSqlNearDuplicateIndex index) => index.Store.Schema;

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(TestServer.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}

/// <summary>The PostgreSQL tests run one class at a time (the restart test stops the server).</summary>
[CollectionDefinition(nameof(PostgreSqlCollection), DisableParallelization = true)]
public sealed class PostgreSqlCollection;

/// <summary>The registration of the PostgreSQL index.</summary>
public class PostgreSqlRegistrationTests
{
    [Fact]
    public async Task AddPostgreSqlDedupIndex_replaces_the_in_memory_index()
    {
        await using ServiceProvider provider = new ServiceCollection()
            .AddArabicNews(o => o.Dedup = DedupOptions.Default with { Threshold = 0.8 })
            .AddPostgreSqlDedupIndex("Host=127.0.0.1;Username=postgres", store => store with { Schema = "news", MaxRetries = 5 })
            .Services.BuildServiceProvider();
        var index = provider.GetRequiredService<INearDuplicateIndex>().Should().BeOfType<PostgreSqlNearDuplicateIndex>().Subject;
        index.Options.Threshold.Should().Be(0.8);
        index.Store.Schema.Should().Be("news");
        index.Store.MaxRetries.Should().Be(5);
    }
}
