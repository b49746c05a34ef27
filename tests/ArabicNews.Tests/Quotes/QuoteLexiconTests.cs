using System;
using System.IO;
using System.Linq;
using ArabicNews.Normalization;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Quotes;

/// <summary>The quotes capability's data files load, are consistent with each other, and say what the code relies on.</summary>
public class QuoteLexiconTests
{
    private static readonly string s_data = Path.Combine(Repo.Root, "src", "ArabicNews", "Lexicons", "Data");

    [Fact]
    public void Every_word_class_of_quote_words_has_entries()
    {
        foreach (QuoteWordClass wordClass in Enum.GetValues<QuoteWordClass>().Where(c => c != QuoteWordClass.None))
        {
            QuoteLexicon.Words.Words.Values.Should().Contain(c => (c & wordClass) != 0, wordClass.ToString());
        }
    }

    [Theory]
    [InlineData("DirectSpeech")]
    [InlineData("ClaimObject")]
    [InlineData("TakesObject")]
    [InlineData("Learned")]
    public void Lemma_classes_name_lemmas_of_the_cue_lexicon(string className)
    {
        QuoteWordClass wordClass = Enum.Parse<QuoteWordClass>(className);
        var lemmas = QuoteLexicon.Cues.Words.Values.Select(c => c.Lemma).ToHashSet(StringComparer.Ordinal);
        QuoteLexicon.Words.Words.Where(w => (w.Value & wordClass) != 0).Select(w => w.Key).Should().OnlyContain(lemma => lemmas.Contains(lemma));
    }

    [Fact]
    public void Name_words_are_in_one_class_each_and_hold_each_class()
    {
        var entries = File.ReadLines(Path.Combine(s_data, "name-words.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        entries.GroupBy(e => e[0]).Should().OnlyContain(g => g.Count() == 1);
        entries.Select(e => e[1]).Distinct().Should().BeEquivalentTo("given", "family", "common", "prepositional");
        QuoteLexicon.NameWords.Words.Should().HaveCount(entries.Count);
    }

    [Theory]
    [InlineData("محمد", "Given")]
    [InlineData("عبدالله", "Given")]
    [InlineData("الغامدي", "Family")]
    [InlineData("قال", "Common")]
    [InlineData("فيه", "Common")]
    public void The_counted_name_words_class_the_words_news_uses_most(string word, string expected)
    {
        QuoteLexicon.NameWords.TryGet(ArabicNormalizer.Search.Normalize(word), out NameWordClass actual).Should().BeTrue(word);
        actual.Should().Be(Enum.Parse<NameWordClass>(expected));
    }

    [Theory]
    [InlineData("لامرأة", false)] // ل and a common word
    [InlineData("عدم", false)] // the noun of negation ("وأكدت عدم تماثل …"), a function word
    [InlineData("حرصهما", false)] // a noun with the dual pronoun
    [InlineData("رفضهم", false)] // a noun with the plural pronoun
    [InlineData("لاريجاني", true)] // a name that begins with لا
    [InlineData("الغامدي", false)] // with the article: a family name is read by PersonName, not as a name word
    [InlineData("بمملكة", false)] // ب and a common noun in ة
    [InlineData("بلانك", true)] // a name that begins with ب
    [InlineData("لافروف", true)]
    [InlineData("عادل", true)]
    public void A_name_word_carries_no_pronoun_and_no_preposition_before_a_common_word(string word, bool isName) =>
        QuoteWords.IsNameWord(ArabicNormalizer.Search.Normalize(word)).Should().Be(isName, word);

    [Theory]
    [InlineData("الرياض", "City")]
    [InlineData("كوريا الجنوبية", "Country")]
    [InlineData("القصيم", "Region")]
    public void Places_have_their_kind(string place, string kind) =>
        QuoteLexicon.Places[ArabicNormalizer.Search.Normalize(place)].Should().Be(Enum.Parse<PlaceKind>(kind));

    [Fact]
    public void Every_title_and_role_is_found_with_and_without_the_article()
    {
        QuoteLexicon.TryRole("الوزير", out SpeakerRole minister).Should().BeTrue();
        minister.Kind.Should().Be(SpeakerRoleKind.Title);
        QuoteLexicon.TryRole("وزير", out _).Should().BeTrue();
        QuoteLexicon.TryRole("د", out SpeakerRole doctor).Should().BeTrue();
        doctor.Kind.Should().Be(SpeakerRoleKind.Title);
        QuoteLexicon.TryRole("ومصادر", out SpeakerRole sources).Should().BeTrue();
        sources.Kind.Should().Be(SpeakerRoleKind.Body);
    }
}
