using System;
using ArabicNews.Normalization;
using ArabicNews.Text;

namespace ArabicNews.Tests.Text;

/// <summary>The offset map of normalized text, checked against ranges worked out by hand.</summary>
public class OffsetMapTests
{
    // profile, original, a range of the normalized text (start, length), its text, the original range it maps to.
    public static TheoryData<NormalizationProfile, string, int, int, string, int, int> Ranges => new()
    {
        // A tatweel belongs to the letter before it.
        { NormalizationProfile.Search, "الـرئيس", 0, 3, "الر", 0, 4 },
        { NormalizationProfile.Search, "الـرئيس", 2, 1, "ر", 3, 1 },
        { NormalizationProfile.Search, "الـرئيس", 1, 1, "ل", 1, 2 },
        // So does a diacritic: the word covers its tanween.
        { NormalizationProfile.Search, "غداً الجمعة", 0, 3, "غدا", 0, 4 },
        { NormalizationProfile.Search, "غداً الجمعة", 4, 6, "الجمعه", 5, 6 },
        // A collapsed space belongs to no character, but lies inside a range that spans it.
        { NormalizationProfile.Search, "a  b", 2, 1, "b", 3, 1 },
        { NormalizationProfile.Search, "a  b", 0, 3, "a b", 0, 4 },
        { NormalizationProfile.Search, "a  b", 1, 1, " ", 1, 1 },
        // One presentation form gives two letters; each maps to the whole form.
        { NormalizationProfile.Search, "ﻻ شيء", 0, 1, "ل", 0, 1 },
        { NormalizationProfile.Search, "ﻻ شيء", 1, 1, "ا", 0, 1 },
        { NormalizationProfile.Search, "ﻻ شيء", 3, 3, "شيء", 2, 3 },
        { NormalizationProfile.Search, "قال ﷺ اليوم", 4, 18, "صلي الله عليه وسلم", 4, 1 },
        { NormalizationProfile.Search, "قال ﷺ اليوم", 23, 5, "اليوم", 6, 5 },
        // Invisible controls and trimmed spaces are outside every character.
        { NormalizationProfile.Search, "\u200Fنص\u200E", 0, 2, "نص", 1, 2 },
        { NormalizationProfile.Search, "  نص  \n  ب", 0, 2, "نص", 2, 2 },
        { NormalizationProfile.Search, "  نص  \n  ب", 2, 1, "\n", 6, 1 },
        { NormalizationProfile.Search, "  نص  \n  ب", 3, 1, "ب", 9, 1 },
        // A composed hamza covers the letter and the mark.
        { NormalizationProfile.Display, "ا\u0654ب", 0, 1, "أ", 0, 2 },
        { NormalizationProfile.Display, "ا\u0654ب", 1, 1, "ب", 2, 1 },
        // One-for-one replacements keep their positions.
        { NormalizationProfile.Search, "أحمد ٢٠٢٤", 5, 4, "2024", 5, 4 },
        // Empty ranges map to the position of the character there.
        { NormalizationProfile.Search, "الـرئيس", 2, 0, "", 3, 0 },
        { NormalizationProfile.Search, "نص  ", 2, 0, "", 4, 0 },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void A_normalized_range_maps_to_the_original_range_that_produced_it(
        NormalizationProfile profile, string original, int start, int length, string normalizedSlice, int originalStart, int originalLength)
    {
        NormalizedText result = ArabicNormalizer.ForProfile(profile).NormalizeWithOffsets(original);

        result.Text.AsSpan(start, length).ToString().Should().Be(normalizedSlice);
        result.ToOriginal(start, length).Should().Be(new TextSpan(originalStart, originalLength));
        result.ToOriginal(new TextSpan(start, length)).Should().Be(new TextSpan(originalStart, originalLength));
        result.GetOriginalSlice(new TextSpan(start, length)).ToString()
            .Should().Be(original.Substring(originalStart, originalLength));
    }

    [Fact]
    public void Positions_map_to_the_start_of_their_source_and_the_end_maps_to_the_end()
    {
        NormalizedText result = ArabicNormalizer.Search.NormalizeWithOffsets("\u200Fأَحمد  ");

        result.Text.Should().Be("احمد");
        result.ToOriginal(0).Should().Be(1);
        result.ToOriginal(1).Should().Be(3);
        result.ToOriginal(4).Should().Be(8);
    }

    [Fact]
    public void Unchanged_text_has_the_identity_map_and_is_the_same_instance()
    {
        const string Text = "احمد في القاهره";
        NormalizedText result = ArabicNormalizer.Search.NormalizeWithOffsets(Text);

        result.IsChanged.Should().BeFalse();
        result.Text.Should().BeSameAs(Text);
        result.Map.IsIdentity.Should().BeTrue();
        result.ToOriginal(3, 5).Should().Be(new TextSpan(3, 5));
    }

    [Fact]
    public void Replacements_of_equal_length_need_no_edit()
    {
        NormalizedText result = ArabicNormalizer.Search.NormalizeWithOffsets("أحمد إلى القاهرة ٢٠٢٤");

        result.IsChanged.Should().BeTrue();
        result.Map.IsIdentity.Should().BeTrue();
    }

    [Fact]
    public void The_map_is_sparse()
    {
        string text = "الـرئيس " + new string('ب', 10_000) + " غداً";
        NormalizedText result = ArabicNormalizer.Search.NormalizeWithOffsets(text);

        result.Map.EditCount.Should().Be(2);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(0, 7)]
    [InlineData(7, 0)]
    [InlineData(5, 2)]
    public void Ranges_outside_the_normalized_text_are_rejected(int start, int length)
    {
        NormalizedText result = ArabicNormalizer.Search.NormalizeWithOffsets("الـرئيس  ");
        result.Text.Should().Be("الرئيس");

        FluentActions.Invoking(() => result.ToOriginal(start, length)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(6, 0)]
    [InlineData(5, 1)]
    public void Ranges_inside_the_normalized_text_are_accepted(int start, int length)
    {
        NormalizedText result = ArabicNormalizer.Search.NormalizeWithOffsets("الـرئيس  ");

        FluentActions.Invoking(() => result.ToOriginal(start, length)).Should().NotThrow();
    }

    [Fact]
    public void Identity_maps_every_position_to_itself()
    {
        OffsetMap map = OffsetMap.Identity(10);

        map.ToOriginal(7).Should().Be(7);
        map.ToOriginal(2, 3).Should().Be(new TextSpan(2, 3));
        map.Should().Be(OffsetMap.Identity(10));
        map.Should().NotBe(OffsetMap.Identity(11));
    }
}
