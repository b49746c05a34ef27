using System;
using ArabicNews.Annotations;

namespace ArabicNews.Dedup.PostgreSql;

/// <summary>Where and how a <see cref="PostgreSqlNearDuplicateIndex"/> keeps its tables. Immutable: derive a variant with <c>with</c>.</summary>
[Immutable]
public sealed record PostgreSqlDedupOptions
{
    private readonly string _connectionString = "";
    private readonly string _schema = "arabicnews_dedup";
    private readonly int _maxRetries = 3;
    private readonly TimeSpan _retryDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>Gets the Npgsql connection string ("Host=…;Username=…;Password=…;Database=…").</summary>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public required string ConnectionString
    {
        get => _connectionString;
        init => _connectionString = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException(Messages.ConnectionString, nameof(value)) : value;
    }

    /// <summary>
    /// Gets the schema that holds the index's tables, created when missing: a lower-case identifier of letters,
    /// digits and underscores. Several indexes (with different options) live in different schemas. Default: "arabicnews_dedup".
    /// </summary>
    /// <exception cref="ArgumentException">The value is not such an identifier.</exception>
    public string Schema
    {
        get => _schema;
        init => _schema = IsIdentifier(value) ? value : throw new ArgumentException(Messages.Schema, nameof(value));
    }

    /// <summary>Gets how many times an operation that failed with a transient error (a dropped connection, a serialization failure, a deadlock) is retried. Default: 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above 100.</exception>
    public int MaxRetries
    {
        get => _maxRetries;
        init => _maxRetries = value is >= 0 and <= 100 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.MaxRetries);
    }

    /// <summary>Gets the delay before the first retry; each further retry waits twice as long. Default: 100 ms.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan RetryDelay
    {
        get => _retryDelay;
        init => _retryDelay = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.RetryDelay);
    }

    private static bool IsIdentifier(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 63 || char.IsAsciiDigit(value[0]))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
