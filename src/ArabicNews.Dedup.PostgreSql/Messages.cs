namespace ArabicNews.Dedup.PostgreSql;

/// <summary>Every message that the package puts in an exception, in one place.</summary>
internal static class Messages
{
    public const string ConnectionString = "A connection string is required.";

    public const string Schema = "The schema is a lower-case identifier of letters, digits and underscores, not starting with a digit, of at most 63 characters.";

    public const string MaxRetries = "The number of retries is from 0 to 100.";

    public const string RetryDelay = "The retry delay is not negative.";

    public static string Failed(string operation, int attempts, string reason) =>
        $"The PostgreSQL near-duplicate index could not {operation} (after {attempts} attempt{(attempts == 1 ? "" : "s")}): {reason}";

    public static string OtherOptions(string schema, string stored, string given) =>
        $"The index in schema '{schema}' was made with other dedup options ({stored}) than these ({given}); use another schema for other options.";

    public static string NewerSchema(string schema, int version, int known) =>
        $"The index in schema '{schema}' has schema version {version}, newer than this package's {known}; upgrade the package.";

    public static string OldServer(string version) =>
        $"The PostgreSQL near-duplicate index needs PostgreSQL 14 or later (for bit_count); this server is {version}.";
}
