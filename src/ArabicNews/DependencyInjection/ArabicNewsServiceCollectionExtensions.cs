using System;
using ArabicNews.Dates;
using ArabicNews.Dedup;
using ArabicNews.Normalization;
using ArabicNews.Numbers;
using ArabicNews.Quotes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArabicNews.DependencyInjection;

/// <summary>Registers ArabicNews in a <see cref="IServiceCollection"/>.</summary>
public static class ArabicNewsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the library's services as thread-safe singletons, each with <c>TryAdd</c> so that a
    /// registration made before this call wins. Calling this method again applies the new callback to the
    /// same <see cref="ArabicNewsOptions"/>.
    /// </summary>
    /// <remarks>
    /// Registered: <see cref="ArabicNewsOptions"/>, <see cref="ArabicNormalizer"/> (with
    /// <see cref="ArabicNewsOptions.Normalization"/>), <see cref="NumberExtractor"/> (with <see cref="ArabicNewsOptions.Numbers"/>)
    /// <see cref="DateExtractor"/> (with <see cref="ArabicNewsOptions.Dates"/>), <see cref="QuoteExtractor"/> (with
    /// <see cref="ArabicNewsOptions.Quotes"/>), and <see cref="DocumentSigner"/>, <see cref="DuplicateClusterer"/> and
    /// <see cref="INearDuplicateIndex"/> (an <see cref="InMemoryNearDuplicateIndex"/>; with <see cref="ArabicNewsOptions.Dedup"/>)
    /// and <see cref="QuoteClusterer"/> (with <see cref="ArabicNewsOptions.QuoteClusters"/>).
    /// Every service also works without a container:
    /// <c>new ArabicNormalizer(NormalizationOptions.Search)</c>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; may be null to keep the defaults.</param>
    /// <returns>A builder for companion packages' registrations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static ArabicNewsBuilder AddArabicNews(this IServiceCollection services, Action<ArabicNewsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArabicNewsOptions options = FindOptions(services) ?? new ArabicNewsOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(provider => new ArabicNormalizer(provider.GetRequiredService<ArabicNewsOptions>().Normalization));
        services.TryAddSingleton(provider => new NumberExtractor(provider.GetRequiredService<ArabicNewsOptions>().Numbers));
        services.TryAddSingleton(provider => new DateExtractor(provider.GetRequiredService<ArabicNewsOptions>().Dates));
        services.TryAddSingleton(provider => new QuoteExtractor(provider.GetRequiredService<ArabicNewsOptions>().Quotes));
        services.TryAddSingleton(provider => new DocumentSigner(provider.GetRequiredService<ArabicNewsOptions>().Dedup));
        services.TryAddSingleton(provider => new DuplicateClusterer(provider.GetRequiredService<ArabicNewsOptions>().Dedup));
        services.TryAddSingleton(provider => new QuoteClusterer(provider.GetRequiredService<ArabicNewsOptions>().QuoteClusters));
        services.TryAddSingleton<INearDuplicateIndex>(provider => new InMemoryNearDuplicateIndex(provider.GetRequiredService<ArabicNewsOptions>().Dedup));
        return new ArabicNewsBuilder(services);
    }

    private static ArabicNewsOptions? FindOptions(IServiceCollection services)
    {
        foreach (ServiceDescriptor descriptor in services)
        {
            if (descriptor.ServiceType == typeof(ArabicNewsOptions) && !descriptor.IsKeyedService
                && descriptor.ImplementationInstance is ArabicNewsOptions existing)
            {
                return existing;
            }
        }

        return null;
    }
}
