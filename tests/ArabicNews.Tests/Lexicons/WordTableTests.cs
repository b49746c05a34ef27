using System;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Lexicons;

/// <summary>
/// A word table's filters only ever turn away words that are no key: every key is found bare, with the article and
/// with a clitic, and the filters answer "no" for most words that are not keys.
/// </summary>
public class WordTableTests
{
    private static readonly WordTable<int> s_table = new(new Dictionary<string, int>
    {
        ["وزير"] = 1,
        ["د"] = 2,
        ["ناطق"] = 3,
        ["قال"] = 4,
    });

    [Theory]
    [InlineData("وزير", 1)]
    [InlineData("د", 2)]
    [InlineData("ناطق", 3)]
    [InlineData("قال", 4)]
    public void Every_key_is_found_as_written(string key, int value)
    {
        s_table.TryGet(key, out int found).Should().BeTrue();
        found.Should().Be(value);
        s_table.MayBegin(key).Should().BeTrue();
        s_table.MayHoldWithArticle(key).Should().BeTrue();
    }

    [Theory]
    [InlineData("الوزير", 1, 0)]
    [InlineData("والوزير", 1, 1)]
    [InlineData("بالوزير", 1, 1)]
    [InlineData("لوزير", 1, 1)]
    [InlineData("والناطق", 3, 1)]
    [InlineData("وقال", 4, 1)]
    public void Every_key_is_found_with_the_article_and_a_clitic(string word, int value, int clitic)
    {
        s_table.MayHoldWithArticle(word).Should().BeTrue();
        s_table.TryGetWithArticle(word, out int found, out int cliticLength).Should().BeTrue();
        (found, cliticLength).Should().Be((value, clitic));
    }

    [Theory]
    [InlineData("مدير")]
    [InlineData("الحكومة")]
    [InlineData("وزارة")]
    [InlineData("")]
    public void A_word_that_is_no_key_is_not_found(string word)
    {
        s_table.TryGet(word, out _).Should().BeFalse();
        s_table.TryGetWithArticle(word, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void The_filters_never_turn_away_a_key_of_the_quote_lexicons()
    {
        foreach (string key in QuoteLexicon.Roles.Words.Keys.Concat(QuoteLexicon.Cues.Words.Keys).Where(k => k.Length > 0))
        {
            (QuoteLexicon.Roles.Words.ContainsKey(key) ? QuoteLexicon.Roles.MayHoldWithArticle(key) : QuoteLexicon.Cues.MayBegin(key))
                .Should().BeTrue(key);
            (QuoteLexicon.Roles.TryGet(key, out _) || QuoteLexicon.Cues.TryGet(key, out _)).Should().BeTrue(key);
            if (QuoteLexicon.Roles.Words.ContainsKey(key))
            {
                QuoteLexicon.Roles.TryGetWithArticle("وال" + key, out _, out int clitic).Should().BeTrue(key);
                clitic.Should().Be(1);
            }
        }
    }

    [Fact]
    public void The_filters_turn_away_most_words_that_are_no_key()
    {
        // Every word of the five seed articles that is no title: the filter must answer no for most of them, or it
        // saves nothing (it passes about one in thirteen).
        string[] notKeys = Repo.SeedFiles
            .SelectMany(f => ArabicNews.Normalization.ArabicNormalizer.Search.Normalize(File.ReadAllText(f))
                .Split([' ', '\n', '،', '.', ':', '"', '«', '»', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !QuoteLexicon.Roles.TryGetWithArticle(w, out _, out _))
            .ToArray();
        notKeys.Should().HaveCountGreaterThan(1000);
        notKeys.Count(w => QuoteLexicon.Roles.MayHoldWithArticle(w)).Should().BeLessThan(notKeys.Length / 5);
    }
}
