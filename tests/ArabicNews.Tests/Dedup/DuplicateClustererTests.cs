using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Dedup;
using Xunit.Abstractions;

namespace ArabicNews.Tests.Dedup;

/// <summary>
/// Clusters over the seeds and their variants (<see cref="SeedVariants"/>): every variant clusters with its
/// original, and the five seeds, all about the same event, never cluster with each other. Pairwise precision and
/// recall are printed and checked against the issue's targets.
/// </summary>
public class DuplicateClustererTests(ITestOutputHelper output)
{
    [Fact]
    public void Variants_cluster_with_their_seed_and_seeds_stay_apart()
    {
        var documents = new List<DedupDocument>();
        var family = new List<int>();
        for (int s = 0; s < Repo.SeedFiles.Count; s++)
        {
            string seed = File.ReadAllText(Repo.SeedFiles[s]);
            documents.Add(new DedupDocument($"seed{s}", seed));
            family.Add(s);
            foreach ((string name, string text) in SeedVariants.Of(seed, s))
            {
                documents.Add(new DedupDocument($"seed{s}/{name}", text));
                family.Add(s);
            }
        }

        IReadOnlyList<DuplicateCluster> clusters = DuplicateClusterer.Default.Cluster(documents);
        var clusterOf = new Dictionary<string, int>();
        for (int c = 0; c < clusters.Count; c++)
        {
            output.WriteLine($"cluster {c}: {string.Join(", ", clusters[c].Members.Select(m => $"{m.Id} {m.Kind} {m.Similarity:F2}"))}");
            foreach (ClusterMember member in clusters[c].Members)
            {
                clusterOf[member.Id] = c;
            }
        }

        int truePairs = 0, predictedPairs = 0, right = 0;
        for (int i = 0; i < documents.Count; i++)
        {
            for (int j = i + 1; j < documents.Count; j++)
            {
                bool same = family[i] == family[j];
                bool predicted = clusterOf.TryGetValue(documents[i].Id, out int a) && clusterOf.TryGetValue(documents[j].Id, out int b) && a == b;
                truePairs += same ? 1 : 0;
                predictedPairs += predicted ? 1 : 0;
                right += same && predicted ? 1 : 0;
            }
        }

        double precision = (double)right / predictedPairs, recall = (double)right / truePairs;
        output.WriteLine($"pairs: {right} right of {predictedPairs} predicted and {truePairs} true: precision {precision:F3}, recall {recall:F3}");
        recall.Should().BeGreaterThanOrEqualTo(0.98);
        precision.Should().BeGreaterThanOrEqualTo(0.99);
        clusters.Should().HaveCount(Repo.SeedFiles.Count, "each seed and its variants form one cluster");
    }

    public static TheoryData<string, string, DuplicateKind> Pairs => new()
    {
        { "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار مع الغرب بشأن الأمن الأوروبي", "قال الرئيس الروسى فلاديمير بوتين إن بلاده مستعدة للحوار مع الغرب بشأن الأمن الأوروبى", DuplicateKind.Exact },
        { "وقال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار مع الغرب بشأن الأمن الأوروبي والعالمي", "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار مع الغرب بشأن الأمن الأوروبي والعالمي", DuplicateKind.Near },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Spelling_and_clitic_variants_are_duplicates(string first, string second, DuplicateKind kind)
    {
        DuplicateCluster cluster = DuplicateClusterer.Default.Cluster([new("a", first), new("b", second)]).Should().ContainSingle().Subject;
        cluster.Members.Single(m => m.Kind != DuplicateKind.Representative).Kind.Should().Be(kind);
    }

    [Fact]
    public void Empty_short_and_identical_documents_cluster_without_blowing_up()
    {
        var documents = new List<DedupDocument> { new("empty1", ""), new("empty2", "  \n "), new("one", "كلمة"), new("one-again", "كلمة"), new("two", "كلمتان فقط") };
        const int Copies = 200_000;
        documents.AddRange(Enumerable.Range(0, Copies).Select(i => new DedupDocument($"copy{i}", "وقال الرئيس إن المفاوضات مستمرة")));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<DuplicateCluster> clusters = DuplicateClusterer.Default.Cluster(documents);
        output.WriteLine($"{documents.Count} documents clustered in {watch.ElapsedMilliseconds} ms");
        clusters.Select(c => c.Members.Count).Should().BeEquivalentTo([2, Copies], "empty documents are similar to nothing; one-word copies and the copies cluster");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "identical documents cluster in linear time (a generous bound for a shared machine)");
    }

    [Fact]
    public void Programmer_errors_are_reported()
    {
        FluentActions.Invoking(() => new DuplicateClusterer(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DuplicateClusterer.Default.Cluster(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DuplicateClusterer.Default.Cluster([new("a", null!)])).Should().Throw<ArgumentNullException>();
    }
}
