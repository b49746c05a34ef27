using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ArabicNews.Normalization;

namespace ArabicNews.Evaluation;

/// <summary>
/// Counts, over the development corpus (every article but the test split's), the short strings that news copy puts in
/// quotation marks again and again on different days: names of teams, campaigns, programmes, products and groups
/// («الشياطين الحمر», «عاصفة الحزم», «شاعر المليون») and scare-quoted terms, which quote no one. A quotation repeated
/// on one day is more likely one statement copied by several outlets, so days are counted, not articles. Writes
/// <c>src/ArabicNews/Lexicons/Data/recurring-quotations.tsv</c> with its provenance.
/// </summary>
public static partial class QuotationStatistics
{
    /// <summary>The most words a counted quotation holds.</summary>
    public const int MaxWords = 4;

    /// <summary>The fewest different days on which the corpus quotes a string for it to be kept.</summary>
    public const int MinDays = 3;

    /// <summary>Counts and writes the file; returns the number of strings written.</summary>
    public static int Write(SaudiNewsNetCorpus corpus, IReadOnlySet<string> excluded, string path)
    {
        int articles = 0;
        IEnumerable<(string Day, string Text)> Texts()
        {
            foreach (SaudiNewsNetArticle article in corpus.All().Where(a => !excluded.Contains(a.Id)))
            {
                articles++;
                yield return (article.Id.Split('/')[0], article.Text);
            }
        }

        IReadOnlyList<string> kept = Count(Texts());
        var lines = new List<string>
        {
            "# Short strings that Arabic news puts in quotation marks on many days, quoting no one: names of teams,",
            "# campaigns, programmes, products and groups, and scare-quoted terms. Counted from the SaudiNewsNet corpus",
            "# (Alhagri 2015, github.com/inparallel/SaudiNewsNet, CC BY-NC-SA 4.0): the 12 days of",
            $"# ../shared/corpora/saudinewsnet, without the articles of the evaluation's test split ({articles} articles). Only",
            "# these counted strings are kept, no text.",
            "# Written by `dotnet run --project benchmarks/ArabicNews.Evaluation -c Release -- lexicon quotations`",
            "# (QuotationStatistics.cs). Search-normalized. Format: string",
            $"#   kept: 1 to {MaxWords} words between one pair of marks (« », “ ”, \" \"), with letters and no punctuation, quoted on",
            $"#   at least {MinDays} different days",
        };
        lines.AddRange(kept);
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return kept.Count;
    }

    /// <summary>The recurring quotations of <paramref name="texts"/> (day, text) by the rules above, Search-normalized, in ordinal order.</summary>
    public static IReadOnlyList<string> Count(IEnumerable<(string Day, string Text)> texts)
    {
        var days = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach ((string day, string text) in texts)
        {
            foreach (Match match in Quotation().Matches(text))
            {
                string content = match.Groups["a"].Success ? match.Groups["a"].Value
                    : match.Groups["b"].Success ? match.Groups["b"].Value : match.Groups["c"].Value;
                string normalized = ArabicNormalizer.Search.Normalize(content.Trim());
                if (!IsCounted(normalized))
                {
                    continue;
                }

                if (!days.TryGetValue(normalized, out HashSet<string>? seen))
                {
                    days[normalized] = seen = new HashSet<string>(StringComparer.Ordinal);
                }

                seen.Add(day);
            }
        }

        return days.Where(d => d.Value.Count >= MinDays).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
    }

    // One to MaxWords words of letters and digits, with at least one letter and no punctuation (a straight quote
    // that closes one quotation and opens the next pairs wrongly: ". وأضاف:").
    private static bool IsCounted(string content)
    {
        string[] words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxWords && content.Any(char.IsLetter)
            && content.All(c => char.IsLetterOrDigit(c) || c == ' ' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
    }

    [GeneratedRegex("«(?<a>[^»\\n]{1,80})»|“(?<b>[^”\\n]{1,80})”|\"(?<c>[^\"\\n]{1,80})\"")]
    private static partial Regex Quotation();
}
