using System;
using ArabicNews.Lexicons;
using ArabicNews.Text;

namespace ArabicNews.Tests.Lexicons;

/// <summary>
/// A phrase table finds the longest phrase right before or after a word; the look-up of its first and last words
/// that turns most words away first finds every phrase the walk over all phrases finds.
/// </summary>
public class PhraseTableTests
{
    private static readonly PhraseTable<int> s_table = new(new (string, int)[]
    {
        ("نحو", 1),
        ("ما يقارب", 2),
        ("أكثر من", 3),
        ("ريال", 4),
        ("مليون ريال", 5),
    });

    [Theory]
    [InlineData("بلغ نحو 5", 1, 1, 0)]
    [InlineData("بلغ وبنحو 5", 1, 1, 2)]
    [InlineData("بلغ ما يقارب 5", 2, 1, 0)]
    [InlineData("بلغ أكثر من 5", 3, 1, 0)]
    public void A_phrase_before_a_word_is_found_with_its_clitics(string text, int value, int first, int clitic)
    {
        string normalized = ArabicNews.Normalization.ArabicNormalizer.Search.Normalize(text);
        ReadOnlySpan<WordToken> tokens = WordTokenizer.Tokenize(normalized, out _);
        s_table.TryMatchBefore(normalized, tokens, tokens.Length - 1, out int start, out int cliticLength, out int found).Should().BeTrue();
        (found, start, cliticLength).Should().Be((value, first, clitic));
    }

    [Theory]
    [InlineData("5 ريال", 4, 1, false)]
    [InlineData("5 مليون ريال", 5, 2, false)]
    [InlineData("5 الريال", 4, 1, true)]
    public void The_longest_phrase_after_a_word_is_found(string text, int value, int last, bool definite)
    {
        ReadOnlySpan<WordToken> tokens = WordTokenizer.Tokenize(text, out _);
        s_table.TryMatchAfter(text, tokens, 0, out int end, out int found, definite).Should().BeTrue();
        (found, end).Should().Be((value, last));
    }

    [Fact]
    public void A_phrase_carries_lam_only_when_its_lexicon_says_it_takes_it()
    {
        string text = ArabicNews.Normalization.ArabicNormalizer.Search.Normalize("وصل لأكثر من 5");
        ReadOnlySpan<WordToken> tokens = WordTokenizer.Tokenize(text, out _);
        s_table.TryMatchBefore(text, tokens, tokens.Length - 1, out _, out _, out _).Should().BeFalse();

        var withLam = new PhraseTable<int>(new (string, int)[] { ("أكثر من", 3), ("يصل إلى", 6) }, phrase => phrase.StartsWith("اكثر", StringComparison.Ordinal));
        withLam.TryMatchBefore(text, tokens, tokens.Length - 1, out int first, out int clitic, out int value).Should().BeTrue();
        (value, first, clitic).Should().Be((3, 1, 1));

        string purpose = ArabicNews.Normalization.ArabicNormalizer.Search.Normalize("جاء ليصل إلى 5");
        ReadOnlySpan<WordToken> purposeTokens = WordTokenizer.Tokenize(purpose, out _);
        withLam.TryMatchBefore(purpose, purposeTokens, purposeTokens.Length - 1, out _, out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("بلغ قرابة 5")]
    [InlineData("بلغ من 5")]
    [InlineData("5")]
    public void A_word_no_phrase_ends_with_finds_nothing(string text)
    {
        ReadOnlySpan<WordToken> tokens = WordTokenizer.Tokenize(text, out _);
        s_table.TryMatchBefore(text, tokens, tokens.Length - 1, out _, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void The_article_is_read_only_when_words_may_carry_it()
    {
        ReadOnlySpan<WordToken> tokens = WordTokenizer.Tokenize("5 الريال", out _);
        s_table.TryMatchAfter("5 الريال", tokens, 0, out _, out _, definite: false).Should().BeFalse();
        s_table.TryMatchWord("ريال", out int value).Should().BeTrue();
        value.Should().Be(4);
        s_table.TryMatchWord("يقارب", out _).Should().BeFalse();
    }
}
