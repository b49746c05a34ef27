using System;
using ArabicNews.Evaluation;
using ArabicNews.Evaluation.Scoring;

namespace ArabicNews.Tests.Evaluation;

/// <summary>
/// The matching rules of docs/annotation-guidelines.md as the scorer applies them: spans overlap and values agree;
/// dates at the annotated grain or finer, Hijri days give or take one, Hijri months either Gregorian month or the range
/// between; optional items and numbers inside dates are neutral; a speaker is right when an alias is in its name.
/// </summary>
public class ArticleScorerTests
{
    private static readonly DateOnly s_day = new(2015, 7, 22);

    private static ArticleScore Score(string text, ArticleAnnotation annotation) =>
        ArticleScorer.Default.Score(annotation, new SaudiNewsNetArticle(s_day, 0, "probe", "", text), Split.Development, keepErrors: true);

    private static ArticleAnnotation Annotation(NumberItem[]? numbers = null, DateItem[]? dates = null, QuoteItem[]? quotes = null) => new()
    {
        Article = "2015-07-22/0",
        Source = "probe",
        Reference = s_day,
        Numbers = numbers ?? [],
        Dates = dates ?? [],
        Quotes = quotes ?? [],
    };

    [Theory]
    [InlineData(47000000, 1, 1)]
    [InlineData(47, 0, 0)]
    public void A_number_matches_when_its_span_overlaps_and_its_value_agrees(double value, int matched, int foundMatched)
    {
        ArticleScore score = Score("صرفت الوزارة 47 مليون ريال على المشروع.",
            Annotation(numbers: [new NumberItem { Anchor = "47 مليون ريال", Value = (decimal)value, Unit = "SAR" }]));
        score.Numbers.Required.Should().Be(1);
        score.Numbers.Matched.Should().Be(matched);
        score.Numbers.FoundMatched.Should().Be(foundMatched);
        score.Numbers.Found.Should().Be(1);
    }

    [Fact]
    public void A_number_found_on_an_optional_item_or_inside_a_date_is_neutral()
    {
        ArticleScore optional = Score("شارك عشرات المتطوعين في الحملة.", Annotation(numbers: [new NumberItem { Anchor = "عشرات", Opt = true }]));
        optional.Numbers.Required.Should().Be(0);
        optional.Numbers.FoundNeutral.Should().Be(optional.Numbers.Found);
        optional.Numbers.Precision.Should().Be(1);

        ArticleScore inDate = Score("افتتح المعرض في 15 يوليو 2015 بحضور الوزير.",
            Annotation(dates: [new DateItem { Anchor = "15 يوليو 2015", Value = "2015-07-15" }]));
        inDate.Numbers.Found.Should().Be(inDate.Numbers.FoundNeutral);
    }

    [Theory]
    [InlineData("2015-07", 1)] // the found day lies in the annotated month
    [InlineData("2015-07-15", 1)]
    [InlineData("2015-07-16", 0)]
    [InlineData("2014", 0)]
    public void A_date_matches_at_the_annotated_grain_or_finer(string annotated, int matched)
    {
        ArticleScore score = Score("افتتح المعرض في 15 يوليو 2015 بحضور الوزير.",
            Annotation(dates: [new DateItem { Anchor = "15 يوليو 2015", Value = annotated }]));
        score.Dates.Matched.Should().Be(matched);
    }

    [Fact]
    public void A_coarser_date_than_the_annotated_one_does_not_match()
    {
        // "عام 2015" is found as the year; annotated at a day, the year does not lie inside it.
        ArticleScore score = Score("بدأ المشروع عام 2015 في الرياض.", Annotation(dates: [new DateItem { Anchor = "عام 2015", Value = "2015-07-22" }]));
        score.Dates.Matched.Should().Be(0);
    }

    [Theory]
    [InlineData("2015-07-16", 1)] // one day before the found 2015-07-17: accepted for a Hijri day
    [InlineData("2015-07-18", 1)]
    [InlineData("2015-07-15", 0)] // two days off
    [InlineData("2015-07-19", 0)]
    public void A_hijri_day_may_be_off_by_one(string annotated, int matched)
    {
        // 1 Shawwal 1436 is 2015-07-17 by Umm al-Qura.
        ArticleScore score = Score("احتفل المسلمون بعيد الفطر في 1 شوال 1436 هـ في كل المدن.",
            Annotation(dates: [new DateItem { Anchor = "1 شوال 1436", Value = annotated, Calendar = AnnotatedCalendar.Hijri }]));
        score.Dates.Matched.Should().Be(matched);
    }

    [Theory]
    [InlineData(AnnotatedCalendar.Hijri, 1)]
    [InlineData(AnnotatedCalendar.Gregorian, 0)]
    public void A_hijri_month_accepts_either_gregorian_month_and_the_range_between(AnnotatedCalendar calendar, int matched)
    {
        // Shawwal 1436 runs from 2015-07-17 to 2015-08-15: a range over both months.
        ArticleScore score = Score("تبدأ الدراسة في شهر شوال 1436 هـ حسب التقويم.",
            Annotation(dates: [new DateItem { Anchor = "شوال 1436", Value = "2015-07", Alt = ["2015-08"], Calendar = calendar }]));
        score.Dates.Matched.Should().Be(matched);
    }

    [Theory]
    [InlineData("الربيعة", 1)] // the short form is in the found name
    [InlineData("الرَّبيعة", 1)] // compared after Search normalization
    [InlineData("الفالح", 0)]
    public void A_speaker_is_right_when_an_alias_is_in_the_found_name(string alias, int right)
    {
        ArticleScore score = Score("وقال وزير الصحة توفيق الربيعة إن الوزارة ستفتتح مستشفى جديدا.",
            Annotation(quotes: [new QuoteItem { Anchor = "الوزارة ستفتتح", Kind = AnnotatedQuoteKind.Indirect, Speaker = [alias] }]));
        Tally tally = score.Quotes[QuoteGroup.Indirect];
        tally.Matched.Should().Be(1);
        tally.Right.Should().Be(right);
    }

    [Fact]
    public void A_found_quote_on_an_optional_quote_is_neutral_and_one_on_nothing_is_a_false_alarm()
    {
        const string text = "وقال وزير الصحة توفيق الربيعة إن الوزارة ستفتتح مستشفى جديدا.";
        Score(text, Annotation(quotes: [new QuoteItem { Anchor = "الوزارة ستفتتح", Kind = AnnotatedQuoteKind.Indirect, Opt = true }]))
            .Quotes[QuoteGroup.Indirect].FoundNeutral.Should().Be(1);
        ArticleScore none = Score(text, Annotation());
        none.Quotes[QuoteGroup.Indirect].Found.Should().Be(1);
        none.Quotes[QuoteGroup.Indirect].Precision.Should().Be(0);
    }

    [Theory]
    [InlineData("2015")]
    [InlineData("2015-07")]
    [InlineData("2015-07-22")]
    public void Iso_periods_read_year_month_and_day(string value) =>
        IsoPeriod.TryParse(value, out _).Should().BeTrue();

    [Theory]
    [InlineData("15")]
    [InlineData("2015-13")]
    [InlineData("2015-07-32")]
    [InlineData("22/07/2015")]
    public void Other_values_are_not_iso_periods(string value) =>
        IsoPeriod.TryParse(value, out _).Should().BeFalse();
}
