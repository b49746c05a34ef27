using System;
using ArabicNews.Annotations;
using ArabicNews.Dates;
using ArabicNews.Dedup;
using ArabicNews.Normalization;
using ArabicNews.Numbers;
using ArabicNews.Quotes;

namespace ArabicNews.DependencyInjection;

/// <summary>
/// The settings that <see cref="ArabicNewsServiceCollectionExtensions.AddArabicNews"/> registers the library
/// with. Set them in the callback of <c>AddArabicNews</c>; the services read them when they are first
/// resolved, and they must not change after that.
/// </summary>
[Mutable]
public sealed class ArabicNewsOptions
{
    private NormalizationOptions _normalization = NormalizationOptions.Default;
    private NumberExtractionOptions _numbers = NumberExtractionOptions.Default;
    private DateExtractionOptions _dates = DateExtractionOptions.Default;
    private QuoteExtractionOptions _quotes = QuoteExtractionOptions.Default;
    private DedupOptions _dedup = DedupOptions.Default;
    private QuoteClusterOptions _quoteClusters = QuoteClusterOptions.Default;

    /// <summary>Gets or sets the rules of the registered <see cref="ArabicNormalizer"/>. Default: <see cref="NormalizationOptions.Search"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public NormalizationOptions Normalization
    {
        get => _normalization;
        set => _normalization = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets or sets what the registered <see cref="NumberExtractor"/> reports. Default: <see cref="NumberExtractionOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public NumberExtractionOptions Numbers
    {
        get => _numbers;
        set => _numbers = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets or sets how the registered <see cref="DateExtractor"/> resolves dates. Default: <see cref="DateExtractionOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public DateExtractionOptions Dates
    {
        get => _dates;
        set => _dates = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets or sets what the registered <see cref="QuoteExtractor"/> reports. Default: <see cref="QuoteExtractionOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public QuoteExtractionOptions Quotes
    {
        get => _quotes;
        set => _quotes = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Gets or sets the options of the registered <see cref="DocumentSigner"/>, <see cref="DuplicateClusterer"/>
    /// and <see cref="INearDuplicateIndex"/> (an <see cref="InMemoryNearDuplicateIndex"/> unless another is
    /// registered first). Default: <see cref="DedupOptions.Default"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public DedupOptions Dedup
    {
        get => _dedup;
        set => _dedup = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets or sets the options of the registered <see cref="QuoteClusterer"/>. Default: <see cref="QuoteClusterOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public QuoteClusterOptions QuoteClusters
    {
        get => _quoteClusters;
        set => _quoteClusters = value ?? throw new ArgumentNullException(nameof(value));
    }
}
