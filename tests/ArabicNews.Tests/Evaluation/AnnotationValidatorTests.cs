using System;
using System.Linq;
using ArabicNews.Evaluation;

namespace ArabicNews.Tests.Evaluation;

/// <summary>
/// An annotation points into its article and never copies it: an anchor has at most
/// <see cref="AnnotationValidator.MaxAnchorWords"/> words, and a note repeats fewer than
/// <see cref="AnnotationValidator.MaxNoteRun"/> words of the article in a row.
/// </summary>
public class AnnotationValidatorTests
{
    // Twelve invented words, none repeated, so that any run of them is found once.
    private static readonly string[] s_words = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد اثنا".Split(' ');

    private static readonly SaudiNewsNetArticle s_article =
        new(new DateOnly(2015, 7, 21), 0, "test", "", string.Join(' ', s_words));

    [Theory]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void An_anchor_has_at_most_ten_words(int words, bool sound)
    {
        var annotation = Annotation(new AnchoredItem { Anchor = string.Join(' ', s_words.Take(words)) });
        AnnotationValidator.Validate(annotation, s_article).Should().HaveCount(sound ? 0 : 1);
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void A_note_repeats_fewer_than_eight_words_of_the_article_in_a_row(int words, bool sound)
    {
        var note = "the subject is " + string.Join(' ', s_words.Skip(2).Take(words)) + " before the cue";
        var annotation = Annotation(new AnchoredItem { Anchor = "واحد", Note = note });
        AnnotationValidator.Validate(annotation, s_article).Should().HaveCount(sound ? 0 : 1);
    }

    private static ArticleAnnotation Annotation(AnchoredItem notQuote) => new()
    {
        Article = s_article.Id,
        Source = s_article.Source,
        Reference = s_article.Day,
        NotQuotes = [notQuote],
    };
}
