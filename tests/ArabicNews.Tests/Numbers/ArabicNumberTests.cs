using System;
using ArabicNews.Numbers;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicNews.Tests.Numbers;

/// <summary><see cref="ArabicNumber"/>: whole phrases that write one number.</summary>
public class ArabicNumberTests
{
    public static TheoryData<string, decimal> Valid => new()
    {
        // Digits in every script, with separators.
        { "600", 600m },
        { "٦٠٠", 600m },
        { "۶۰۰", 600m },
        { "1,500", 1500m },
        { "1,500,000", 1500000m },
        { "١٬٥٠٠", 1500m },
        { "5.5", 5.5m },
        { "٣٫٥", 3.5m },
        { "2,5", 2.5m },
        { "1.234.567", 1234567m },
        { "1,234.5", 1234.5m },
        { "-3", -3m },
        // Units and teens in both genders and cases.
        { "صفر", 0m },
        { "ثلاثة", 3m },
        { "ثلاث", 3m },
        { "عشرة", 10m },
        { "أحد عشر", 11m },
        { "إحدى عشرة", 11m },
        { "اثنا عشر", 12m },
        { "اثني عشر", 12m },
        { "اثنتا عشرة", 12m },
        { "ثلاثة عشر", 13m },
        { "تسع عشرة", 19m },
        // Tens and compounds with و.
        { "عشرون", 20m },
        { "ثلاثين", 30m },
        { "خمسة وعشرون", 25m },
        { "واحد وعشرين", 21m },
        { "خمسة و عشرون", 25m },
        // Hundreds, written together or apart.
        { "مئة", 100m },
        { "مائة", 100m },
        { "مئتان", 200m },
        { "مئتين", 200m },
        { "ثلاثمئة", 300m },
        { "ثلاثمائة", 300m },
        { "ثلاث مئة", 300m },
        { "مئة وخمسون", 150m },
        // Scales: singular, dual, plural, accusative; counted and not.
        { "ألف", 1000m },
        { "ألفان", 2000m },
        { "ألفين", 2000m },
        { "ثلاثة آلاف", 3000m },
        { "خمسة وعشرون ألفاً", 25000m },
        { "أحد عشر ألفا", 11000m },
        { "مئة ألف", 100000m },
        { "مئتا ألف", 200000m },
        { "مليون", 1000000m },
        { "مليونان", 2000000m },
        { "ثلاثة ملايين", 3000000m },
        { "مليار", 1000000000m },
        { "ثلاثة مليارات", 3000000000m },
        { "بليون", 1000000000m },
        { "تريليون", 1000000000000m },
        { "ألف مليون", 1000000000m },
        { "مليون وألفان", 1002000m },
        { "مليونان وثلاثمئة ألف", 2300000m },
        { "عشرون ألفا و خمسمئة", 20500m },
        // Digits with scale words.
        { "600 ألف", 600000m },
        { "5.5 مليار", 5500000000m },
        { "١٫٢ تريليون", 1200000000000m },
        { "4 آلاف 3 مئة", 4300m },
        { "ألف خمس مئة", 1500m },
        { "10 آلاف", 10000m },
        // Fractions.
        { "نصف", 0.5m },
        { "ربع", 0.25m },
        { "نصف مليون", 500000m },
        { "مليون ونصف", 1500000m },
        { "خمسة ونصف", 5.5m },
        { "ثلاثة أرباع", 0.75m },
        { "ثلاث دزينات", 36m },
        { "نصف دزينة", 6m },
        { "عشرون وثلاثة أخماس", 20.6m },
        { "واحد وعشرون أخماس", 4.2m },
        { "٣ مئة و ٢١", 321m },
        { "واحد فاصلة خمسة", 1.5m },
        { "3 فاصلة 25", 3.25m },
        { ".77", 0.77m },
        { "77/100", 0.77m },
        { "١،٢٣٤،٥٦٧", 1234567m },
        { "12،220,13", 12220.13m },
        // One point is decimal, but ".000" groups thousands (no one writes 100.0 as 100.000).
        { "100.000", 100000m },
        { "1.000", 1000m },
        { "2.500", 2.5m },
        { "2.0005", 2.0005m },
        // Groups joined by ر, in visual order: decimals first, unless three digits group thousands.
        { "3ر5", 5.3m },
        { "83ر51", 51.83m },
        { "000ر22", 22000m },
        { "000ر000ر5", 5000000m },
        { "1ر83 مليون", 83100000m },
        // Colloquial spellings and the dropped و after hundreds.
        { "متين واحد وعشرين", 221m },
        { "تلتمية وخمسين", 350m },
        // Clitics.
        { "بثلاثة", 3m },
        { "وخمسين", 50m },
        { "لـ10", 10m },
        { "بـ٣ آلاف", 3000m },
        { "فثلاثة", 3m },
        // Diacritics, tatweel and other spellings are normalized first.
        { "ثَلاثَةُ آلافٍ", 3000m },
        { "ألفـــان", 2000m },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void A_phrase_that_writes_one_number_is_read(string text, decimal expected)
    {
        ArabicNumber.TryParse(text, out ParsedNumber result).Should().BeTrue();
        result.Value.Should().Be(expected);
        ArabicNumber.Parse(text).Value.Should().Be(expected);
    }

    // The text, and the word that stops it.
    public static TheoryData<string, string> Invalid => new()
    {
        { "", "" },
        { "   ", "" },
        { "ثلاثة كتب", "كتب" },
        { "ثلاثة خمسة", "خمسة" },
        { "آلاف", "آلاف" },
        { "مئات", "مئات" },
        { "خمسة و", "و" },
        { "و خمسة", "و" },
        { "1..5", "1..5" },
        { "1,", "1," },
        { "3ر", "3ر" },
        { "3رس5", "3رس5" },
        { "حوالي 5", "حوالي" },
        { "ثلاثة أرباع خمسة", "خمسة" },
        { "أرباع", "أرباع" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_phrase_that_is_not_one_number_names_the_first_word_it_could_not_use(string text, string unused)
    {
        ArabicNumber.TryParse(text, out _, out TextSpan span).Should().BeFalse();
        span.Slice(text).ToString().Should().Be(unused);
        FluentActions.Invoking(() => ArabicNumber.Parse(text)).Should().Throw<FormatException>();
    }

    [Fact]
    public void A_number_too_large_for_decimal_is_read_with_no_value()
    {
        string digits = new('9', 1_000_000);
        ArabicNumber.TryParse(digits, out ParsedNumber result).Should().BeTrue();
        result.IsOverflow.Should().BeTrue();

        ArabicNumber.TryParse("1000000000000000000000 تريليون", out result).Should().BeTrue();
        result.Value.Should().BeNull();
    }

    [Theory]
    [InlineData(0, false, "صفر")]
    [InlineData(3, false, "ثلاثة")]
    [InlineData(3, true, "ثلاث")]
    [InlineData(11, false, "أحد عشر")]
    [InlineData(12, true, "اثنتا عشرة")]
    [InlineData(13, false, "ثلاثة عشر")]
    [InlineData(25, false, "خمسة وعشرون")]
    [InlineData(21, true, "إحدى وعشرون")]
    [InlineData(300, false, "ثلاثمئة")]
    [InlineData(2000, false, "ألفان")]
    [InlineData(3000, false, "ثلاثة آلاف")]
    [InlineData(25000, false, "خمسة وعشرون ألفًا")]
    [InlineData(100000, false, "مئة ألف")]
    [InlineData(25_300, false, "خمسة وعشرون ألفًا وثلاثمئة")]
    [InlineData(1_500_000, false, "مليون وخمسمئة ألف")]
    [InlineData(5_500_000_000, false, "خمسة مليارات وخمسمئة مليون")]
    [InlineData(1_000_000_000_000_000, false, "ألف تريليون")]
    public void Numbers_are_written_in_standard_words(long value, bool feminine, string expected)
    {
        ArabicNumberWords.ToWords(value, feminine).Should().Be(expected);
    }

    [Fact]
    public void Words_read_back_as_the_number_they_write_for_random_values_up_to_ten_to_the_fifteenth()
    {
        Gen<long> values = Gen.Frequency(
            (1, Gen.Choose(0, 1000).Select(i => (long)i)),
            (1, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
            (2, Gen.Choose(0, 999_999).Zip(Gen.Choose(0, 999_999_999)).Select(p => Math.Min(ArabicNumberWords.MaxValue, (p.Item1 * 1_000_000_000L) + p.Item2))));
        Gen<(long, bool)> cases = values.Zip(Gen.Elements(false, true));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(cases.ToArbitrary(), pair =>
        {
            (long value, bool feminine) = pair;
            string words = ArabicNumberWords.ToWords(value, feminine);
            ArabicNumber.TryParse(words, out ParsedNumber parsed, out TextSpan unused).Should().BeTrue("'{0}' stops at '{1}'", words, unused.Slice(words).ToString());
            parsed.Value.Should().Be(value, words);
        }));
    }

    [Fact]
    public void Values_outside_the_written_range_are_a_programmer_error()
    {
        FluentActions.Invoking(() => ArabicNumberWords.ToWords(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ArabicNumberWords.ToWords(ArabicNumberWords.MaxValue + 1)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
