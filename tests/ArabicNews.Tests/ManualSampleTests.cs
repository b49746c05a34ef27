using System.IO;
using System.Linq;
using ArabicNews.Quotes;

namespace ArabicNews.Tests;

/// <summary>
/// The samples of the manual (docs/) print what the pages say. The number and date pages' samples are checked in
/// their own folders' tests (NumberExtractorTests, ArabicDateTests).
/// </summary>
public class ManualSampleTests
{
    [Fact]
    public void The_quotes_page_prints_the_line_it_shows_for_the_first_seed()
    {
        string article = File.ReadAllText(Path.Combine(Repo.Seeds, "000_7deae1a5dd21d476.txt"));
        string[] lines = QuoteExtractor.Default.Extract(article)
            .Select(q => $"{q.Kind} {q.Speaker?.Name} ({q.Cue}, {q.Stance}, {q.Confidence:F2}): {article.Substring(q.Start, q.Length)}")
            .ToArray();

        string page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "quotes.md"));
        string shown = page.Split('\n').Single(l => l.StartsWith("// Direct ", System.StringComparison.Ordinal))[3..].TrimEnd('…', ' ');
        lines.Should().Contain(l => l.StartsWith(shown, System.StringComparison.Ordinal), "docs/quotes.md shows: " + shown);
    }
}
