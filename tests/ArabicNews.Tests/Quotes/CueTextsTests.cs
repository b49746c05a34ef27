using System;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Quotes;

/// <summary>The text of a cue word is made into a string once and shared by the quotes of every article.</summary>
public class CueTextsTests
{
    [Fact]
    public void The_same_cue_as_written_is_one_string_across_articles()
    {
        QuoteMention first = QuoteExtractor.Default.Extract("خبر\nوقال الوزير إن العمل مستمر.")[0];
        QuoteMention second = QuoteExtractor.Default.Extract("خبر آخر\nوقال المدير إن الموعد ثابت.")[0];

        first.Cue.Should().Be("وقال");
        second.Cue.Should().BeSameAs(first.Cue);
    }

    [Fact]
    public void A_cue_written_otherwise_keeps_its_own_text()
    {
        CueTexts.Of("وقـال").Should().Be("وقـال").And.NotBeSameAs(CueTexts.Of("وقال"));
        CueTexts.Of("وقال").Should().BeSameAs(CueTexts.Of("وقال".AsSpan()));
    }
}
