using System;
using System.Linq;
using ArabicNews.Quotes;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicNews.Tests.Quotes;

/// <summary>
/// Any text, of cues, names, titles, credits, quotation marks and punctuation in any order: extraction never throws
/// and every quote and speaker span lies inside the text, wherever a cue or mark falls (at the very end included).
/// </summary>
public class QuoteExtractorPropertyTests
{
    private static readonly string[] s_fragments =
    [
        "قال", "وقالت", "أكد", "مشيرا", "إلى", "أن", "إن", "بأن", "بحسب", "وفقا", "نقلا", "عن", "حسب", "قوله", "وصفها",
        "بأنها", "فإن", "فقد", "يذكر", "بين", "علمت", "من", "مصادر", "الوزير", "وزير", "الدكتور", "د.", "محمد", "بن",
        "عبدالله", "الحربي", "آل", "سعود", "أبو", "فان", "غال", "معاليه", "الأخير", "عدد", "بعض", "المتحدث", "باسم",
        "الوزارة", "الرياض", "كوريا", "الجنوبية", "لـ", "«", "»", "“", "”", "\"", "'", "(", ")", ":", "،", ".", "؟",
        "\n", " ", "ـ", "\u064B", "\u200F", "\uD800", "x", "2015",
    ];

    [Fact]
    public void Quotes_and_speakers_lie_inside_the_text_for_any_text()
    {
        Arbitrary<string> texts = Gen.Sized(size => Gen.ListOf(Gen.Elements(s_fragments), Math.Min(size * 3, 150)))
            .Select(parts => string.Concat(parts.Select((p, i) => i % 3 == 0 ? p : " " + p)))
            .ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(texts, text =>
        {
            foreach (QuoteMention quote in QuoteExtractor.Default.Extract(text))
            {
                quote.Start.Should().BeGreaterThanOrEqualTo(0, text);
                quote.Span.End.Should().BeLessThanOrEqualTo(text.Length, text);
                if (quote.Speaker is { Length: > 0 } speaker)
                {
                    speaker.Span.End.Should().BeLessThanOrEqualTo(text.Length, text);
                }

                quote.Confidence.Should().BeInRange(0, 1);
            }
        }));
    }

    [Theory]
    [InlineData("قال")]
    [InlineData("وقال الوزير")]
    [InlineData("بحسب")]
    [InlineData("وصفها")]
    [InlineData("قال «")]
    public void A_cue_at_the_very_end_of_a_text_introduces_nothing(string text) =>
        QuoteExtractor.Default.Extract(text).Should().BeEmpty();
}
