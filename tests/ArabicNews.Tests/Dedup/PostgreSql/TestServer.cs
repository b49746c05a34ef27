using System;
using System.Diagnostics;
using System.IO;
using ArabicNews.Dedup;
using ArabicNews.Dedup.PostgreSql;

namespace ArabicNews.Tests.Dedup.PostgreSql;

/// <summary>
/// The real PostgreSQL server that <c>scripts/test.sh</c> starts for the tests (a throwaway cluster on a free
/// loopback port): its connection string, a fresh schema for each index, and a restart.
/// </summary>
internal static class TestServer
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ARABICNEWS_TEST_POSTGRES") is { Length: > 0 } value ? value
            : throw new InvalidOperationException(
                "The PostgreSQL index's tests need a real server: run them with 'bash scripts/test.sh' (it starts a throwaway PostgreSQL cluster, installing Debian's postgresql package when missing, and sets ARABICNEWS_TEST_POSTGRES).");

    /// <summary>An empty index in a schema of its own.</summary>
    public static PostgreSqlNearDuplicateIndex CreateIndex(DedupOptions options, string? schema = null) =>
        new(options, new PostgreSqlDedupOptions { ConnectionString = ConnectionString, Schema = schema ?? NewSchema() });

    public static string NewSchema() => "test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Stops the server and starts it again on the same port and data (scripts/postgres.sh restart).</summary>
    public static void Restart()
    {
        string dir = Environment.GetEnvironmentVariable("ARABICNEWS_TEST_POSTGRES_DIR")
            ?? throw new InvalidOperationException("ARABICNEWS_TEST_POSTGRES_DIR is not set: run the tests with 'bash scripts/test.sh'.");
        var start = new ProcessStartInfo("bash", [Path.Combine(Repo.Root, "scripts", "postgres.sh"), "restart", dir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("scripts/postgres.sh restart failed: " + output);
        }
    }
}
