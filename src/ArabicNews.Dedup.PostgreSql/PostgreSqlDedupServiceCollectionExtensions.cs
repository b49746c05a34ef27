using System;
using ArabicNews.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArabicNews.Dedup.PostgreSql;

/// <summary>Registers the PostgreSQL near-duplicate index with <c>services.AddArabicNews(…).AddPostgreSqlDedupIndex(…)</c>.</summary>
public static class PostgreSqlDedupServiceCollectionExtensions
{
    /// <summary>
    /// Makes the registered <see cref="INearDuplicateIndex"/> a <see cref="PostgreSqlNearDuplicateIndex"/> (a singleton,
    /// with <see cref="ArabicNewsOptions.Dedup"/>), replacing the in-memory default.
    /// </summary>
    /// <param name="builder">The builder <c>AddArabicNews</c> returned.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Derives the store options from the defaults (schema, retries), or null.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null or empty.</exception>
    public static ArabicNewsBuilder AddPostgreSqlDedupIndex(this ArabicNewsBuilder builder, string connectionString, Func<PostgreSqlDedupOptions, PostgreSqlDedupOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var store = new PostgreSqlDedupOptions { ConnectionString = connectionString };
        store = configure?.Invoke(store) ?? store;
        builder.Services.Replace(ServiceDescriptor.Singleton<INearDuplicateIndex>(
            provider => new PostgreSqlNearDuplicateIndex(provider.GetRequiredService<ArabicNewsOptions>().Dedup, store)));
        return builder;
    }
}
