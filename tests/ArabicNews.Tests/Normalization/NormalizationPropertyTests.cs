using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArabicNews.Normalization;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicNews.Tests.Normalization;

/// <summary>
/// Properties that hold for any text: random strings mixing Arabic letters and their variants, marks,
/// digits of three scripts, Latin, punctuation, quotes, every kind of space and line break, invisible
/// controls, presentation forms, lone surrogates and arbitrary code units.
/// </summary>
public class NormalizationPropertyTests
{
    private const int MaxTest = 400;

    private static readonly string[] s_fragments =
    [
        "ا", "ب", "ت", "ة", "ى", "ي", "و", "ه", "ك", "ل", "م", "ن", "أ", "إ", "آ", "ٱ", "ؤ", "ئ", "ء", "ک", "ی",
        "\u064B", "\u064E", "\u0651", "\u0652", "\u0653", "\u0654", "\u0655", "\u0670", "\u06D6", "\u0610", "\u08F0", "ـ",
        "٠", "٥", "۹", "٫", "٬", "٪", "0", "7", ".", ",", "%", "-", ":", "،", "؛", "؟", "!", "(", ")",
        "a", "Z", "É", "ß", "İ", "\"", "'", "«", "»", "“", "”", "„", "‘", "’", "″",
        " ", " ", " ", "  ", "\t", "\u00A0", "\u2009", "\u202F", "\u3000", "\n", "\r\n", "\r", "\u2028", "\u0085",
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\u202B", "\u202C", "\u2067", "\u2069", "\uFEFF", "\u00AD",
        "ﻻ", "ﻵ", "ﷲ", "ﷺ", "ﷻ", "ﺍ", "ﺔ", "ﹰ", "ﹱ", "ﱞ", "﴾", "\uFDFD", "\uFE73",
        "\uD800", "\uDC00", "\uD83D\uDE00",
        "الرئيس ", "قال روته: ", "«تصعيداً كبيراً»", "600 ألف", " ٣٫٥ مليار ",
    ];

    private static readonly Gen<char> s_anyChar = Gen.Choose(0, 0xFFFF).Select(i => (char)i);

    private static readonly Gen<string> s_fragment = Gen.Frequency(
        (8, Gen.Elements(s_fragments)),
        (1, s_anyChar.Select(c => c.ToString())));

    private static readonly Arbitrary<string> s_text = Gen.Sized(size => Gen.ListOf(s_fragment, Math.Min(size * 3, 300)))
        .Select(parts => string.Concat(parts))
        .ToArbitrary();

    private static readonly Gen<NormalizationOptions> s_options = Gen.ArrayOf(Gen.Elements(true, false), 15).Select(b => new NormalizationOptions
    {
        FoldAlef = b[0], FoldHamzaSeats = b[1], FoldAlefMaqsura = b[2], FoldTaaMarbuta = b[3], RemoveTatweel = b[4],
        RemoveDiacritics = b[5], NormalizeDigits = b[6], DecomposePresentationForms = b[7], FoldPersianLetters = b[8],
        RemoveInvisibles = b[9], NormalizeWhitespace = b[10], UnifyQuotes = b[11], ComposeHamza = b[12],
        FoldPunctuation = b[13], LowercaseLatin = b[14],
    });

    private static readonly Arbitrary<(NormalizationOptions, string)> s_optionsAndText =
        s_options.Zip(s_text.Generator).ToArbitrary();

    public static TheoryData<NormalizationProfile> Profiles => new()
    {
        NormalizationProfile.Search, NormalizationProfile.Dedup, NormalizationProfile.Display,
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Normalizing_twice_equals_normalizing_once(NormalizationProfile profile)
    {
        ArabicNormalizer normalizer = ArabicNormalizer.ForProfile(profile);
        Check(s_text, text =>
        {
            string once = normalizer.Normalize(text);
            normalizer.Normalize(once).Should().Be(once, "normalizing is idempotent (input {0})", Escape(text));
        });
    }

    [Fact]
    public void Every_combination_of_switches_is_idempotent_and_the_vectorized_path_agrees_with_the_scalar_path()
    {
        Check(s_optionsAndText, pair =>
        {
            (NormalizationOptions options, string text) = pair;
            string once = Normalizers.NormalizeAllWays(options, text);
            new ArabicNormalizer(options).Normalize(once).Should().Be(once, "{0} on {1}", options, Escape(text));
        });
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_line_of_the_output_is_the_normalized_form_of_the_original_range_it_maps_to(NormalizationProfile profile)
    {
        ArabicNormalizer normalizer = ArabicNormalizer.ForProfile(profile);
        Check(s_text, text =>
        {
            NormalizedText result = normalizer.NormalizeWithOffsets(text);
            foreach (TextSpan line in Segments(result.Text, c => c is '\n' or '\r' or '\u2028' or '\u0085'))
            {
                string original = result.GetOriginalSlice(line).ToString();
                normalizer.Normalize(original).Should().Be(line.Slice(result.Text).ToString(), "line {0} of {1}", line, Escape(text));
            }
        });
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_output_character_maps_to_a_non_empty_original_range_in_order(NormalizationProfile profile)
    {
        ArabicNormalizer normalizer = ArabicNormalizer.ForProfile(profile);
        Check(s_text, text =>
        {
            NormalizedText result = normalizer.NormalizeWithOffsets(text);
            int previousStart = 0;
            for (int i = 0; i < result.Text.Length; i++)
            {
                TextSpan source = result.ToOriginal(i, 1);
                source.Length.Should().BePositive();
                source.End.Should().BeLessThanOrEqualTo(text.Length);
                source.Start.Should().BeGreaterThanOrEqualTo(previousStart);
                result.ToOriginal(i).Should().Be(source.Start);
                previousStart = source.Start;
            }

            result.ToOriginal(result.Text.Length).Should().Be(text.Length);
        });
    }

    [Fact]
    public void A_character_that_is_kept_maps_to_itself()
    {
        // Under Display, letters are never replaced: each output letter is the original character it maps to.
        ArabicNormalizer normalizer = ArabicNormalizer.Display;
        Check(s_text, text =>
        {
            NormalizedText result = normalizer.NormalizeWithOffsets(text);
            for (int i = 0; i < result.Text.Length; i++)
            {
                TextSpan source = result.ToOriginal(i, 1);
                if (source.Length == 1 && text[source.Start] is >= '\u0621' and <= '\u064A')
                {
                    result.Text[i].Should().Be(text[source.Start]);
                }
            }
        });
    }

    private static IEnumerable<TextSpan> Segments(string text, Func<char, bool> isSeparator)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || isSeparator(text[i]))
            {
                yield return new TextSpan(start, i - start);
                start = i + 1;
            }
        }
    }

    private static void Check<T>(Arbitrary<T> arbitrary, Action<T> property) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), Prop.ForAll(arbitrary, property));

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            builder.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
