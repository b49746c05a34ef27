using System.Linq;
using ArabicNews.Normalization;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Quotes;

/// <summary>
/// A name written with و at its start ("وليامسون", "ويليامز", "وينتر") goes on the name before it: و there is no
/// conjunction when what follows it is no word the lexicons know, has no verb's shape, and is written the way names in W
/// are (وي، ولي). Elsewhere و and a word ("وبدأت", "والوزير", "وسيترأس") joins a new word to the sentence.
/// </summary>
public sealed class NamesInWawTests
{
    [Theory]
    [InlineData("وليامسون", false)] // ليامسون is no word
    [InlineData("ويليامز", false)]
    [InlineData("وينتر", false)]
    [InlineData("وليد", false)] // a given name
    [InlineData("وبدأت", true)] // و and a word the corpus counts
    [InlineData("والوزير", true)] // و and the article
    [InlineData("وسيترأس", true)] // the future's س
    [InlineData("ويجادلون", true)] // a present tense in ون
    [InlineData("وحصرية", true)] // not وي or ولي: no name in W
    public void Waw_is_a_conjunction_unless_a_name_in_w_follows(string word, bool conjoined) =>
        QuoteWords.IsConjoined(ArabicNormalizer.Search.Normalize(word)).Should().Be(conjoined, word);

    [Theory]
    [InlineData("وقال كريس وليامسون إن النمو تراجع.", "كريس وليامسون")] // the corpus counts كريس as a common word
    [InlineData("وقالت سيرينا ويليامز إنها ستعود قريبا.", "سيرينا ويليامز")]
    [InlineData("وقال الخبير كريس وليامسون إن النمو تراجع.", "كريس وليامسون")]
    public void A_name_in_w_goes_on_the_name_before_it(string paragraph, string speaker) =>
        QuoteExtractor.Default.Extract("خبر\n" + paragraph).Select(q => q.Speaker?.Name).Should().Equal(speaker);

    [Fact]
    public void A_word_in_w_that_joins_a_new_clause_ends_the_name()
    {
        string text = "خبر\nوقال كريس وسيترأس الوفد إن النمو تراجع.";
        QuoteExtractor.Default.Extract(text).Select(q => q.Speaker?.Name).Should().Equal((string?)null); // no name of three words, nor كريس alone before a clause
    }
}
