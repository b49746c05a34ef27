using System;
using System.Linq;
using ArabicNews.Normalization;

namespace ArabicNews.Tests.Normalization;

/// <summary>The contract of the public API: allocation, buffers, argument errors, content that must never throw.</summary>
public class ArabicNormalizerApiTests
{
    [Fact]
    public void An_already_normalized_string_comes_back_as_the_same_instance_without_allocating()
    {
        string text = ArabicNormalizer.Search.Normalize(Repo.ReadSeed(Repo.SeedFiles[0]));
        ArabicNormalizer.Search.Normalize(text).Should().BeSameAs(text);
        ArabicNormalizer.Search.NormalizeWithOffsets(text).Text.Should().BeSameAs(text);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            ArabicNormalizer.Search.Normalize(text);
            ArabicNormalizer.Search.NormalizeWithOffsets(text);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void The_span_API_reports_a_destination_that_is_too_small()
    {
        const string Text = "ﷺ";
        var small = new char[5];
        ArabicNormalizer.Search.TryNormalize(Text, small, out int written).Should().BeFalse();
        written.Should().Be(0);

        var enough = new char[ArabicNormalizer.Search.GetMaxNormalizedLength(Text)];
        enough.Length.Should().Be(18);
        ArabicNormalizer.Search.TryNormalize(Text, enough, out written).Should().BeTrue();
        new string(enough, 0, written).Should().Be("صلي الله عليه وسلم");
    }

    [Fact]
    public void Overlapping_buffers_are_a_programmer_error()
    {
        char[] buffer = "أحمد".ToCharArray();
        FluentActions.Invoking(() => ArabicNormalizer.Search.TryNormalize(buffer, buffer, out _)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        FluentActions.Invoking(() => new ArabicNormalizer(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ArabicNormalizer.Search.Normalize((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ArabicNormalizer.Search.NormalizeWithOffsets(null!)).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uD800")]
    [InlineData("\uDC00\uD800")]
    [InlineData("\u0654\u0654\u0654")]
    [InlineData("\u200F\u200F")]
    [InlineData("     ")]
    [InlineData("\n\n\r")]
    [InlineData("\0\u0001\uFFFF\uFFFE")]
    public void Odd_content_never_throws_and_is_kept_where_no_rule_applies(string text)
    {
        string normalized = ArabicNormalizer.Search.Normalize(text);
        ArabicNormalizer.Search.Normalize(normalized).Should().Be(normalized);
        ArabicNormalizer.Search.IsNormalized(normalized).Should().BeTrue();
        foreach (char c in text.Where(char.IsSurrogate))
        {
            normalized.Should().Contain(c.ToString(), "lone surrogates are copied as they are");
        }
    }

    [Fact]
    public void Lines_are_normalized_independently_so_a_large_text_is_its_normalized_lines()
    {
        string seed = Repo.ReadSeed(Repo.SeedFiles[1]);
        string large = string.Join("\n", Enumerable.Repeat(seed, 400));

        string normalized = ArabicNormalizer.Search.Normalize(large);

        normalized.Should().Be(string.Join("\n", Enumerable.Repeat(ArabicNormalizer.Search.Normalize(seed), 400)));
        ArabicNormalizer.Search.IsNormalized(normalized).Should().BeTrue();
        ArabicNormalizer.Search.IsNormalized(large).Should().BeFalse();
    }
}
