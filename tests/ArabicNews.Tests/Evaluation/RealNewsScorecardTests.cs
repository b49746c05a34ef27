using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Evaluation;
using ArabicNews.Evaluation.Scoring;
using Xunit.Abstractions;

namespace ArabicNews.Tests.Evaluation;

/// <summary>
/// The extractors on the real articles annotated from the text alone (benchmarks/annotations/saudinewsnet): the figures of the
/// development split and of the test split, which is scored but never looked into, stay at or above their floors.
/// The floors are the figures measured when they were last set, rounded down to two places (the development split
/// grew by a third and a fourth draw, 72 articles first scored unseen, which lowered some of its figures); the targets
/// are in <see cref="ScorecardWriter.Targets"/> and the scorecard says which are met.
/// </summary>
public class RealNewsScorecardTests(ITestOutputHelper output)
{
    public static TheoryData<string, double, double> Floors { get; } = new()
    {
        // figure, development floor, test floor
        { "direct + partial recall", 0.89, 0.82 }, // the thirtieth draw, 38 of its 46 found unseen, joined development
        // A quotation left open ends with its paragraph when another opens after a colon on a later line: 12 more
        // direct and partial quotes found on development (1,147 → 1,159), 4 of them with their right speaker, so the
        // share of found ones with the right speaker fell from 0.793 to 0.789.
        { "direct + partial right speaker", 0.78, 0.89 },
        { "indirect recall", 0.85, 0.77 },
        { "indirect right speaker", 0.83, 0.87 },
        { "quote precision", 0.90, 0.93 },
        { "dates recall", 0.96, 0.93 },
        { "dates precision", 0.97, 0.90 },
        // The point that groups thousands ("14.800 متر مكعب") moved development from 4,780 to 4,785 numbers found and the
        // test split from 112 to 111 (37 of 40 numbers it changed in 4,000 random corpus articles read right by hand):
        // the test floors follow it down by that one number.
        { "numbers recall", 0.98, 0.91 },
        { "numbers precision", 0.98, 0.90 },
    };

    [CorpusFact]
    public void Both_splits_stay_at_or_above_their_floors()
    {
        IReadOnlyDictionary<string, double> development = Evaluator.Figures(RealNewsScores.All, Split.Development);
        IReadOnlyDictionary<string, double> test = Evaluator.Figures(RealNewsScores.All, Split.Test);
        var failures = new List<string>();
        foreach (object[] row in Floors)
        {
            (string name, double developmentFloor, double testFloor) = ((string)row[0], (double)row[1], (double)row[2]);
            output.WriteLine($"{name}: development {development[name]:F3} (floor {developmentFloor:F2}), test {test[name]:F3} (floor {testFloor:F2})");
            if (development[name] < developmentFloor)
            {
                failures.Add($"{name} on the development split: {development[name]:F3} < {developmentFloor:F2}");
            }

            if (test[name] < testFloor)
            {
                failures.Add($"{name} on the test split: {test[name]:F3} < {testFloor:F2}");
            }
        }

        failures.Should().BeEmpty();
    }

    [CorpusFact]
    public void Every_annotation_anchors_in_its_article_and_has_well_formed_values()
    {
        string folder = AnnotationFile.FindDefaultFolder();
        foreach (Split split in new[] { Split.Development, Split.Test })
        {
            foreach (ArticleAnnotation annotation in AnnotationFile.ReadSplit(folder, split))
            {
                (System.DateOnly day, int index) = ArticleDump.ParseId(annotation.Article);
                AnnotationValidator.Validate(annotation, CorpusFactAttribute.Corpus!.Article(day, index))
                    .Should().BeEmpty(annotation.Article);
            }
        }
    }

    [CorpusFact]
    public void The_sample_is_what_the_seeded_sampler_draws()
    {
        string manifest = Path.Combine(AnnotationFile.FindDefaultFolder(), "sample.tsv");
        IEnumerable<string> drawn = Sampler.Default.DrawWithMore(CorpusFactAttribute.Corpus!)
            .Select(s => $"{s.Article.Id} {s.Article.Source} {s.Split}");
        SampleManifest.Read(manifest).Select(e => $"{e.Id} {e.Source} {e.Split}").Should().Equal(drawn);
    }

    [Fact]
    public void The_sample_has_every_outlet_in_both_splits_and_seventy_thirty_then_more_development()
    {
        IReadOnlyList<SampleEntry> sample = SampleManifest.Read(Path.Combine(AnnotationFile.FindDefaultFolder(), "sample.tsv"));
        IReadOnlyList<SampleEntry> first = sample.Take(100).ToList();
        first.Count(e => e.Split == Split.Test).Should().Be(30);
        var outlets = first.GroupBy(e => e.Source).ToList();
        outlets.Should().HaveCount(12);
        outlets.Should().OnlyContain(o => o.Count() >= 6 && o.Any(e => e.Split == Split.Test) && o.Any(e => e.Split == Split.Development));

        // The second draw adds 7 development articles from every outlet, the third 4, the fourth to the seventh 2, the eighth to
        // the twenty-fourth 3, the twenty-fifth 3 from every outlet but arreyadi, whose eligible articles that are no near
        // copy of one drawn before ran out at 1, and the twenty-sixth to the thirtieth 3 from each of the eleven others.
        sample.Skip(100).Take(84).Should().OnlyContain(e => e.Split == Split.Development);
        sample.Skip(100).Take(84).GroupBy(e => e.Source).Should().HaveCount(12).And.OnlyContain(g => g.Count() == 7);
        sample.Skip(184).Take(48).Should().OnlyContain(e => e.Split == Split.Development);
        sample.Skip(184).Take(48).GroupBy(e => e.Source).Should().HaveCount(12).And.OnlyContain(g => g.Count() == 4);
        sample.Skip(232).Should().HaveCount(907).And.OnlyContain(e => e.Split == Split.Development);
        foreach ((int from, int size, int perOutlet) in Draws(232, 24, 4, 2).Concat(Draws(328, 36, 17, 3)))
        {
            sample.Skip(from).Take(size).GroupBy(e => e.Source).Should().HaveCount(12).And.OnlyContain(g => g.Count() == perOutlet);
        }

        var twentyFifth = sample.Skip(940).Take(34).GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Count());
        twentyFifth.Should().HaveCount(12).And.OnlyContain(o => o.Value == (o.Key == "arreyadi" ? 1 : 3));
        foreach (int from in new[] { 974, 1007, 1040, 1073, 1106 })
        {
            var later = sample.Skip(from).Take(33).GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Count());
            later.Should().HaveCount(11).And.NotContainKey("arreyadi").And.OnlyContain(o => o.Value == 3);
        }

        // `count` draws of `size` articles, `perOutlet` from each outlet, one after another from `from` on.
        static IEnumerable<(int From, int Size, int PerOutlet)> Draws(int from, int size, int count, int perOutlet) =>
            Enumerable.Range(0, count).Select(k => (from + (k * size), size, perOutlet));
    }

    [Fact]
    public void Every_sampled_article_has_its_annotation_file_in_its_split()
    {
        string folder = AnnotationFile.FindDefaultFolder();
        foreach (SampleEntry entry in SampleManifest.Read(Path.Combine(folder, "sample.tsv")))
        {
            File.Exists(Path.Combine(folder, entry.Split == Split.Test ? "test" : "dev", AnnotationFile.FileName(entry.Id)))
                .Should().BeTrue(entry.Id);
        }
    }
}
