using System;
using ArabicNews.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicNews.Tests.Dates;

/// <summary><see cref="ArabicDate"/>: one phrase, one date.</summary>
public class ArabicDateTests
{
    private static readonly DateOnly s_reference = new(2024, 11, 2);

    [Theory]
    [InlineData("الخامس من يناير 2024", "2024-01-05", DateKind.Date)]
    [InlineData("فبراير/ شباط 2022", "2022-02", DateKind.Month)]
    [InlineData("الجمعة الماضي", "2024-11-01", DateKind.Weekday)]
    [InlineData("1 رمضان 1445 هـ", "2024-03-11", DateKind.Date)]
    [InlineData("2024-11-02", "2024-11-02", DateKind.Date)]
    [InlineData("منذ ثلاث سنوات", "P3Y", DateKind.Duration)]
    public void A_whole_phrase_reads_as_one_date(string text, string iso, DateKind kind)
    {
        ArabicDate.TryParse(text, s_reference, out ParsedDate date).Should().BeTrue();
        date.ToIsoString().Should().Be(iso);
        date.Kind.Should().Be(kind);
        ArabicDate.Parse(text, s_reference).Should().Be(date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("الخامس من يناير في موسكو")]
    [InlineData("في الخامس من يناير")]
    [InlineData("13/13/2024")]
    public void Other_phrases_are_not_one_date(string text)
    {
        ArabicDate.TryParse(text, s_reference, out _).Should().BeFalse();
        var parse = () => ArabicDate.Parse(text, s_reference);
        parse.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData("31 فبراير 2024")]
    [InlineData("31 صفر 1446")]
    [InlineData("عام 0 هـ")]
    [InlineData("1 محرم 9700 هـ")] // past the tabular Hijri calendar's last year
    public void Impossible_or_out_of_range_dates_are_unresolved(string text)
    {
        if (ArabicDate.TryParse(text, s_reference, out ParsedDate date))
        {
            date.Value.Should().BeNull();
        }
    }

    [Fact]
    public void Without_a_reference_only_complete_dates_resolve()
    {
        ArabicDate.Parse("27 مايو 2024").ToIsoString().Should().Be("2024-05-27");
        ArabicDate.Parse("27 مايو").ToIsoString().Should().BeNull();
        ArabicDate.Parse("الجمعة").Value.Should().BeNull();
    }

    [Fact]
    public void Any_string_parses_or_fails_without_throwing()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(ArbMap.Default.ArbFor<string>(), (string text) =>
        {
            ArabicDate.TryParse(text ?? "", s_reference, out _);
            DateExtractor.Default.Extract(text ?? "", s_reference);
        }));
    }

    [Fact]
    public void The_manual_examples_give_what_they_show()
    {
        var reference = new DateOnly(2024, 11, 2);
        DateExtractor.Default.Extract("قال يوم /الأربعاء/ الماضي إن ...", reference)[0].Date.ToIsoString().Should().Be("2024-10-30");
        ArabicDate.Parse("فبراير/ شباط 2022", reference).ToIsoString().Should().Be("2022-02");
        ArabicDate.Parse("1 رمضان 1445 هـ").ToIsoString().Should().Be("2024-03-11");
        ArabicDate.Parse("أواخر مارس", reference).ToIsoString().Should().Be("2024-03-21/2024-03-31");
        ArabicDate.Parse("منذ ثلاث سنوات").ToIsoString().Should().Be("P3Y");
    }
}
