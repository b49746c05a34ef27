using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ArabicNews.Dedup;
using ArabicNews.Quotes;
using Xunit.Abstractions;

namespace ArabicNews.Tests.Dedup;

/// <summary>
/// Quote clusters: one quote reported by several documents, after Dedup normalization, with small edits and
/// truncation allowed, is one cluster with all its sources and speakers.
/// </summary>
public class QuoteClustererTests(ITestOutputHelper output)
{
    private const string Full = "نحن مستعدون للتفاوض مع أوكرانيا لكن وفق الشروط التي وضعناها على الأرض";

    // name, the quote of document A, the quote of document B, whether they are one quote.
    public static TheoryData<string, string, string, bool> Pairs => new()
    {
        { "alef, yaa and hamza spelled differently", "إن روسيا لن تتراجع عن أهدافها في أوكرانيا", "ان روسيا لن تتراجع عن اهدافها فى اوكرانيا", true },
        { "quotation marks and diacritics", "«روسيا لن تتراجع عن أهدافها في أوكرانيا»", "“روسيَا لن تتراجعَ عن أهدافِها في أوكرانيا”", true },
        { "clitics و and بال", "وسنقف بالقوة إلى جانب الشعب الروسي", "سنقف القوة إلى جانب الشعب الروسي", true },
        { "truncated", Full, "نحن مستعدون للتفاوض مع أوكرانيا", true },
        { "truncated at the start", Full, "لكن وفق الشروط التي وضعناها على الأرض", true },
        { "one word changed", Full, "نحن جاهزون للتفاوض مع أوكرانيا لكن وفق الشروط التي وضعناها على الأرض", true },
        { "two different quotes of one speaker", "روسيا لن تتراجع عن أهدافها في أوكرانيا", "روسيا مستعدة للحوار مع الغرب بشروط واضحة", false },
        { "sharing words but saying the opposite", "كوريا الشمالية أرسلت قوات إلى روسيا", "كوريا الشمالية لم ترسل أي قوات إلى روسيا", false },
        { "shorter than the minimum of four words", "أخبار كاذبة تماما", "أخبار كاذبة تماما", false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_outlets_reporting_a_quote(string name, string a, string b, bool oneQuote)
    {
        IReadOnlyList<QuoteCluster> clusters = QuoteClusterer.Default.Cluster(
        [
            new QuoteSource("a", a, "فلاديمير بوتين", 10, a.Length),
            new QuoteSource("b", b, "بوتين", 20, b.Length),
        ]);

        if (oneQuote)
        {
            clusters.Should().ContainSingle(name);
            QuoteCluster cluster = clusters[0];
            cluster.DocumentCount.Should().Be(2);
            cluster.Members.Select(m => (m.DocumentId, m.Start, m.Length, m.Speaker))
                .Should().Equal(("a", 10, a.Length, "فلاديمير بوتين"), ("b", 20, b.Length, "بوتين"));
            cluster.Members.Should().OnlyContain(m => m.Similarity > 0 && m.Similarity <= 1);
        }
        else
        {
            clusters.Should().BeEmpty(name);
        }
    }

    [Fact]
    public void The_representative_is_the_longest_report_and_each_member_has_its_similarity_to_it()
    {
        IReadOnlyList<QuoteCluster> clusters = QuoteClusterer.Default.Cluster(
        [
            new QuoteSource("a", "نحن مستعدون للتفاوض مع أوكرانيا", null, 0, 31),
            new QuoteSource("b", Full, "بوتين", 5, Full.Length),
            new QuoteSource("c", "نحن مستعدون للتفاوض مع أوكرانيا", "الرئيس الروسي", 7, 31),
        ]);

        QuoteCluster cluster = clusters.Should().ContainSingle().Subject;
        cluster.Text.Should().Be(Full);
        cluster.Members.Select(m => m.DocumentId).Should().Equal("a", "b", "c");
        cluster.Members.Select(m => m.Speaker).Should().Equal(null, "بوتين", "الرئيس الروسي");
        cluster.Members.Select(m => m.Similarity).Should().Equal([1.0, 1.0, 1.0], "a truncation is wholly contained in the full quote");
    }

    [Fact]
    public void A_member_with_one_word_changed_has_a_similarity_below_one()
    {
        const string changed = "نحن جاهزون للتفاوض مع أوكرانيا لكن وفق الشروط التي وضعناها على الأرض";
        QuoteCluster cluster = QuoteClusterer.Default.Cluster([new("a", Full, null, 0, 1), new("b", changed, null, 0, 1)]).Single();

        cluster.Members[0].Similarity.Should().Be(1);
        cluster.Members[1].Similarity.Should().BeApproximately(9.0 / 11, 1e-9, "11 bigrams each, 9 in common: the larger of the Jaccard similarity 9/13 and the containment 9/11");
    }

    [Fact]
    public void Clusters_come_in_order_of_their_first_report()
    {
        const string second = "سنواصل دعم أوكرانيا بكل ما نملك من وسائل";
        IReadOnlyList<QuoteCluster> clusters = QuoteClusterer.Default.Cluster(
        [
            new QuoteSource("a", second, null, 0, 1),
            new QuoteSource("a", Full, null, 50, 1),
            new QuoteSource("b", Full, null, 0, 1),
            new QuoteSource("c", second, null, 0, 1),
        ]);

        clusters.Select(c => c.Text).Should().Equal(second, Full);
    }

    [Fact]
    public void A_quote_repeated_in_one_document_only_is_a_cluster_only_when_documents_need_not_differ()
    {
        QuoteSource[] quotes = [new("a", Full, "بوتين", 0, 10), new("a", Full, "بوتين", 100, 10)];

        QuoteClusterer.Default.Cluster(quotes).Should().BeEmpty();
        QuoteCluster cluster = new QuoteClusterer(new QuoteClusterOptions { RequireDifferentDocuments = false }).Cluster(quotes).Should().ContainSingle().Subject;
        cluster.DocumentCount.Should().Be(1);
        cluster.Members.Select(m => m.Start).Should().Equal(0, 100);
    }

    [Fact]
    public void A_short_quote_clusters_once_the_minimum_allows_it()
    {
        QuoteSource[] quotes = [new("a", "أخبار كاذبة", null, 0, 1), new("b", "اخبار كاذبة", null, 0, 1)];

        QuoteClusterer.Default.Cluster(quotes).Should().BeEmpty();
        new QuoteClusterer(QuoteClusterOptions.Default with { MinimumWords = 2 }).Cluster(quotes).Should().ContainSingle();
    }

    [Fact]
    public void Five_thousand_identical_quotes_are_one_cluster_quickly()
    {
        var quotes = Enumerable.Range(0, 5000).Select(i => new QuoteSource($"doc{i}", i % 2 == 0 ? Full : "«" + Full.Replace('أ', 'ا') + "»", null, 0, 1)).ToList();

        var watch = Stopwatch.StartNew();
        IReadOnlyList<QuoteCluster> clusters = QuoteClusterer.Default.Cluster(quotes);
        watch.Stop();

        QuoteCluster cluster = clusters.Should().ContainSingle().Subject;
        cluster.Members.Should().HaveCount(5000);
        cluster.DocumentCount.Should().Be(5000);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Documents_are_read_with_the_extractor_and_a_quote_nested_in_another_of_its_document_is_one_report()
    {
        const string a = "وقال الرئيس الروسي فلاديمير بوتين: «إن روسيا لن تتراجع عن أهدافها في أوكرانيا مهما كلف الأمر».";
        const string b = "وأكد بوتين أن روسيا \"لن تتراجع عن اهدافها فى اوكرانيا مهما كلف الامر\".";

        IReadOnlyList<QuoteCluster> clusters = QuoteClusterer.Default.Cluster([("a", a), ("b", b)], QuoteExtractor.Default);

        QuoteCluster cluster = clusters.Should().ContainSingle().Subject;
        cluster.Text.Should().Be("إن روسيا لن تتراجع عن أهدافها في أوكرانيا مهما كلف الأمر", "of two reports of ten words, the first one");
        cluster.Members.Select(m => m.DocumentId).Should().Equal("a", "b");
        cluster.Members.Should().OnlyContain(m => m.Speaker == "فلاديمير بوتين" || m.Speaker == "بوتين");
        // B's reported speech holds a partial quote of the same words: one report, the reported speech.
        QuoteExtractor.Default.Extract(b).Select(q => q.Kind).Should().Equal(QuoteKind.Indirect, QuoteKind.Partial);
        QuoteClusterMember fromB = cluster.Members[1];
        b.Substring(fromB.Start, fromB.Length).Should().Be("روسيا \"لن تتراجع عن اهدافها فى اوكرانيا مهما كلف الامر");
    }

    /// <summary>
    /// The five seed articles report the same event, but no quote of one is reported by another in near-same words.
    /// Checked by hand on the printed quotes: the closest are paraphrases (Putin on the North Korean troops being
    /// Russia's business, twice in 001 and again in 003; the mutual defence article in 001 and 002), well below the
    /// thresholds. Within one article, the only near-same quotes are partial quotes nested in reported speech,
    /// which are the same report and are left out.
    /// </summary>
    [Fact]
    public void The_seed_articles_share_no_quote()
    {
        var documents = Repo.SeedFiles.Select(f => (Path.GetFileName(f), Repo.ReadSeed(f))).ToArray();
        var texts = documents.ToDictionary(d => d.Item1, d => d.Item2);

        IReadOnlyList<QuoteCluster> clusters = QuoteClusterer.Default.Cluster(documents, QuoteExtractor.Default);
        IReadOnlyList<QuoteCluster> withinDocuments = new QuoteClusterer(QuoteClusterOptions.Default with { RequireDifferentDocuments = false })
            .Cluster(documents, QuoteExtractor.Default);
        foreach (QuoteCluster cluster in clusters.Concat(withinDocuments))
        {
            output.WriteLine(cluster.Text);
            foreach (QuoteClusterMember member in cluster.Members)
            {
                output.WriteLine($"  {member.DocumentId} {member.Speaker} {member.Similarity:0.00}: {texts[member.DocumentId].Substring(member.Start, member.Length)}");
            }
        }

        clusters.Should().BeEmpty();
        withinDocuments.Should().BeEmpty();
    }

    [Fact]
    public void Null_arguments_throw()
    {
        FluentActions.Invoking(() => new QuoteClusterer(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => QuoteClusterer.Default.Cluster(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => QuoteClusterer.Default.Cluster(null!, QuoteExtractor.Default)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => QuoteClusterer.Default.Cluster([("a", "نص")], null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Incomplete_quotes_and_documents_throw()
    {
        FluentActions.Invoking(() => QuoteClusterer.Default.Cluster([default(QuoteSource)])).Should().Throw<ArgumentException>().WithParameterName("quotes");
        FluentActions.Invoking(() => QuoteClusterer.Default.Cluster([("a", (string)null!)], QuoteExtractor.Default)).Should().Throw<ArgumentException>().WithParameterName("documents");
    }

    public static TheoryData<string, Func<QuoteClusterOptions>> InvalidOptions => new()
    {
        { "MinimumWords 1", () => new QuoteClusterOptions { MinimumWords = 1 } },
        { "MinimumWords 0", () => new QuoteClusterOptions { MinimumWords = 0 } },
        { "Threshold 0", () => new QuoteClusterOptions { Threshold = 0 } },
        { "Threshold 1.1", () => new QuoteClusterOptions { Threshold = 1.1 } },
        { "Threshold NaN", () => new QuoteClusterOptions { Threshold = double.NaN } },
        { "ContainmentThreshold -0.5", () => new QuoteClusterOptions { ContainmentThreshold = -0.5 } },
        { "ContainmentThreshold 2", () => new QuoteClusterOptions { ContainmentThreshold = 2 } },
        { "MaximumBigramFrequency 0", () => new QuoteClusterOptions { MaximumBigramFrequency = 0 } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_throw(string name, Func<QuoteClusterOptions> create)
    {
        create.Should().Throw<ArgumentOutOfRangeException>(name);
    }

    [Fact]
    public void The_default_options_are_documented_ones()
    {
        QuoteClusterOptions options = QuoteClusterOptions.Default;
        (options.MinimumWords, options.Threshold, options.ContainmentThreshold, options.MaximumBigramFrequency, options.RequireDifferentDocuments)
            .Should().Be((4, 0.6, 0.8, 1000, true));
    }
}
