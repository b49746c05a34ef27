using System;
using System.IO;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Lexicons;

/// <summary>
/// A filter of a lexicon's forms with clitics and endings never turns away a form of a key, and turns away most
/// words that are none, so that one fingerprint stands in for several look-ups.
/// </summary>
public class WordFormFilterTests
{
    private static readonly WordFormFilter s_filter = new(["قال", "أكد", "ذكر"], ["", "و", "ف"], ["", "ه", "ها"]);

    [Theory]
    [InlineData("قال")]
    [InlineData("وقال")]
    [InlineData("فقال")]
    [InlineData("قاله")]
    [InlineData("وقالها")]
    [InlineData("فذكرها")]
    [InlineData("أكده")]
    public void Every_key_with_every_clitic_and_ending_may_be_held(string word) =>
        s_filter.MayHold(word).Should().BeTrue();

    [Theory]
    [InlineData("وزير")]
    [InlineData("بقال")] // ب is no clitic of the filter
    [InlineData("قالهم")] // هم is no ending of the filter
    [InlineData("الحكومة")]
    public void A_word_that_begins_as_no_form_does_is_turned_away(string word) =>
        s_filter.MayHold(word).Should().BeFalse();

    [Theory]
    [InlineData("")]
    [InlineData("و")]
    public void A_word_too_short_to_fingerprint_is_never_turned_away_unless_empty(string word) =>
        s_filter.MayHold(word).Should().Be(word.Length == 1);

    [Fact]
    public void The_cue_filter_holds_every_form_the_cue_reader_tries()
    {
        foreach (string key in QuoteLexicon.Cues.Words.Keys.Where(k => k.Length > 0))
        {
            foreach (string form in new[] { key, "و" + key, "ف" + key, key + "ه", key + "ها", "و" + key + "هم", "ف" + key + "ه" })
            {
                QuoteLexicon.CueForms.MayHold(form).Should().BeTrue(form);
            }
        }
    }

    [Fact]
    public void The_cue_filter_turns_away_most_words_of_news()
    {
        // Every word of the five seed articles that is no cue in any form: the filter must answer no for most of them,
        // or it saves nothing over the look-ups it stands before.
        string[] words = Repo.SeedFiles
            .SelectMany(f => ArabicNormalizer.Search.Normalize(File.ReadAllText(f))
                .Split([' ', '\n', '،', '.', ':', '"', '«', '»', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 1 && !IsCueForm(w))
            .ToArray();
        words.Should().HaveCountGreaterThan(1000);
        words.Count(w => QuoteLexicon.CueForms.MayHold(w)).Should().BeLessThan(words.Length / 10); // it passes about one in twenty
    }

    private static bool IsCueForm(string word)
    {
        foreach (string bare in new[] { word, word[0] is 'و' or 'ف' ? word[1..] : word })
        {
            if (QuoteLexicon.Cues.TryGet(bare, out _) || (bare.Length > 2 && QuoteLexicon.Cues.TryGet(bare.AsSpan(0, bare.Length - 1), out _))
                || (bare.Length > 3 && QuoteLexicon.Cues.TryGet(bare.AsSpan(0, bare.Length - 2), out _)))
            {
                return true;
            }
        }

        return false;
    }
}
