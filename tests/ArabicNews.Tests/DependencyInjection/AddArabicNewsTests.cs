using System;
using ArabicNews.DependencyInjection;
using ArabicNews.Dates;
using ArabicNews.Dedup;
using ArabicNews.Normalization;
using ArabicNews.Quotes;
using ArabicNews.Numbers;
using Microsoft.Extensions.DependencyInjection;

namespace ArabicNews.Tests.DependencyInjection;

/// <summary><c>services.AddArabicNews(...)</c>.</summary>
public class AddArabicNewsTests
{
    [Fact]
    public void The_normalizer_is_a_singleton_with_the_search_profile_by_default()
    {
        using ServiceProvider provider = new ServiceCollection().AddArabicNews().Services.BuildServiceProvider();

        var normalizer = provider.GetRequiredService<ArabicNormalizer>();
        normalizer.Should().BeSameAs(provider.GetRequiredService<ArabicNormalizer>());
        normalizer.Options.Should().Be(NormalizationOptions.Search);
    }

    [Fact]
    public void The_callback_sets_the_options_and_a_second_call_configures_the_same_options()
    {
        var services = new ServiceCollection();
        services.AddArabicNews(o => o.Normalization = NormalizationOptions.Display);
        services.AddArabicNews(o => o.Normalization = o.Normalization with { FoldTaaMarbuta = true });
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<ArabicNormalizer>().Options
            .Should().Be(NormalizationOptions.Display with { FoldTaaMarbuta = true });
        services.Should().ContainSingle(d => d.ServiceType == typeof(ArabicNormalizer));
    }

    [Fact]
    public void The_number_extractor_is_registered_with_its_options()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddArabicNews(o => o.Numbers = NumberExtractionOptions.Default with { IncludeDualNouns = true })
            .Services.BuildServiceProvider();

        provider.GetRequiredService<NumberExtractor>().Options.IncludeDualNouns.Should().BeTrue();
    }

    [Fact]
    public void The_date_extractor_is_registered_with_its_options()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddArabicNews(o => o.Dates = DateExtractionOptions.Default with { Direction = DateDirection.PreferFuture })
            .Services.BuildServiceProvider();

        provider.GetRequiredService<DateExtractor>().Options.Direction.Should().Be(DateDirection.PreferFuture);
    }

    [Fact]
    public void The_quote_extractor_is_registered_with_its_options()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddArabicNews(o => o.Quotes = QuoteExtractionOptions.Default with { MinimumConfidence = 0.6 })
            .Services.BuildServiceProvider();

        provider.GetRequiredService<QuoteExtractor>().Options.MinimumConfidence.Should().Be(0.6);
    }

    [Fact]
    public void The_dedup_services_are_registered_with_their_options()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddArabicNews(o =>
            {
                o.Dedup = DedupOptions.Default with { Threshold = 0.8 };
                o.QuoteClusters = QuoteClusterOptions.Default with { MinimumWords = 6 };
            })
            .Services.BuildServiceProvider();

        provider.GetRequiredService<DocumentSigner>().Options.Threshold.Should().Be(0.8);
        provider.GetRequiredService<DuplicateClusterer>().Options.Threshold.Should().Be(0.8);
        provider.GetRequiredService<INearDuplicateIndex>().Should().BeOfType<InMemoryNearDuplicateIndex>()
            .Which.Options.Threshold.Should().Be(0.8);
        provider.GetRequiredService<QuoteClusterer>().Options.MinimumWords.Should().Be(6);
        provider.GetRequiredService<INearDuplicateIndex>().Should().BeSameAs(provider.GetRequiredService<INearDuplicateIndex>());
    }

    [Fact]
    public void A_registration_made_before_wins()
    {
        var mine = new ArabicNormalizer(NormalizationOptions.Dedup);
        var services = new ServiceCollection();
        services.AddSingleton(mine);
        services.AddArabicNews();
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<ArabicNormalizer>().Should().BeSameAs(mine);
    }

    [Fact]
    public void Programmer_errors_are_reported()
    {
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddArabicNews()).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddArabicNews(o => o.Normalization = null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddArabicNews(o => o.Numbers = null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddArabicNews(o => o.Dates = null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddArabicNews(o => o.Quotes = null!)).Should().Throw<ArgumentNullException>();
    }
}
