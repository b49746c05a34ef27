using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Normalization;

namespace ArabicNews.Evaluation;

/// <summary>
/// Counts, over the development corpus (every article but the test split's), which words name people: the word
/// after an honorific or occupational title or after بن/بنت is a given name; a word with the article right after a
/// given name is a family name; a frequent word that almost never stands in those places is a common word. Writes
/// <c>src/ArabicNews/Lexicons/Data/name-words.tsv</c> with its provenance.
/// </summary>
public static class NameStatistics
{
    // Titles after which a person's given name follows (Search-normalized).
    private static readonly HashSet<string> s_titles = new(new[]
    {
        "الدكتور", "الدكتوره", "د", "المهندس", "المهندسه", "الاستاذ", "الاستاذه", "الشيخ", "الامير", "الاميره", "الملك",
        "الرئيس", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "الفريق", "السيد", "السيده",
        "الكابتن", "اللاعب", "المدرب", "الفنان", "الفنانه", "الشاعر", "الكاتب", "الكاتبه", "الزميل", "الزميله", "المواطن",
        "المواطنه", "الطالب", "الطالبه", "المحامي", "الوزير", "معالي", "سمو", "الاعلامي", "الاعلاميه", "المستشار",
        "الحارس", "المهاجم", "النجم", "الداعيه", "الباحث", "الباحثه", "البروفيسور", "المحلل", "الخبير", "الشاب", "الفتاه",
        "الطفل", "الطفله", "المعلم", "المعلمه", "الاعلامي", "المخرج", "الممثل", "الممثله", "المطرب", "المطربه", "الرسام",
    }, StringComparer.Ordinal);

    // Heads of role phrases, after which a name follows the role's words ("رئيس الوزراء الإسرائيلي بنيامين").
    private static readonly HashSet<string> s_roleHeads = new(new[]
    {
        "رئيس", "وزير", "وزيره", "امين", "نائب", "مدير", "مستشار", "سفير", "قائد", "زعيم", "مبعوث", "مندوب", "محافظ",
        "عضو", "وكيل", "مساعد", "رئيسه", "المتحدث", "الناطق", "متحدث", "ناطق", "الامين", "المدير", "المستشار",
    }, StringComparer.Ordinal);

