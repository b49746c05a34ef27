using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArabicNews.Tests.Dedup;

namespace ArabicNews.Tests.Cli;

/// <summary><c>arabic-news dedup</c> over the seeds and variants of them written to a temporary directory.</summary>
public sealed class DedupCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("arabic-news-dedup-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Clusters_of_variants_are_printed_with_their_representative_and_similarities()
    {
        string seed = File.ReadAllText(Repo.SeedFiles[0]);
        File.WriteAllText(Path.Combine(_dir, "a.txt"), seed);
        foreach ((string name, string text) in SeedVariants.Of(seed, 0).Take(3))
        {
            File.WriteAllText(Path.Combine(_dir, name.Replace(' ', '-') + ".txt"), text);
        }

        File.WriteAllText(Path.Combine(_dir, "other.txt"), File.ReadAllText(Repo.SeedFiles[1]));
        var (exitCode, stdout, stderr) = CliRunner.Run("", "dedup", _dir);
        exitCode.Should().Be(0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement cluster = json.RootElement.GetProperty("clusters").EnumerateArray().Should().ContainSingle().Subject;
        string[] paths = cluster.GetProperty("documents").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("path").GetString()!)).ToArray();
        paths.Should().BeEquivalentTo(["a.txt", "orthography.txt", "dropped-sentences.txt", "added-sentences.txt"]);
        Path.GetFileName(cluster.GetProperty("representative").GetString()).Should().Be("added-sentences.txt");
        cluster.GetProperty("documents").EnumerateArray().Should().OnlyContain(d => d.GetProperty("similarity").GetDouble() >= 0.7);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("x")]
    public void A_bad_threshold_is_a_user_error(string threshold)
    {
        var (exitCode, _, stderr) = CliRunner.Run("", "dedup", "--threshold", threshold, Repo.Seeds);
        exitCode.Should().Be(2);
        stderr.Should().StartWith("arabic-news: ");
    }

    [Fact]
    public void The_seeds_do_not_cluster_with_each_other()
    {
        var (exitCode, stdout, _) = CliRunner.Run("", "dedup", Repo.Seeds);
        exitCode.Should().Be(0);
        using JsonDocument json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("clusters").GetArrayLength().Should().Be(0);
    }
}
