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

    // What follows a speaker's name after a verb of saying, besides the end of the sentence (a colon, a comma), a credit
    // with ل ("لـعكاظ") and a title: the clause's أن, where and when the statement was made, or a relative pronoun. Not a noun: "توقع هطول
    // أمطار" has an object there.
    private static readonly HashSet<string> s_afterSpeaker = new(new[]
    {
        "ان", "انه", "انها", "انهم", "اننا", "انني", "بان", "بانه", "بانها", "بانهم", "في", "الي", "علي", "عن", "خلال", "امس",
        "اليوم", "عقب", "بعد", "امام", "لدي", "الذي", "التي", "يوم", "صباح", "مساء", "السبت", "الاحد", "الاثنين", "الثلاثاء",
        "الاربعاء", "الخميس", "الجمعه",
    }, StringComparer.Ordinal);

    private static readonly string[] s_pronounSuffixes = ["هما", "هم", "ها", "نا", "ه"];

    /// <summary>The share of a word's uses right after a verb of saying that makes it a name, not a common word.</summary>
    public const double SpeakerShare = 0.08;

    /// <summary>
    /// How many times as often as a common word its stem after ب or ل (bare or with the article) stands alone, at
    /// least, for the word to be the preposition and a noun ("بوضوح", "لذلك"), not a noun of its own ("لجنة", "بيان").
    /// </summary>
    public const double PrepositionalRatio = 1.0;

    /// <summary>Counts and writes the file; returns the numbers of given, family and common words.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="excluded">The articles not to count (the test split).</param>
    /// <param name="path">The file to write.</param>
    /// <param name="sayingVerbs">The verbs of saying (Search-normalized, with و and ف before them too).</param>
    public static (int Given, int Family, int Common, int Prepositional) Write(SaudiNewsNetCorpus corpus, IReadOnlySet<string> excluded, string path, IReadOnlySet<string> sayingVerbs)
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

        (HashSet<string> given, HashSet<string> family, HashSet<string> common, HashSet<string> prepositional) = Count(Texts(), sayingVerbs);

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
            + "\n#           given name): not a name; except a word right after a verb of saying (قال، أضاف…) in at least 8% of"
            + "\n#           its uses that never takes the article and is no clitic, pronoun or accusative on a frequent word",
            "#   prepositional: a common word that is ب or ل and a noun not in ي: the rest of the word, bare or with the article, is at",
            "#           least as frequent as the word (\"بوضوح\", \"لذلك\"; not \"لجنة\", \"بيان\")",
        };
        lines.AddRange(given.Order(StringComparer.Ordinal).Select(w => w + "\tgiven"));
        lines.AddRange(family.Order(StringComparer.Ordinal).Select(w => w + "\tfamily"));
        lines.AddRange(common.Where(w => !prepositional.Contains(w)).Order(StringComparer.Ordinal).Select(w => w + "\tcommon"));
        lines.AddRange(prepositional.Order(StringComparer.Ordinal).Select(w => w + "\tprepositional"));
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return (given.Count, family.Count, common.Count - prepositional.Count, prepositional.Count);
    }

    /// <summary>
    /// The given names, family names and common words of the texts, and the common words among them that are a
    /// preposition and a noun (see the class summary).
    /// </summary>
    /// <param name="texts">The texts to count.</param>
    /// <param name="sayingVerbs">The verbs of saying (Search-normalized, with و and ف before them too).</param>
    public static (HashSet<string> Given, HashSet<string> Family, HashSet<string> Common, HashSet<string> Prepositional) Count(IEnumerable<string> texts, IReadOnlySet<string> sayingVerbs)
    {
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        var asGiven = new Dictionary<string, int>(StringComparer.Ordinal);
        var asFamily = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = new List<string[]>();
        foreach (string text in texts)
        {
            foreach (string[] sentence in Sentences(text))
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

        // Pass 3: right after a verb of saying stands the speaker ("قال مورينهو", "وأضاف بارتوميو"). A word found there in
        // at least SpeakerShare of its uses that never takes the article, and is no clitic, pronoun or accusative ending
        // on a frequent word ("بجهود", "طوله", "انجازا"), names someone: a name known by itself, not a common word.
        var asSpeaker = new Dictionary<string, int>(StringComparer.Ordinal);
        var asEpithet = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string[] sentence in sentences)
        {
            for (int i = 1; i < sentence.Length; i++)
            {
                if (sentence[i - 1] is "الله" or "سبحانه" or "وتعالي")
                {
                    Increment(asEpithet, sentence[i]);
                }

                if (sayingVerbs.Contains(sentence[i - 1]) && !sentence[i].StartsWith("ال", StringComparison.Ordinal)
                    && (i + 1 == sentence.Length || s_afterSpeaker.Contains(sentence[i + 1]) || sentence[i + 1].StartsWith("ل", StringComparison.Ordinal)
                        || s_titles.Contains(sentence[i + 1]) || s_titles.Contains("ال" + sentence[i + 1]) || s_roleHeads.Contains(sentence[i + 1])))
                {
                    Increment(asSpeaker, sentence[i]);
                }
            }
        }

        var speakers = asSpeaker.Where(s => s.Value >= 3 && s.Value >= SpeakerShare * count[s.Key] && s.Key.Length >= 3
                && count.GetValueOrDefault("ال" + s.Key) < 0.02 * count[s.Key] && !OnFrequentWord(s.Key, count)
                && asEpithet.GetValueOrDefault(s.Key) < 0.1 * count[s.Key]) // "قال تعالى": God's epithet, not a name
            .Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var common = count.Where(c => c.Value >= 30 && !given.Contains(c.Key) && !family.Contains(c.Key) && !speakers.Contains(c.Key)
                && asName.GetValueOrDefault(c.Key) + asFamily.GetValueOrDefault(c.Key) < 0.02 * c.Value)
            .Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var prepositional = common.Where(w => IsPrepositional(w, count)).ToHashSet(StringComparer.Ordinal);

        return (given, family, common, prepositional);
    }

    // "بوضوح", "لذلك", "للوزارة": ب or ل and a noun whose forms without it (وضوح and الوضوح, ذلك, الوزارة) are
    // PrepositionalRatio times as frequent as the word; not a stem in ي, a verb's ("بيليه").
    private static bool IsPrepositional(string word, Dictionary<string, int> count)
    {
        if (word.Length < 4 || word[0] is not ('ب' or 'ل') || word[1] == 'ي')
        {
            return false; // not ك ("كيري" is no كـ and يري) nor a verb in ي ("بيليه" is no بـ and يليه)
        }

        string rest = word[1..];
        int alone = word.StartsWith("لل", StringComparison.Ordinal)
            ? count.GetValueOrDefault("ال" + word[2..]) + count.GetValueOrDefault(rest)
            : count.GetValueOrDefault(rest) + (rest.StartsWith("ال", StringComparison.Ordinal) ? 0 : count.GetValueOrDefault("ال" + rest));
        return alone >= PrepositionalRatio * count[word];
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

    // Whether a word is a frequent word (30 uses or more) with a clitic before it (ب، ل، و، ف، لل), a pronoun after it
    // (ه، ها، هم، هما، نا, and ته after ة) or the accusative's ا, or a plural in construct: "بجهود", "طوله", "خبرته",
    // "انجازا", "مسؤولو".
    private static bool OnFrequentWord(string word, Dictionary<string, int> count)
    {
        bool Frequent(string stem) => stem.Length >= 2 && count.GetValueOrDefault(stem) >= 30;
        foreach (string suffix in s_pronounSuffixes)
        {
            // "طوله", "خبرته": طول and ه, خبرة (normalized خبره) and ه.
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal)
                && word[..^suffix.Length] is var stem && (Frequent(stem) || (stem[^1] == 'ت' && Frequent(stem[..^1] + "ه"))))
            {
                return true;
            }
        }

        return (word[0] is 'ب' or 'ل' or 'و' or 'ف' && Frequent(word[1..]))
            || (word[^1] == 'ا' && Frequent(word[..^1]))
            || (word[^1] == 'و' && Frequent(word + "ن")) // "مسؤولو": مسؤولون in construct
            || (word.StartsWith("لل", StringComparison.Ordinal) && Frequent("ال" + word[2..])); // "للقلق"
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
