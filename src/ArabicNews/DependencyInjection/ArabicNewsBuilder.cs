using System;
using ArabicNews.Annotations;
using Microsoft.Extensions.DependencyInjection;

namespace ArabicNews.DependencyInjection;

/// <summary>
/// Returned by <see cref="ArabicNewsServiceCollectionExtensions.AddArabicNews"/> so that companion packages
/// can add their services to the same registration, as in <c>services.AddArabicNews().AddSomething()</c>.
/// </summary>
[Immutable]
public sealed class ArabicNewsBuilder
{
    /// <summary>Creates a builder over a service collection.</summary>
    /// <param name="services">The service collection the library is registered in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public ArabicNewsBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
    }

    /// <summary>Gets the service collection the library is registered in.</summary>
    public IServiceCollection Services { get; }
}