    /// <summary>Counts and writes the file; returns the numbers of given, family and common words.</summary>
    public static (int Given, int Family, int Common) Write(SaudiNewsNetCorpus corpus, IReadOnlySet<string> excluded, string path)
    {
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        var asGiven = new Dictionary<string, int>(StringComparer.Ordinal);
        var asFamily = new Dictionary<string, int>(StringComparer.Ordinal);
        int articles = 0;
                var sentences = new List<string[]>();
        foreach (SaudiNewsNetArticle article in corpus.All().Where(a => !excluded.Contains(a.Id)))
        {
            articles++;
            foreach (string[] sentence in Sentences(article.Text))
            {
                sentences.Add(sentence);
                foreach (string w in sentence)
                {
                    Increment(count, w);
                }
            }
        }

        // Pass 1: given names follow a title (past up to two adjectives with the article: "الرئيس التركي رجب") or
        // بن/بنت/ابن.
        foreach (string[] sentence in sentences)
        {
            for (int i = 1; i < sentence.Length; i++)
            {
                if (IsNameSlot(sentence, i) && !sentence[i].StartsWith("ال", StringComparison.Ordinal) && !s_titles.Contains(sentence[i]))
                {
                    Increment(asGiven, sentence[i]);
                }
            }
        }

        var given = asGiven.Where(g => g.Value >= 3 && g.Value >= 0.3 * count[g.Key] && g.Key.Length >= 2
                && !g.Key.StartsWith("بال", StringComparison.Ordinal) && !g.Key.StartsWith("لل", StringComparison.Ordinal))
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        // Pass 2: after a given name comes a family name (with the article: "محمد الحربي") or a second name
        // ("ليونيل ميسي"); both are name contexts.
        var asName = new Dictionary<string, int>(asGiven, StringComparer.Ordinal);
        foreach (string[] sentence in sentences)
        {
            for (int i = 1; i < sentence.Length; i++)
            {
                if (!given.Contains(sentence[i - 1]) || s_titles.Contains(sentence[i]))
                {
                    continue;
                }

                if (sentence[i].StartsWith("ال", StringComparison.Ordinal))
                {
                    if (sentence[i].Length > 3)
                    {
                        Increment(asFamily, sentence[i]);
                    }
                }
                else
                {
                    Increment(asName, sentence[i]);
                }
            }
        }

        var family = asFamily.Where(f => f.Value >= 3 && f.Value >= 0.15 * count[f.Key]).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var common = count.Where(c => c.Value >= 30 && !given.Contains(c.Key) && !family.Contains(c.Key)
                && asName.GetValueOrDefault(c.Key) + asFamily.GetValueOrDefault(c.Key) < 0.02 * c.Value)
            .Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        var lines = new List<string>
        {
            "# Words of Arabic news by whether they name people, counted from the SaudiNewsNet corpus (Alhagri 2015,",
            "# github.com/inparallel/SaudiNewsNet, CC BY-NC-SA 4.0): the 12 days of ../shared/corpora/saudinewsnet, without the",
            string.Create(CultureInfo.InvariantCulture, $"# articles of the evaluation's test split ({articles} articles). Only these counted words are kept, no text."),
            "# Written by `dotnet run --project benchmarks/ArabicNews.Evaluation -c Release -- lexicon names` (NameStatistics.cs).",
            "# Search-normalized. Format: word<TAB>class",
            "#   given: follows an honorific or occupational title (الدكتور، المهندس، الشيخ، اللاعب…, past up to two adjectives of"
            + "\n#          origin or a role's words: \"الرئيس التركي رجب\", \"رئيس الوزراء الإسرائيلي بنيامين\") or بن/بنت at least 3 times",
            "#          and in at least 30% of its uses",
            "#   family: a word with the article after a given name at least 3 times and in at least 15% of its uses",
            "#   common: at least 30 uses, and under 2% of them where names stand (after a title, بن or a"
            + "\n#           given name): not a name",
        };
        lines.AddRange(given.Order(StringComparer.Ordinal).Select(w => w + "\tgiven"));
        lines.AddRange(family.Order(StringComparer.Ordinal).Select(w => w + "\tfamily"));
        lines.AddRange(common.Order(StringComparer.Ordinal).Select(w => w + "\tcommon"));
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return (given.Count, family.Count, common.Count);
    }

    // Whether word i stands where a given name does: after a title (past up to two adjectives with the article) or
    // after بن/بنت/ابن.
    private static bool IsNameSlot(string[] sentence, int i)
    {
        string before = sentence[i - 1];
        if (before is "بن" or "بنت" or "ابن" || s_titles.Contains(before))
        {
            return true;
        }

        for (int k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (s_titles.Contains(sentence[k]) || (k < i - 1 && s_roleHeads.Contains(sentence[k])))
            {
                return true;
            }

            if (!sentence[k].StartsWith("ال", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private static void Increment(Dictionary<string, int> counts, string word) =>
        counts[word] = counts.GetValueOrDefault(word) + 1;

    // Normalized words, sentence by sentence (split at . ! ? ؟ ، : and line breaks, so that a title's word and a
    // name are counted only when adjacent).
    internal static IEnumerable<string[]> Sentences(string text)
    {
        string normalized = ArabicNormalizer.Search.Normalize(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in normalized)
        {
            if (char.IsLetter(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }

            if (c is '.' or '!' or '?' or '؟' or '،' or ',' or ':' or '\n' or '"' or '(' or ')' or '-' or char.MinValue || char.IsDigit(c))
            {
                if (words.Count > 0)
                {
                    yield return words.ToArray();
                    words.Clear();
                }
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        if (words.Count > 0)
        {
            yield return words.ToArray();
        }
    }
}
