using System.Linq;
using ArabicNews.Normalization;

namespace ArabicNews.Tests.Normalization;

/// <summary>
/// One table per rule: each case runs with that switch alone on (it must give the expected text) and with
/// every switch off (it must come back unchanged), through every API and both the vectorized and the scalar path.
/// </summary>
public class NormalizationRuleTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        // FoldAlef: أ إ آ ٱ ٲ ٳ become ا; so do their decomposed spellings.
        { nameof(NormalizationOptions.FoldAlef), "أحمد", "احمد" },
        { nameof(NormalizationOptions.FoldAlef), "إسلام", "اسلام" },
        { nameof(NormalizationOptions.FoldAlef), "آخر", "اخر" },
        { nameof(NormalizationOptions.FoldAlef), "ٱلله", "الله" },
        { nameof(NormalizationOptions.FoldAlef), "ٲٳ", "اا" },
        { nameof(NormalizationOptions.FoldAlef), "ا\u0654حمد", "احمد" },
        { nameof(NormalizationOptions.FoldAlef), "ا\u0655سلام", "اسلام" },
        { nameof(NormalizationOptions.FoldAlef), "ا\u0653خر", "اخر" },
        { nameof(NormalizationOptions.FoldAlef), "مؤتمر رئيس", "مؤتمر رئيس" },

        // FoldHamzaSeats: ؤ and ئ lose the hamza, also when decomposed.
        { nameof(NormalizationOptions.FoldHamzaSeats), "مؤتمر", "موتمر" },
        { nameof(NormalizationOptions.FoldHamzaSeats), "رئيس", "رييس" },
        { nameof(NormalizationOptions.FoldHamzaSeats), "و\u0654", "و" },
        { nameof(NormalizationOptions.FoldHamzaSeats), "أإآ", "أإآ" },

        // FoldAlefMaqsura: ى becomes ي.
        { nameof(NormalizationOptions.FoldAlefMaqsura), "مصطفى على", "مصطفي علي" },

        // FoldTaaMarbuta: ة becomes ه.
        { nameof(NormalizationOptions.FoldTaaMarbuta), "مدينة القاهرة", "مدينه القاهره" },

        // RemoveTatweel.
        { nameof(NormalizationOptions.RemoveTatweel), "الـرئيس", "الرئيس" },
        { nameof(NormalizationOptions.RemoveTatweel), "بـــ", "ب" },

        // RemoveDiacritics: harakat, tanween, shadda, sukun, superscript alef (deleted, not ا), Quranic marks.
        { nameof(NormalizationOptions.RemoveDiacritics), "مُحَمَّدٌ", "محمد" },
        { nameof(NormalizationOptions.RemoveDiacritics), "غداً", "غدا" },
        { nameof(NormalizationOptions.RemoveDiacritics), "قُلْ", "قل" },
        { nameof(NormalizationOptions.RemoveDiacritics), "هٰذا", "هذا" },
        { nameof(NormalizationOptions.RemoveDiacritics), "الرَّحِيمِۖ", "الرحيم" },
        { nameof(NormalizationOptions.RemoveDiacritics), "محمد\u0610", "محمد" },
        { nameof(NormalizationOptions.RemoveDiacritics), "ا\u0654", "ا" },

        // NormalizeDigits: both Arabic digit sets, the Arabic decimal and thousands separators and percent sign.
        { nameof(NormalizationOptions.NormalizeDigits), "٠١٢٣٤٥٦٧٨٩", "0123456789" },
        { nameof(NormalizationOptions.NormalizeDigits), "۰۱۲۳۴۵۶۷۸۹", "0123456789" },
        { nameof(NormalizationOptions.NormalizeDigits), "٣٫٥ مليار", "3.5 مليار" },
        { nameof(NormalizationOptions.NormalizeDigits), "١٬٠٠٠", "1,000" },
        { nameof(NormalizationOptions.NormalizeDigits), "٥٠٪", "50%" },

        // DecomposePresentationForms: as NFKC says; no decomposition, no change.
        { nameof(NormalizationOptions.DecomposePresentationForms), "ﻻ", "لا" },
        { nameof(NormalizationOptions.DecomposePresentationForms), "ﻵ", "لآ" },
        { nameof(NormalizationOptions.DecomposePresentationForms), "ﺍﻟﺴﻼﻡ", "السلام" },
        { nameof(NormalizationOptions.DecomposePresentationForms), "ﷲ", "الله" },
        { nameof(NormalizationOptions.DecomposePresentationForms), "ﷺ", "صلى الله عليه وسلم" },
        { nameof(NormalizationOptions.DecomposePresentationForms), "﴾نص﴿", "﴾نص﴿" },

        // FoldPersianLetters: keheh and Farsi yeh.
        { nameof(NormalizationOptions.FoldPersianLetters), "کتاب", "كتاب" },
        { nameof(NormalizationOptions.FoldPersianLetters), "علی", "علي" },

        // RemoveInvisibles: ZWNJ, ZWJ, LRM, RLM, ALM, embeddings and isolates, BOM, soft hyphen.
        { nameof(NormalizationOptions.RemoveInvisibles), "می\u200Cخواهم", "میخواهم" },
        { nameof(NormalizationOptions.RemoveInvisibles), "\u200Fنص\u200E", "نص" },
        { nameof(NormalizationOptions.RemoveInvisibles), "\u061Cنص\u200D", "نص" },
        { nameof(NormalizationOptions.RemoveInvisibles), "\u202Bنص\u202C", "نص" },
        { nameof(NormalizationOptions.RemoveInvisibles), "\u2067نص\u2069", "نص" },
        { nameof(NormalizationOptions.RemoveInvisibles), "\uFEFFنص", "نص" },
        { nameof(NormalizationOptions.RemoveInvisibles), "com\u00ADputer", "computer" },

        // NormalizeWhitespace: every space becomes ' ', runs collapse, lines are trimmed, line breaks stay.
        { nameof(NormalizationOptions.NormalizeWhitespace), "a\u00A0b\u2009c\u202Fd\u3000e", "a b c d e" },
        { nameof(NormalizationOptions.NormalizeWhitespace), "a  \t b", "a b" },
        { nameof(NormalizationOptions.NormalizeWhitespace), "   نص   ", "نص" },
        { nameof(NormalizationOptions.NormalizeWhitespace), "a \n  b", "a\nb" },
        { nameof(NormalizationOptions.NormalizeWhitespace), "a  \r\n  b\n\n", "a\r\nb\n\n" },
        { nameof(NormalizationOptions.NormalizeWhitespace), "  \n  ", "\n" },

        // UnifyQuotes.
        { nameof(NormalizationOptions.UnifyQuotes), "«نص» “نص” „نص‟ ″نص″ ＂نص＂", "\"نص\" \"نص\" \"نص\" \"نص\" \"نص\"" },
        { nameof(NormalizationOptions.UnifyQuotes), "‘نص’ ‚نص‛", "'نص' 'نص'" },

        // ComposeHamza: decomposed hamza and madda are composed.
        { nameof(NormalizationOptions.ComposeHamza), "ا\u0654حمد", "أحمد" },
        { nameof(NormalizationOptions.ComposeHamza), "ا\u0655سلام", "إسلام" },
        { nameof(NormalizationOptions.ComposeHamza), "ا\u0653خر", "آخر" },
        { nameof(NormalizationOptions.ComposeHamza), "مو\u0654تمر", "مؤتمر" },
        { nameof(NormalizationOptions.ComposeHamza), "ري\u0654يس", "رئيس" },
        { nameof(NormalizationOptions.ComposeHamza), "ب\u0654", "ب\u0654" },

        // FoldPunctuation: punctuation of every script becomes a space.
        { nameof(NormalizationOptions.FoldPunctuation), "نعم،لا؟", "نعم لا " },
        { nameof(NormalizationOptions.FoldPunctuation), "a.b-c", "a b c" },
        { nameof(NormalizationOptions.FoldPunctuation), "$5 + 3", "$5 + 3" },

        // LowercaseLatin.
        { nameof(NormalizationOptions.LowercaseLatin), "NATO ÉCOLE", "nato école" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_alone_gives_the_expected_text(string rule, string input, string expected)
    {
        Normalizers.NormalizeAllWays(Normalizers.OnlyRule(rule), input).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Without_any_rule_the_text_is_unchanged(string rule, string input, string expected)
    {
        _ = (rule, expected);
        Normalizers.NormalizeAllWays(new NormalizationOptions(), input).Should().Be(input);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_applies_the_same_inside_long_lines_that_take_the_vectorized_path(string rule, string input, string expected)
    {
        // Lines are independent under every rule, so a case surrounded by long plain lines must give its
        // expected text between the same lines; repeating it on one line exercises the vectorized path
        // for the one-for-one replacements.
        const string Plain = "0123456789012345678901234567890123456789";
        string padded = Plain + "\n" + input + "\n" + Plain;
        Normalizers.NormalizeAllWays(Normalizers.OnlyRule(rule), padded).Should().Be(Plain + "\n" + expected + "\n" + Plain);
    }

    public static TheoryData<string, char, char> OneForOne => new()
    {
        { nameof(NormalizationOptions.FoldAlef), 'أ', 'ا' },
        { nameof(NormalizationOptions.FoldAlef), 'إ', 'ا' },
        { nameof(NormalizationOptions.FoldAlef), 'آ', 'ا' },
        { nameof(NormalizationOptions.FoldAlef), 'ٱ', 'ا' },
        { nameof(NormalizationOptions.FoldHamzaSeats), 'ؤ', 'و' },
        { nameof(NormalizationOptions.FoldHamzaSeats), 'ئ', 'ي' },
        { nameof(NormalizationOptions.FoldAlefMaqsura), 'ى', 'ي' },
        { nameof(NormalizationOptions.FoldTaaMarbuta), 'ة', 'ه' },
        { nameof(NormalizationOptions.FoldPersianLetters), 'ک', 'ك' },
        { nameof(NormalizationOptions.FoldPersianLetters), 'ی', 'ي' },
        { nameof(NormalizationOptions.NormalizeDigits), '٧', '7' },
        { nameof(NormalizationOptions.NormalizeDigits), '۹', '9' },
        { nameof(NormalizationOptions.UnifyQuotes), '«', '"' },
        { nameof(NormalizationOptions.UnifyQuotes), '”', '"' },
        { nameof(NormalizationOptions.LowercaseLatin), 'Q', 'q' },
    };

    [Theory]
    [MemberData(nameof(OneForOne))]
    public void One_for_one_replacements_apply_in_every_lane_of_a_long_run(string rule, char from, char to)
    {
        string input = string.Concat(Enumerable.Repeat("ب" + from + "ج", 30));
        string expected = string.Concat(Enumerable.Repeat("ب" + to + "ج", 30));
        Normalizers.NormalizeAllWays(Normalizers.OnlyRule(rule), input).Should().Be(expected);
    }

    [Theory]
    [InlineData("بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ", "بسم الله الرحمن الرحيم")]
    [InlineData("قَالَ الرَّئِيسُ إِنَّ الـمُـفَاوَضَاتِ مُسْتَمِرَّةٌ", "قال الرئيس ان المفاوضات مستمره")]
    [InlineData("غداً سَيُعْلِنُ، «نَعَمْ».", "غدا سيعلن، \"نعم\".")]
    public void Vocalized_text_loses_its_marks_in_every_lane_of_long_lines(string vocalized, string expected)
    {
        string input = string.Join("\n", Enumerable.Repeat(vocalized + " " + vocalized, 12));
        string output = string.Join("\n", Enumerable.Repeat(expected + " " + expected, 12));
        Normalizers.NormalizeAllWays(NormalizationOptions.Search, input).Should().Be(output);
    }

    [Fact]
    public void Every_switch_of_the_options_has_cases_in_this_table()
    {
        string[] switches = typeof(NormalizationOptions).GetProperties()
            .Where(p => p.PropertyType == typeof(bool)).Select(p => p.Name).ToArray();
        switches.Should().BeEquivalentTo(Normalizers.AllRules);
        Cases.Select(row => (string)row[0]).Distinct().Should().BeEquivalentTo(Normalizers.AllRules);
    }
}
