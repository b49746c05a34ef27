using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace ArabicNews.Dedup.PostgreSql;

/// <summary>
/// The index's tables, created or migrated by the package itself: versioned (<c>schema_info.version</c>),
/// idempotent, and serialized between instances by an advisory transaction lock, so that many instances
/// starting at once create them once.
/// </summary>
internal static class DedupSchema
{
    /// <summary>The schema version this package writes and reads.</summary>
    /// <remarks>Version 1 had no signature sketches; version 2 added them (<see cref="SignatureSketch"/>).</remarks>
    public const int Version = 2;

    /// <summary>The oldest PostgreSQL major version the index runs on: the sketches need <c>bit_count</c> (14).</summary>
    public const int MinimumServer = 14;

    /// <summary>
    /// Creates the tables when missing and checks that they were made with the same options. An instance that finds
    /// another creating or migrating the schema waits for it without a time limit (a migration of a large table takes
    /// minutes); the lock is held by a transaction, so it goes if that instance dies.
    /// </summary>
    public static async Task EnsureAsync(NpgsqlConnection connection, string schema, DedupOptions options, CancellationToken cancellationToken)
    {
        if (connection.PostgreSqlVersion.Major < MinimumServer)
        {
            throw new PostgreSqlDedupException("open the index", Messages.OldServer(connection.ServerVersion), null);
        }

        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand($"""
            select pg_advisory_xact_lock(hashtext('arabicnews_dedup_schema:{schema}'));
            create schema if not exists {schema};
            create table if not exists {schema}.schema_info (
                version integer not null,
                shingle_size integer not null,
                hash_count integer not null,
                seed bigint not null,
                bands integer not null,
                rows_per_band integer not null);
            """, connection, transaction) { CommandTimeout = 0 })
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        string given = Describe(options.ShingleSize, options.HashCount, unchecked((long)options.Seed), options.Bands, options.Rows);
        int? version = null;
        string stored = "";
        await using (var read = new NpgsqlCommand($"select version, shingle_size, hash_count, seed, bands, rows_per_band from {schema}.schema_info", connection, transaction))
        await using (NpgsqlDataReader reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                version = reader.GetInt32(0);
                stored = Describe(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetInt32(4), reader.GetInt32(5));
            }
        }

        if (version is { } found)
        {
            if (found > Version)
            {
                throw new PostgreSqlDedupException("open the index", Messages.NewerSchema(schema, found, Version), null);
            }

            if (stored != given)
            {
                throw new PostgreSqlDedupException("open the index", Messages.OtherOptions(schema, stored, given), null);
            }

            // Older versions migrate here, step by step, in this transaction (other instances wait on the lock).
            if (found < 2)
            {
                await using var migrate = new NpgsqlCommand($"""
                    alter table {schema}.documents {string.Join(", ", SignatureSketch.Columns.Select(c => $"add column {c} bigint"))};
                    update {schema}.documents set {string.Join(", ", SignatureSketch.Columns.Select((c, w) => $"{c} = {SignatureSketch.ComputeSql("signature", w)}"))};
                    alter table {schema}.documents {string.Join(", ", SignatureSketch.Columns.Select(c => $"alter column {c} set not null"))};
                    update {schema}.schema_info set version = 2;
                    """, connection, transaction) { CommandTimeout = 0 };
                await migrate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await using (var create = new NpgsqlCommand($"""
            create table {schema}.documents (
                id text primary key,
                content_hash bigint not null,
                published timestamptz not null,
                signature bytea not null,
                band_keys int4[],
                {string.Join(", ", SignatureSketch.Columns.Select(c => $"{c} bigint not null"))});
            create index documents_content_hash on {schema}.documents (content_hash, published desc, id);
            create index documents_published on {schema}.documents (published);
            create index documents_band_keys on {schema}.documents using gin (band_keys) with (fastupdate = off);
            insert into {schema}.schema_info values ({Version}, {options.ShingleSize}, {options.HashCount}, {unchecked((long)options.Seed)}, {options.Bands}, {options.Rows});
            """, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Describe(int shingleSize, int hashCount, long seed, int bands, int rows) =>
        string.Create(CultureInfo.InvariantCulture, $"shingles of {shingleSize}, {hashCount} hashes, seed {seed}, {bands} bands of {rows}");
}
