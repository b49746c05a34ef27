using System;
using System.IO;
using System.Linq;
using ArabicNews.Dates;

namespace ArabicNews.Tests.Dates;

/// <summary>
/// Every date in the seed articles, checked by hand in context on 2026-11-25 for the reference date
/// 2024-11-02 (a Saturday), slice by slice: the weekdays ("يوم /الأربعاء/ الماضي" is 30 October; "اليوم
/// الجمعة" in 001 is the Friday, 1 November, as the weekday wins), the paired months ("فبراير/ شباط 2022",
/// "أكتوبر/ تشرين الأول الماضي"), "نوفمبر الجاري", "عام 1949", the date line of 004 and the durations. The
/// events check out: North Korea's satellite launch of 27 May 2024, the Russia–North Korea treaty of June 2024,
/// Ukraine's incursion into Kursk in August 2024, Putin's visit to Pyongyang "خلال الصيف" (June 2024, in the
/// summer of 2024). Vague spans are left out by design ("منذ أشهر", "قبل أيام",
/// "خلال الأيام المقبلة"), and so is "يوم النصر" (a feast, not a date here).
/// </summary>
public class SeedDateTests
{
    private static readonly DateOnly s_reference = new(2024, 11, 2);

    // file, then each mention as "slice|kind|iso|grain".
    public static TheoryData<string, string[]> Seeds => new()
    {
        { "000_7deae1a5dd21d476.txt", [] },
        {
            "001_51159d0b8a1b4d23.txt",
            [
                "يوم /الأربعاء/ الماضي|Weekday|2024-10-30|Day",
                "منذ ثلاث سنوات|Duration|P3Y|Year",
                "خلال العامين الماضيين|Duration|P2Y|Year",
                "أغسطس 2023|Month|2023-08|Month",
                "اليوم الجمعة|Weekday|2024-11-01|Day",
                "يوم الأربعاء|Weekday|2024-10-30|Day",
                "أغسطس|Month|2024-08|Month",
                "يونيو|Month|2024-06|Month",
                "يوم الخميس|Weekday|2024-10-31|Day",
                "يوم الخميس|Weekday|2024-10-31|Day",
            ]
        },
        {
            "002_d287910d6ae0b8d5.txt",
            [
                "اليوم السبت|Weekday|2024-11-02|Day",
                "يوم الأربعاء|Weekday|2024-10-30|Day",
                "27 مايو|Date|2024-05-27|Day",
                "نوفمبر الجاري|Month|2024-11|Month",
                "يونيو|Month|2024-06|Month",
            ]
        },
        { "003_49463a499292f4e9.txt", ["يونيو الماضي|Month|2024-06|Month"] },
        {
            "004_967eaa5b9498bc4f.txt",
            [
                "2024-11-02|Date|2024-11-02|Day",
                "الجمعة|Weekday|2024-11-01|Day",
                "22 فبراير/ شباط 2022|Date|2022-02-22|Day",
                "الصيف|Range|2024-06/2024-08|Month",
                "أغسطس/ آب الماضي|Month|2024-08|Month",
                "الخميس|Weekday|2024-10-31|Day",
                "الجمعة|Weekday|2024-11-01|Day",
                "أكتوبر/ تشرين الأول الماضي|Month|2024-10|Month",
                "خلال شهر|Duration|P1M|Month",
                "مارس/ آذار 2022|Month|2022-03|Month",
                "الخميس|Weekday|2024-10-31|Day",
                "الجمعة|Weekday|2024-11-01|Day",
                "عام 1949|Year|1949|Year",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_date_of_a_seed_is_found_and_resolved_as_checked_by_hand(string seed, string[] expected)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, seed));
        DateExtractor.Default.Extract(text, s_reference)
            .Select(m => $"{m.Span.Slice(text).ToString()}|{m.Date.Kind}|{m.Date.ToIsoString()}|{m.Date.Grain}")
            .Should().Equal(expected);
    }

    [Fact]
    public void The_date_line_of_a_seed_is_its_reference_when_the_caller_gives_none()
    {
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, "004_967eaa5b9498bc4f.txt"));
        DateExtractor.TryReadDateLine(text, out DateOnly dated).Should().BeTrue();
        dated.Should().Be(s_reference);
        DateExtractor.Default.Extract(text).Should().Equal(DateExtractor.Default.Extract(text, s_reference));
    }

    [Fact]
    public void Without_a_reference_or_a_date_line_relative_dates_stay_unresolved()
    {
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, "002_d287910d6ae0b8d5.txt"));
        var mentions = DateExtractor.Default.Extract(text);
        mentions.Should().HaveCount(5);
        mentions.Should().OnlyContain(m => m.Date.Value == null && m.Date.ToIsoString() == null);
    }
}
