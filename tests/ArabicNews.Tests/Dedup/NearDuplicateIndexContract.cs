using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArabicNews.Dedup;

namespace ArabicNews.Tests.Dedup;

/// <summary>
/// What every <see cref="INearDuplicateIndex"/> does, through its interface: one suite, run against each
/// implementation by a subclass that says how to create an empty index.
/// </summary>
public abstract class NearDuplicateIndexContract
{
    protected static readonly DateTimeOffset Day = new(2024, 11, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creates an empty index with <paramref name="options"/>.</summary>
    protected abstract Task<INearDuplicateIndex> CreateAsync(DedupOptions options);

    /// <summary>Documents of 40 words drawn from a seed's words, distinct by their last word, deterministic.</summary>
    protected static DocumentSignature[] SyntheticSignatures(int count, int seed)
    {
        string[] words = File.ReadAllText(Repo.SeedFiles[seed % Repo.SeedFiles.Count]).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => DocumentSigner.Default.Sign(string.Join(' ', Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)])) + " " + i))
            .ToArray();
    }

    [Fact]
    public async Task Each_variant_of_a_seed_finds_its_seed_and_no_other()
    {
        // The index compares by estimated Jaccard similarity: a variant clearly above the threshold (exact
        // similarity 0.75 or more) must find its seed; one near the threshold may or may not; none finds another
        // seed. Contained texts (a lead) are the batch clusterer's, not the index's.
        INearDuplicateIndex index = await CreateAsync(DedupOptions.Default);
        for (int s = 0; s < Repo.SeedFiles.Count; s++)
        {
            (await index.AddAsync($"seed{s}", DocumentSigner.Default.Sign(File.ReadAllText(Repo.SeedFiles[s])), Day)).Should().BeTrue();
        }

        int clearlyAbove = 0;
        for (int s = 0; s < Repo.SeedFiles.Count; s++)
        {
            string seed = File.ReadAllText(Repo.SeedFiles[s]);
            ShingleSet seedShingles = DocumentSigner.Default.Shingles(seed);
            foreach ((string name, string text) in SeedVariants.Of(seed, s))
            {
                IReadOnlyList<DuplicateMatch> matches = await index.QueryAsync(DocumentSigner.Default.Sign(text), 10);
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
    public async Task Top_k_and_threshold_queries_rank_by_similarity()
    {
        INearDuplicateIndex index = await CreateAsync(DedupOptions.Default);
        string seed = File.ReadAllText(Repo.SeedFiles[0]);
        DocumentSignature original = DocumentSigner.Default.Sign(seed);
        await index.AddAsync("original", original, Day);
        await index.AddAsync("copy", DocumentSigner.Default.Sign(seed + "\nاقرأ أيضا: خبر"), Day.AddHours(1));
        await index.AddAsync("edited", DocumentSigner.Default.Sign(seed + "\nوأضاف المتحدث أن الاجتماع سيعقد في بروكسل الأسبوع المقبل."), Day);
        await index.AddAsync("other", DocumentSigner.Default.Sign(File.ReadAllText(Repo.SeedFiles[1])), Day);
        (await index.CountAsync()).Should().Be(4);
        (await index.QueryAsync(original, 10)).Select(m => m.Id).Should().Equal("copy", "original", "edited");
        (await index.QueryAsync(original, 2)).Select(m => m.Id).Should().Equal("copy", "original");
        (await index.QueryAsync(original, 10)).Take(2).Should().OnlyContain(m => m.Similarity == 1);
        (await index.QueryAsync(original, 10)).First().Timestamp.Should().Be(Day.AddHours(1));
        (await index.QueryAsync(original, 10, minimumSimilarity: 1)).Should().HaveCount(2);
        (await index.AddAsync("copy", original, Day)).Should().BeFalse("an id is indexed once");
        (await index.RemoveAsync("copy")).Should().BeTrue();
        (await index.RemoveAsync("copy")).Should().BeFalse();
        (await index.QueryAsync(original, 10)).Select(m => m.Id).Should().Equal("original", "edited");
        (await index.RemoveAsync("original")).Should().BeTrue();
        (await index.QueryAsync(original, 10)).Select(m => m.Id).Should().Equal("edited");
    }

    [Fact]
    public async Task Removing_the_first_of_many_copies_keeps_the_others_findable()
    {
        INearDuplicateIndex index = await CreateAsync(DedupOptions.Default);
        DocumentSignature signature = DocumentSigner.Default.Sign("وقال الرئيس إن المفاوضات مستمرة بين الطرفين");
        for (int i = 0; i < 5; i++)
        {
            await index.AddAsync($"copy{i}", signature, Day.AddMinutes(i));
        }

        await index.RemoveAsync("copy0");
        await index.RemoveAsync("copy3");
        (await index.QueryAsync(signature, 10)).Select(m => m.Id).Should().BeEquivalentTo(["copy1", "copy2", "copy4"]);
        await index.RemoveAsync("copy1");
        await index.RemoveAsync("copy2");
        await index.RemoveAsync("copy4");
        (await index.QueryAsync(signature, 10)).Should().BeEmpty();
        (await index.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Thousands_of_documents_added_and_half_removed_are_found_exactly_while_present()
    {
        INearDuplicateIndex index = await CreateAsync(DedupOptions.Default);
        DocumentSignature[] signatures = SyntheticSignatures(3_000, 1);
        for (int i = 0; i < signatures.Length; i++)
        {
            await index.AddAsync($"doc{i}", signatures[i], Day);
        }

        for (int i = 0; i < signatures.Length; i += 2)
        {
            (await index.RemoveAsync($"doc{i}")).Should().BeTrue();
        }

        (await index.CountAsync()).Should().Be(signatures.Length / 2);
        for (int i = 0; i < signatures.Length; i++)
        {
            IReadOnlyList<DuplicateMatch> found = await index.QueryAsync(signatures[i], 3);
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
    public async Task Writers_and_readers_at_once_lose_nothing()
    {
        INearDuplicateIndex index = await CreateAsync(DedupOptions.Default);
        DocumentSignature[] signatures = SyntheticSignatures(2_000, 2);
        await Parallel.ForAsync(0, signatures.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
        {
            (await index.AddAsync($"doc{i}", signatures[i], Day, token)).Should().BeTrue();
            await index.QueryAsync(signatures[(i * 7) % signatures.Length], 3, cancellationToken: token);
        });

        (await index.CountAsync()).Should().Be(signatures.Length);
        for (int i = 0; i < signatures.Length; i++)
        {
            (await index.QueryAsync(signatures[i], 1)).Should().ContainSingle().Which.Should().Be(new DuplicateMatch($"doc{i}", 1, Day));
        }
    }

    [Fact]
    public async Task The_same_document_added_at_once_by_many_writers_is_indexed_once()
    {
        INearDuplicateIndex index = await CreateAsync(DedupOptions.Default);
        DocumentSignature signature = DocumentSigner.Default.Sign(File.ReadAllText(Repo.SeedFiles[3]));
        bool[] added = new bool[16];
        await Parallel.ForAsync(0, added.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            added[i] = await index.AddAsync("same-article", signature, Day, token));
        added.Count(a => a).Should().Be(1);
        (await index.CountAsync()).Should().Be(1);
        (await index.QueryAsync(signature, 10)).Should().ContainSingle();
    }

    [Fact]
    public async Task The_time_window_evicts_old_documents()
    {
        INearDuplicateIndex index = await CreateAsync(DedupOptions.Default with { Window = TimeSpan.FromDays(7) });
        DocumentSignature signature = DocumentSigner.Default.Sign("وقال الرئيس إن المفاوضات مستمرة بين الطرفين");
        await index.AddAsync("old", signature, Day);
        await index.AddAsync("new", DocumentSigner.Default.Sign("وقال الرئيس إن المفاوضات مستمرة بين الطرفين منذ أشهر"), Day.AddDays(10));
        (await index.QueryAsync(signature, 10)).Select(m => m.Id).Should().NotContain("old", "it is older than the window");
        (await index.CountAsync()).Should().Be(1, "adding a document evicts those out of the window");
        (await index.EvictOlderThanAsync(Day.AddDays(30))).Should().Be(1);
        (await index.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Evicting_the_first_copy_of_an_article_keeps_its_later_copies_findable()
    {
        INearDuplicateIndex index = await CreateAsync(DedupOptions.Default);
        DocumentSignature signature = DocumentSigner.Default.Sign(File.ReadAllText(Repo.SeedFiles[2]));
        await index.AddAsync("first", signature, Day);
        await index.AddAsync("second", signature, Day.AddDays(5));
        await index.AddAsync("third", signature, Day.AddDays(9));
        (await index.EvictOlderThanAsync(Day.AddDays(1))).Should().Be(1);
        (await index.QueryAsync(signature, 10)).Select(m => m.Id).Should().Equal("second", "third");
        (await index.EvictOlderThanAsync(Day.AddDays(6))).Should().Be(1);
        (await index.QueryAsync(signature, 10)).Select(m => m.Id).Should().Equal("third");
    }

    [Fact]
    public async Task Empty_documents_are_indexed_but_match_nothing()
    {
        INearDuplicateIndex index = await CreateAsync(DedupOptions.Default);
        DocumentSignature empty = DocumentSigner.Default.Sign("");
        (await index.AddAsync("empty", empty, Day)).Should().BeTrue();
        (await index.AddAsync("empty-too", empty, Day)).Should().BeTrue();
        (await index.QueryAsync(empty, 10, 0)).Should().BeEmpty();
        (await index.CountAsync()).Should().Be(2);
    }

    [Fact]
    public async Task Programmer_errors_are_reported()
    {
        INearDuplicateIndex index = await CreateAsync(DedupOptions.Default);
        DocumentSignature signature = DocumentSigner.Default.Sign("نص");
        await FluentActions.Awaiting(() => index.AddAsync(null!, signature, Day).AsTask()).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => index.AddAsync("a", null!, Day).AsTask()).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => index.QueryAsync(signature, 0).AsTask()).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => index.QueryAsync(signature, 1, 1.5).AsTask()).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => index.RemoveAsync(null!).AsTask()).Should().ThrowAsync<ArgumentNullException>();
        DocumentSignature other = new DocumentSigner(DedupOptions.Default with { HashCount = 64 }).Sign("نص");
        await FluentActions.Awaiting(() => index.AddAsync("a", other, Day).AsTask()).Should().ThrowAsync<ArgumentException>();
    }
}
