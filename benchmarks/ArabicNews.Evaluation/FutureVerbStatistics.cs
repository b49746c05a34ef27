using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ArabicNews.Evaluation;

/// <summary>
/// Counts, over the development corpus (every article but the test split's), the verbs Arabic news writes in the
/// future with the prefix س: a word that is س before a present-tense form (يـ، تـ، نـ) that the corpus uses on its own
/// (سيقوم and يقوم), and that never takes the article (a noun would: الستاره). Writes
/// <c>src/ArabicNews/Lexicons/Data/future-verbs.tsv</c> with its provenance, for the date extractor's future cues.
/// </summary>
public static class FutureVerbStatistics
{
    /// <summary>The fewest uses of the future form that keep it.</summary>
    public const int MinFutureUses = 5;

    /// <summary>The fewest uses of the present form without س that keep the future one.</summary>
    public const int MinPresentUses = 20;

    /// <summary>The fewest letters of a future form: س, the present's prefix and a stem of three.</summary>
    public const int MinLength = 5;

    /// <summary>Counts and writes the file; returns the number of verbs written.</summary>
    public static int Write(SaudiNewsNetCorpus corpus, IReadOnlySet<string> excluded, string path)
    {
        int articles = 0;
        IEnumerable<string> Texts()
        {
            foreach (SaudiNewsNetArticle article in corpus.All().Where(a => !excluded.Contains(a.Id)))
            {
                articles++;
                yield return article.Text;
            }
        }

        IReadOnlyList<string> verbs = Count(Texts());
        var lines = new List<string>
        {
            "# Verbs in the future tense (س before a present-tense form) as Arabic news writes them, counted from the",
            "# SaudiNewsNet corpus (Alhagri 2015, github.com/inparallel/SaudiNewsNet, CC BY-NC-SA 4.0): the 12 days of",
            $"# ../shared/corpora/saudinewsnet, without the articles of the evaluation's test split ({articles} articles). Only these",
            "# counted words are kept, no text.",
            "# Written by `dotnet run --project benchmarks/ArabicNews.Evaluation -c Release -- lexicon future`",
            "# (FutureVerbStatistics.cs). Search-normalized. Format: word<TAB>future-cue<TAB>-",
            $"#   kept: سيـ، ستـ or سنـ and at least {MinLength - 2} more letters, used at least {MinFutureUses} times, its present form without",
            $"#   س at least {MinPresentUses} times (سيقوم and يقوم), and never with the article (a noun would be: ستاره)",
        };
        lines.AddRange(verbs.Select(v => v + "\tfuture-cue\t-"));
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return verbs.Count;
    }

    /// <summary>The future verbs of <paramref name="texts"/> by the rules above, Search-normalized and in ordinal order.</summary>
    public static IReadOnlyList<string> Count(IEnumerable<string> texts)
    {
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            foreach (string[] sentence in NameStatistics.Sentences(text))
            {
                foreach (string w in sentence)
                {
                    count[w] = count.GetValueOrDefault(w) + 1;
                }
            }
        }

        return count
            .Where(c => IsFutureForm(c.Key) && c.Value >= MinFutureUses && count.GetValueOrDefault(c.Key[1..]) >= MinPresentUses
                && !count.ContainsKey("ال" + c.Key))
            .Select(c => c.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    // سيقوم، ستعمل، سنعود: س and the prefix of a present-tense verb, with a stem after them.
    private static bool IsFutureForm(string word) =>
        word.Length >= MinLength && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن';
}
