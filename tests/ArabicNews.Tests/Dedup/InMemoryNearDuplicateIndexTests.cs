using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Dedup;

namespace ArabicNews.Tests.Dedup;

/// <summary>The in-memory index: add, query (top-k and above a threshold), remove, the time window, copies.</summary>
public class InMemoryNearDuplicateIndexTests
{
    private static readonly DateTimeOffset s_day = new(2024, 11, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_variant_of_a_seed_finds_its_seed_and_no_other()
    {
        // The index compares by estimated Jaccard similarity: a variant clearly above the threshold (exact
        // similarity 0.75 or more) must find its seed; one near the threshold may or may not; none finds another
        // seed. Contained texts (a lead) are the batch clusterer's, not the index's.
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        for (int s = 0; s < Repo.SeedFiles.Count; s++)
        {
            index.Add($"seed{s}", DocumentSigner.Default.Sign(File.ReadAllText(Repo.SeedFiles[s])), s_day).Should().BeTrue();
        }

        int clearlyAbove = 0;
        for (int s = 0; s < Repo.SeedFiles.Count; s++)
        {
            string seed = File.ReadAllText(Repo.SeedFiles[s]);
            ShingleSet seedShingles = DocumentSigner.Default.Shingles(seed);
            foreach ((string name, string text) in SeedVariants.Of(seed, s))
            {
                IReadOnlyList<DuplicateMatch> matches = index.Query(DocumentSigner.Default.Sign(text), 10);
                double jaccard = DocumentSigner.Default.Shingles(text).Jaccard(seedShingles);
                matches.Select(m => m.Id).Should().BeSubsetOf([$"seed{s}"], $"the {name} variant of seed {s}");
                if (jaccard >= 0.75)
                {
                    matches.Should().ContainSingle($"the {name} variant of seed {s} has similarity {jaccard:F2}");
                    clearlyAbove++;
                }
            }
        }

        clearlyAbove.Should().BeGreaterThanOrEqualTo(30, "most variants are clearly near duplicates (measured: 38 of 50)");
    }

    [Fact]
    public void Top_k_and_threshold_queries_rank_by_similarity()
    {
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        string seed = File.ReadAllText(Repo.SeedFiles[0]);
        DocumentSignature original = DocumentSigner.Default.Sign(seed);
        index.Add("original", original, s_day);
        index.Add("copy", DocumentSigner.Default.Sign(seed + "\nاقرأ أيضا: خبر"), s_day);
        index.Add("edited", DocumentSigner.Default.Sign(seed + "\nوأضاف المتحدث أن الاجتماع سيعقد في بروكسل الأسبوع المقبل."), s_day);
        index.Add("other", DocumentSigner.Default.Sign(File.ReadAllText(Repo.SeedFiles[1])), s_day);
        index.Count.Should().Be(4);
        index.Query(original, 10).Select(m => m.Id).Should().Equal("copy", "original", "edited");
        index.Query(original, 2).Select(m => m.Id).Should().Equal("copy", "original");
        index.Query(original, 10).Take(2).Should().OnlyContain(m => m.Similarity == 1);
        index.Query(original, 10, minimumSimilarity: 1).Should().HaveCount(2);
        index.Add("copy", original, s_day).Should().BeFalse("an id is indexed once");
        index.Remove("copy").Should().BeTrue();
        index.Remove("copy").Should().BeFalse();
        index.Query(original, 10).Select(m => m.Id).Should().Equal("original", "edited");
        index.Remove("original").Should().BeTrue();
        index.Query(original, 10).Select(m => m.Id).Should().Equal("edited");
    }

    [Fact]
    public void Removing_the_first_of_many_copies_keeps_the_others_findable()
    {
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        DocumentSignature signature = DocumentSigner.Default.Sign("وقال الرئيس إن المفاوضات مستمرة بين الطرفين");
        for (int i = 0; i < 5; i++)
        {
            index.Add($"copy{i}", signature, s_day.AddMinutes(i));
        }

        index.Remove("copy0");
        index.Remove("copy3");
        index.Query(signature, 10).Select(m => m.Id).Should().BeEquivalentTo(["copy1", "copy2", "copy4"]);
        index.Remove("copy1");
        index.Remove("copy2");
        index.Remove("copy4");
        index.Query(signature, 10).Should().BeEmpty();
        index.Count.Should().Be(0);
    }

    [Fact]
    public void Thousands_of_documents_added_and_half_removed_are_found_exactly_while_present()
    {
        // Enough documents for the band buckets to grow several times, removals that re-link chains.
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        string[] words = File.ReadAllText(Repo.SeedFiles[1]).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(7);
        var signatures = new DocumentSignature[3_000];
        for (int i = 0; i < signatures.Length; i++)
        {
            string text = string.Join(' ', Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)])) + " " + i;
            signatures[i] = DocumentSigner.Default.Sign(text);
            index.Add($"doc{i}", signatures[i], s_day);
        }

        for (int i = 0; i < signatures.Length; i += 2)
        {
            index.Remove($"doc{i}").Should().BeTrue();
        }

        index.Count.Should().Be(signatures.Length / 2);
        for (int i = 0; i < signatures.Length; i++)
        {
            IReadOnlyList<DuplicateMatch> found = index.Query(signatures[i], 3);
            if (i % 2 == 0)
            {
                found.Should().NotContain(m => m.Id == $"doc{i}");
            }
            else
            {
                found.Should().ContainSingle().Which.Id.Should().Be($"doc{i}");
            }
        }
    }

    [Fact]
    public void Writers_and_readers_at_once_lose_nothing()
    {
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        string[] words = File.ReadAllText(Repo.SeedFiles[2]).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        DocumentSignature[] signatures = Enumerable.Range(0, 2_000)
            .Select(i => DocumentSigner.Default.Sign(string.Join(' ', Enumerable.Range(0, 30).Select(k => words[((i * 31) + (k * 7) + (i * k)) % words.Length])) + " " + i))
            .ToArray();
        System.Threading.Tasks.Parallel.For(0, signatures.Length, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            index.Add($"doc{i}", signatures[i], s_day);
            index.Query(signatures[(i * 7) % signatures.Length], 3);
        });

        index.Count.Should().Be(signatures.Length);
        Enumerable.Range(0, signatures.Length).Should().OnlyContain(i => index.Query(signatures[i], 1, null)[0].Similarity == 1);
    }

    [Fact]
    public void The_time_window_evicts_old_documents()
    {
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default with { Window = TimeSpan.FromDays(7) });
        DocumentSignature signature = DocumentSigner.Default.Sign("وقال الرئيس إن المفاوضات مستمرة بين الطرفين");
        index.Add("old", signature, s_day);
        index.Add("new", DocumentSigner.Default.Sign("وقال الرئيس إن المفاوضات مستمرة بين الطرفين منذ أشهر"), s_day.AddDays(10));
        index.Query(signature, 10).Select(m => m.Id).Should().NotContain("old", "it is older than the window");
        index.Count.Should().Be(1, "adding a document evicts those out of the window");
        index.EvictOlderThan(s_day.AddDays(30)).Should().Be(1);
        index.Count.Should().Be(0);
    }

    [Fact]
    public void A_stream_of_identical_documents_is_indexed_and_queried_in_linear_time()
    {
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        DocumentSignature signature = DocumentSigner.Default.Sign("وقال الرئيس إن المفاوضات مستمرة بين الطرفين");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 200_000; i++)
        {
            index.Query(signature, 5);
            index.Add($"copy{i}", signature, s_day);
        }

        index.Query(signature, 5).Should().HaveCount(5);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "copies chain off one entry (a generous bound for a shared machine)");
    }

    [Fact]
    public void Programmer_errors_are_reported()
    {
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        DocumentSignature signature = DocumentSigner.Default.Sign("نص");
        FluentActions.Invoking(() => new InMemoryNearDuplicateIndex(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => index.Add(null!, signature, s_day)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => index.Add("a", null!, s_day)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => index.Query(signature, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => index.Query(signature, 1, 1.5)).Should().Throw<ArgumentOutOfRangeException>();
        DocumentSignature other = new DocumentSigner(DedupOptions.Default with { HashCount = 64 }).Sign("نص");
        FluentActions.Invoking(() => index.Add("a", other, s_day)).Should().Throw<ArgumentException>();
    }
}
