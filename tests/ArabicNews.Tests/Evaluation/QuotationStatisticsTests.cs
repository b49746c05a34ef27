using System.Collections.Generic;
using System.Linq;
using ArabicNews.Evaluation;

namespace ArabicNews.Tests.Evaluation;

/// <summary>
/// What `lexicon quotations` counts as a recurring quotation: quoted on enough different days, short enough, and
/// a string between one pair of marks.
/// </summary>
public sealed class QuotationStatisticsTests
{
    // One article a day on `days` days, each quoting `quoted` in «».
    private static IEnumerable<(string Day, string Text)> Days(string quoted, int days, int perDay = 1) =>
        Enumerable.Range(1, days).SelectMany(d => Enumerable.Repeat(($"2015-07-{d:00}", $"وفاز فريق «{quoted}» أمس."), perDay));

    [Fact]
    public void A_string_quoted_on_the_fewest_days_is_kept() =>
        QuotationStatistics.Count(Days("الشياطين الحمر", QuotationStatistics.MinDays)).Should().Equal("الشياطين الحمر");

    [Fact]
    public void One_day_too_few_drops_it_however_many_articles_quote_it() =>
        QuotationStatistics.Count(Days("الشياطين الحمر", QuotationStatistics.MinDays - 1, perDay: 10)).Should().BeEmpty();

    [Fact]
    public void A_string_of_the_most_words_is_kept_and_one_word_more_is_not()
    {
        QuotationStatistics.MaxWords.Should().Be(4);
        QuotationStatistics.Count(Days("كأس خادم الحرمين الشريفين", QuotationStatistics.MinDays)).Should().Equal("كاس خادم الحرمين الشريفين");
        QuotationStatistics.Count(Days("كأس خادم الحرمين الشريفين للأندية", QuotationStatistics.MinDays)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(". وأضاف:")] // a straight quote that closes one quotation and opens the next
    [InlineData("2015")] // no letter
    public void Punctuation_or_no_letter_is_not_a_name(string quoted) =>
        QuotationStatistics.Count(Days(quoted, QuotationStatistics.MinDays)).Should().BeEmpty();

    [Fact]
    public void Every_kind_of_mark_counts_and_the_string_is_normalized() =>
        QuotationStatistics.Count([("2015-07-01", "حملة «عاصفة الحزم»"), ("2015-07-02", "حملة “عاصفة الحزم”"), ("2015-07-03", "حملة \"عاصفة الحزم\"")])
            .Should().Equal("عاصفه الحزم");
}
