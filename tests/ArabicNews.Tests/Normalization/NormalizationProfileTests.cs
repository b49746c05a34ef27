using System;
using ArabicNews.Normalization;

namespace ArabicNews.Tests.Normalization;

/// <summary>The three named profiles on sentences of real news copy, with their expected output worked out by hand.</summary>
public class NormalizationProfileTests
{
    public static TheoryData<NormalizationProfile, string, string> Cases => new()
    {
        // From seed 000: alef forms, taa marbuta, tanween, curly quotes.
        {
            NormalizationProfile.Search,
            "وقال روته: “تعزيز التعاون العسكري بين روسيا وكوريا الشمالية يشكل تهديداً لأمن منطقة المحيطين”،",
            "وقال روته: \"تعزيز التعاون العسكري بين روسيا وكوريا الشماليه يشكل تهديدا لامن منطقه المحيطين\"،"
        },
        {
            NormalizationProfile.Display,
            "وقال روته: “تعزيز التعاون العسكري بين روسيا وكوريا الشمالية يشكل تهديداً لأمن منطقة المحيطين”،",
            "وقال روته: \"تعزيز التعاون العسكري بين روسيا وكوريا الشمالية يشكل تهديداً لأمن منطقة المحيطين\"،"
        },
        {
            NormalizationProfile.Dedup,
            "وقال روته: “تعزيز التعاون العسكري بين روسيا وكوريا الشمالية يشكل تهديداً لأمن منطقة المحيطين”،",
            "وقال روته تعزيز التعاون العسكري بين روسيا وكوريا الشماليه يشكل تهديدا لامن منطقه المحيطين"
        },
        // Hamza seats: kept by Search, folded by Dedup.
        { NormalizationProfile.Search, "رئيس المؤتمر", "رئيس المؤتمر" },
        { NormalizationProfile.Dedup, "رئيس المؤتمر", "رييس الموتمر" },
        // Digits, decimal separator, scale word, alef maqsura.
        { NormalizationProfile.Search, "نحو ٣٫٥ مليار دولار إلى ٢٠٢٤", "نحو 3.5 مليار دولار الي 2024" },
        { NormalizationProfile.Display, "نحو ٣٫٥ مليار دولار إلى ٢٠٢٤", "نحو ٣٫٥ مليار دولار إلى ٢٠٢٤" },
        { NormalizationProfile.Dedup, "نحو ٣٫٥ مليار دولار إلى ٢٠٢٤", "نحو 3 5 مليار دولار الي 2024" },
        // Presentation forms, tatweel, invisible marks and odd spaces in copy pasted from PDFs.
        { NormalizationProfile.Search, "\u200Fﺍﻟﺮﺋﻴﺲ\u00A0\u00A0الـروسي  ", "الرئيس الروسي" },
        { NormalizationProfile.Display, "\u200Fﺍﻟﺮﺋﻴﺲ\u00A0\u00A0الـروسي  ", "الرئيس الروسي" },
        // Latin names: Dedup lowers them and drops punctuation.
        { NormalizationProfile.Dedup, "وكالة (AFP) - باريس", "وكاله afp باريس" },
        { NormalizationProfile.Search, "وكالة (AFP) - باريس", "وكاله (AFP) - باريس" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_profile_normalizes_news_copy_as_documented(NormalizationProfile profile, string input, string expected)
    {
        Normalizers.NormalizeAllWays(NormalizationOptions.ForProfile(profile), input).Should().Be(expected);
        ArabicNormalizer.ForProfile(profile).Normalize(input).Should().Be(expected);
    }

    [Fact]
    public void Search_is_the_default()
    {
        NormalizationOptions.Default.Should().BeSameAs(NormalizationOptions.Search);
        NormalizationOptions.Search.FoldHamzaSeats.Should().BeFalse();
        NormalizationOptions.Dedup.Should().Be(NormalizationOptions.Search with { FoldHamzaSeats = true, FoldPunctuation = true, LowercaseLatin = true });
    }

    [Fact]
    public void An_undefined_profile_is_a_programmer_error()
    {
        FluentActions.Invoking(() => NormalizationOptions.ForProfile((NormalizationProfile)42)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ArabicNormalizer.ForProfile((NormalizationProfile)42)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
