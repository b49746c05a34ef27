using System.Collections.Generic;
using System.Linq;
using ArabicNews.Evaluation;

namespace ArabicNews.Tests.Evaluation;

/// <summary>
/// What `lexicon future` counts as a verb in the future: each threshold met exactly, and missed by one.
/// </summary>
public sealed class FutureVerbStatisticsTests
{
    // Texts where the future form is used `future` times and its present form `present` times.
    private static IEnumerable<string> Texts(string futureForm, int future, string presentForm, int present, params string[] more) =>
        Enumerable.Repeat($"قال إنه {futureForm} بالعمل.", future)
            .Concat(Enumerable.Repeat($"وهو {presentForm} بالعمل.", present))
            .Concat(more);

    [Fact]
    public void A_future_form_used_often_enough_whose_present_form_is_used_often_enough_is_kept() =>
        FutureVerbStatistics.Count(Texts("سيقوم", FutureVerbStatistics.MinFutureUses, "يقوم", FutureVerbStatistics.MinPresentUses))
            .Should().Equal("سيقوم");

    [Fact]
    public void One_use_too_few_of_the_future_form_drops_it() =>
        FutureVerbStatistics.Count(Texts("سيقوم", FutureVerbStatistics.MinFutureUses - 1, "يقوم", FutureVerbStatistics.MinPresentUses))
            .Should().BeEmpty();

    [Fact]
    public void One_use_too_few_of_the_present_form_drops_it() =>
        FutureVerbStatistics.Count(Texts("سيقوم", FutureVerbStatistics.MinFutureUses, "يقوم", FutureVerbStatistics.MinPresentUses - 1))
            .Should().BeEmpty();

    [Fact]
    public void A_form_the_corpus_writes_with_the_article_is_a_noun() =>
        FutureVerbStatistics.Count(Texts("ستاره", FutureVerbStatistics.MinFutureUses, "تاره", FutureVerbStatistics.MinPresentUses, "رفعت الستارة."))
            .Should().BeEmpty();

    [Fact]
    public void A_form_one_letter_shorter_than_the_least_is_not_kept()
    {
        FutureVerbStatistics.MinLength.Should().Be(5);
        FutureVerbStatistics.Count(Texts("سيعد", FutureVerbStatistics.MinFutureUses, "يعد", FutureVerbStatistics.MinPresentUses)).Should().BeEmpty();
        FutureVerbStatistics.Count(Texts("سيعود", FutureVerbStatistics.MinFutureUses, "يعود", FutureVerbStatistics.MinPresentUses)).Should().Equal("سيعود");
    }

    [Fact]
    public void Only_the_prefixes_of_the_present_follow_the_future_s() =>
        FutureVerbStatistics.Count(Texts("سلامة", FutureVerbStatistics.MinFutureUses, "لامة", FutureVerbStatistics.MinPresentUses))
            .Should().BeEmpty();
}
