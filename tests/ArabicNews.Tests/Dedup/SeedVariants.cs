using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ArabicNews.Tests.Dedup;

/// <summary>
/// Variants of a seed article as other outlets would publish it: orthographic noise, dropped or added sentences,
/// a changed headline, added boilerplate, a truncation to the lead paragraph. Deterministic.
/// </summary>
internal static class SeedVariants
{
    public static IEnumerable<(string Name, string Text)> Of(string seed, int salt)
    {
        yield return ("orthography", Orthography(seed));
        string dropped = DropSentences(seed, salt);
        yield return ("dropped sentences", dropped.Length < seed.Length * 0.95 ? dropped : throw new InvalidOperationException("no sentence was dropped"));
        yield return ("added sentences", seed + "\nوفي سياق متصل، قال مراقبون إن التطورات الأخيرة ستترك أثرا على مسار الحرب خلال الأشهر المقبلة.\nوأضافوا أن العواصم الغربية تتابع الوضع عن كثب.");
        yield return ("changed headline", "عاجل: تطورات جديدة في ملف القوات الكورية الشمالية وروسيا\n" + string.Join('\n', seed.Split('\n').Skip(1)));
        yield return ("boilerplate", "اقرأ أيضا: أسعار النفط ترتفع مع تصاعد التوتر\n" + seed + "\nتابعونا على فيسبوك وتويتر وتلغرام\nجميع الحقوق محفوظة © 2024\nالمصدر: وكالات");
        yield return ("lead", Lead(seed));

        // Combinations, as a story travels through several outlets.
        yield return ("orthography of dropped", Orthography(DropSentences(seed, salt + 1)));
        yield return ("headline and boilerplate", "تقرير: موسكو وبيونغ يانغ في قلب العاصفة\n" + string.Join('\n', seed.Split('\n').Skip(1)) + "\nاقرأ المزيد: ملف الحرب في أوكرانيا");
        yield return ("dropped and added", DropSentences(seed, salt + 2) + "\nوتأتي هذه التطورات في ظل تصاعد التوتر بين روسيا والغرب.");
        yield return ("lead in other spelling", Orthography(Lead(seed)));
    }

    // Alef and yaa spellings, tatweel, diacritics, Arabic-Indic digits, other quotation marks, doubled spaces.
    private static string Orthography(string text)
    {
        var b = new StringBuilder(text.Length + 64);
        foreach (char c in text)
        {
            switch (c)
            {
                case 'أ': b.Append('ا'); break;
                case 'ى': b.Append('ي'); break;
                case '“': case '”': b.Append('"'); break;
                case ' ': b.Append("  "); break;
                case >= '0' and <= '9': b.Append((char)('٠' + (c - '0'))); break;
                case 'ل': b.Append("لـ"); break;
                case 'م': b.Append("مَ"); break;
                default: b.Append(c); break;
            }
        }

        return b.ToString();
    }

    // Every seventh sentence left out (a sentence ends at a full stop or a line break; the headline is kept).
    private static string DropSentences(string text, int salt)
    {
        var kept = new StringBuilder(text.Length);
        int sentence = 0, start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '.' or '\n')
            {
                int end = Math.Min(text.Length, i + 1);
                if (sentence == 0 || (sentence + salt) % 7 != 3)
                {
                    kept.Append(text, start, end - start);
                }

                sentence++;
                start = end;
            }
        }

        return kept.ToString();
    }

    // The headline and the first paragraph of at least 60 words.
    private static string Lead(string text)
    {
        var lines = new List<string>();
        int words = 0;
        foreach (string line in text.Split('\n'))
        {
            lines.Add(line);
            words += line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words >= 60)
            {
                break;
            }
        }

        return string.Join('\n', lines);
    }
}
