using System.Linq;
using ArabicNews.Normalization;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Quotes;

/// <summary>
/// A preposition joined to a noun ("بوضوح", "لذلك", "بتغيير") names no one: it is neither the speaker after a cue nor the
/// subject before one. The corpus says which frequent words are such (`prepositional` in name-words.tsv); a word it
/// does not count is one when it is ب or ك and a common word, or a preposition and the article. Nor is an adverb in
/// the accusative's ا ("كثيرا", "مسبقا").
/// </summary>
public sealed class PrepositionalSpeakerTests
{
    [Theory]
    [InlineData("بوضوح", true)] // counted: وضوح and الوضوح stand alone as often as بوضوح at least
    [InlineData("لذلك", true)]
    [InlineData("بتغيير", true)] // not counted: ب and a common word
    [InlineData("للمنظمة", true)] // a preposition and the article
    [InlineData("لجنة", false)] // counted as a noun of its own: جنة is rarer than لجنة
    [InlineData("بيان", false)]
    [InlineData("كيري", false)] // ك and a verb (يرى) is no preposition and noun: the corpus counts Kerry as a common word only
    [InlineData("بسرعة", false)] // سرعة and السرعة stand alone a little less often than بسرعة: below the ratio
    public void The_corpus_and_the_word_s_shape_say_which_words_are_a_preposition_and_a_noun(string word, bool prepositional) =>
        QuoteWords.IsPrepositional(ArabicNormalizer.Search.Normalize(word)).Should().Be(prepositional, word);

    [Fact]
    public void A_prepositional_phrase_after_a_cue_is_no_speaker_and_the_last_speaker_goes_on()
    {
        string text = "خبر\nوقال الوزير إن العمل مستمر. وأضاف بوضوح: «لن نتراجع عن القرار».";
        QuoteExtractor.Default.Extract(text).Select(q => (q.Speaker?.Name, q.Evidence))
            .Should().Equal(("الوزير", SpeakerEvidence.Body), ("الوزير", SpeakerEvidence.Continuation));
    }

    [Fact]
    public void After_a_preposition_and_a_demonstrative_with_its_noun_the_speaker_follows()
    {
        string text = "خبر\nوقال بهذا الخصوص مدير الشرطة إن التحقيق مستمر.";
        QuoteExtractor.Default.Extract(text).Select(q => q.Speaker?.Name).Should().Equal("مدير الشرطة");
    }

    [Fact]
    public void A_preposition_and_a_demonstrative_alone_leave_the_speech_to_the_last_speaker()
    {
        string text = "خبر\nوقال الرئيس إن الحوار مهم. وقال لذلك: «علينا أن نتحاور».";
        QuoteExtractor.Default.Extract(text).Select(q => q.Speaker?.Name).Should().Equal("الرئيس", "الرئيس");
    }

    [Fact]
    public void A_name_that_begins_like_a_preposition_still_speaks_when_a_name_goes_on_after_it()
    {
        // باول is counted as ب and اول, but سيليفيان goes on as a name.
        QuoteWords.IsPrepositional("باول").Should().BeTrue();
        QuoteExtractor.Default.Extract("خبر\nوقال باول سيليفيان إن السوق مستقرة.").Select(q => q.Speaker?.Name).Should().Equal("باول سيليفيان");
    }

    [Theory]
    [InlineData("كثيرا", true)] // كثير and كثيرا are both common words
    [InlineData("مسبقا", true)]
    [InlineData("مؤخرا", false)] // مؤخر is too rare for the corpus to count
    [InlineData("بوتينا", false)] // no common word
    [InlineData("دعا", false)] // دع is no common word: a verb
    [InlineData("رئيسها", false)] // a noun and her: ها is a pronoun, not the accusative
    public void An_accusative_adverb_is_a_common_word_in_a_on_a_common_word(string word, bool adverb) =>
        QuoteWords.IsAccusativeAdverb(ArabicNormalizer.Search.Normalize(word)).Should().Be(adverb, word);

    [Fact]
    public void An_adverb_after_a_cue_is_no_speaker_and_the_last_speaker_goes_on()
    {
        string text = "خبر\nوقال الوزير إن العمل مستمر. وأضاف مسبقا: «لن نتراجع عن القرار».";
        QuoteExtractor.Default.Extract(text).Select(q => (q.Speaker?.Name, q.Evidence))
            .Should().Equal(("الوزير", SpeakerEvidence.Body), ("الوزير", SpeakerEvidence.Continuation));
    }
}
