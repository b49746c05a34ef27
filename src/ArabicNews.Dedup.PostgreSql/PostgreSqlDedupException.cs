using System;

namespace ArabicNews.Dedup.PostgreSql;

/// <summary>
/// A <see cref="PostgreSqlNearDuplicateIndex"/> operation failed: the server could not be reached, or an error
/// persisted through the retries. Nothing of the failed operation was written (each runs in one transaction).
/// </summary>
public sealed class PostgreSqlDedupException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">What failed, as a verb phrase ("add document 'x'").</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The Npgsql error.</param>
    public PostgreSqlDedupException(string operation, string message, Exception? innerException)
        : base(message, innerException)
    {
        Operation = operation;
    }

    /// <summary>Creates the exception.</summary>
    public PostgreSqlDedupException()
        : this("use the index", "The PostgreSQL near-duplicate index failed.", null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public PostgreSqlDedupException(string message)
        : this("use the index", message, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PostgreSqlDedupException(string message, Exception innerException)
        : this("use the index", message, innerException)
    {
    }

    /// <summary>Gets what failed ("add document 'x'", "query", "create the schema").</summary>
    public string Operation { get; }
}
