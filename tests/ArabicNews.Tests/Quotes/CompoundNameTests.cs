using System.Linq;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Quotes;

/// <summary>
/// "عبد" and a name of God written apart ("عبد الله", "عبد العزيز", "عبد الرحمن") are one given name wherever they stand:
/// first, after بن, or in the middle of a name.
/// </summary>
public sealed class CompoundNameTests
{
    [Theory]
    [InlineData("وقال عبد الرحمن بن عبد الله السند إن الحملة مستمرة.", "عبد الرحمن بن عبد الله السند")]
    [InlineData("وقال الشيخ عبد الله بن زايد إن العلاقات قوية.", "عبد الله بن زايد")]
    [InlineData("وقال علي عبد الله صالح إن الحرب مستمرة.", "علي عبد الله صالح")]
    [InlineData("وقال العقيد محسن عبد الله الغلابي إن المقاومة تعامل الأسرى بإنسانية.", "محسن عبد الله الغلابي")]
    public void Abd_and_a_name_of_god_written_apart_are_one_given_name(string paragraph, string speaker) =>
        QuoteExtractor.Default.Extract("خبر\n" + paragraph).Select(q => q.Speaker?.Name).Should().Equal(speaker);
}
