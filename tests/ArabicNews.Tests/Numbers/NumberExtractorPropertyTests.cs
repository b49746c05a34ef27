using System;
using System.Linq;
using ArabicNews.Numbers;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicNews.Tests.Numbers;

/// <summary>Any text: mentions never throw, lie inside the text, in order and without overlap.</summary>
public class NumberExtractorPropertyTests
{
    private static readonly string[] s_fragments =
    [
        "ثلاثة", "آلاف", "ألف", "ألفين", "مليون", "مليار", "و", "وعشرون", "عشر", "أحد", "الأول", "الحادي", "نصف",
        "أرباع", "فاصلة", "مئات", "الملايين", "من", "إلى", "بين", "نحو", "أكثر", "أقل", "في", "المئة", "دولار",
        "كيلومتر", "مربع", "سالب", "تشرين", "5", "٣٫٥", "1,500", "2024-11-02", "10-20", "٪", "%", "$", "-", "/",
        ".", "،", " ", "  ", "\n", "ـ", "\u064B", "\u200F", "ﻻ", "\uD800", "x", "٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠",
    ];

    [Fact]
    public void Mentions_lie_inside_the_text_in_order_without_overlap_for_any_text()
    {
        Arbitrary<string> texts = Gen.Sized(size => Gen.ListOf(Gen.Elements(s_fragments), Math.Min(size * 2, 120)))
            .Select(parts => string.Join(" ", parts))
            .ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(texts, text =>
        {
            int end = 0;
            foreach (NumberMention mention in NumberExtractor.Default.Extract(text))
            {
                mention.Start.Should().BeGreaterThanOrEqualTo(end, text);
                mention.Length.Should().BePositive();
                mention.Span.End.Should().BeLessThanOrEqualTo(text.Length);
                end = mention.Span.End;
            }
        }));
    }
}
