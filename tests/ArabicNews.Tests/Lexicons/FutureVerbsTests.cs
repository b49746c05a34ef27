using System.IO;
using System.Linq;

namespace ArabicNews.Tests.Lexicons;

/// <summary>The future verbs counted from the corpus: what the file holds and how it was made.</summary>
public sealed class FutureVerbsTests
{
    private static readonly string[] s_lines =
        File.ReadAllLines(Path.Combine(Repo.Root, "src", "ArabicNews", "Lexicons", "Data", "future-verbs.tsv"));

    [Fact]
    public void Every_entry_is_a_future_cue_written_with_the_prefix_of_the_future()
    {
        string[][] entries = s_lines.Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToArray();
        entries.Should().HaveCountGreaterThan(300);
        entries.Should().OnlyContain(e => e.Length == 3 && e[1] == "future-cue" && e[2] == "-");
        entries.Select(e => e[0]).Should().OnlyContain(w => w.Length >= 5 && (w.StartsWith("سي") || w.StartsWith("ست") || w.StartsWith("سن")));
    }

    [Fact]
    public void The_file_says_where_its_counts_come_from_and_the_command_that_writes_it() =>
        string.Join('\n', s_lines.Where(l => l.StartsWith('#'))).Should().Contain("SaudiNewsNet").And.Contain("lexicon future");

    [Theory]
    [InlineData("سيقوم")]
    [InlineData("ستشهد")]
    [InlineData("سنعمل")]
    public void Common_future_verbs_are_listed(string verb) =>
        s_lines.Should().Contain(verb + "\tfuture-cue\t-");

    [Theory]
    [InlineData("ستاره")] // a curtain: the corpus writes it with the article
    [InlineData("سياسه")]
    [InlineData("سنوات")]
    [InlineData("سيارات")]
    public void Nouns_that_look_like_future_verbs_are_not(string noun) =>
        s_lines.Should().NotContain(l => l.StartsWith(noun + "\t"));
}
