using System;
using System.Collections.Generic;
using System.Globalization;
using ArabicNews.Annotations;
using ArabicNews.Text;

namespace ArabicNews.Dates;

/// <summary>
/// Finds the dates of a text and resolves them against a reference date (the day the article was published):
/// numeric dates ("2024-11-02", "02/11/2024"), days and months with the month names of every region ("27
/// مايو", "الخامس من يناير", "فبراير/ شباط 2022", "تشرين الأول"), Hijri dates ("1 رمضان 1445 هـ"), years
/// ("عام 1949"), weekdays ("/الأربعاء/ الماضي", "اليوم السبت"), relative expressions ("أمس", "الأسبوع
/// المقبل", "نوفمبر الجاري", "قبل شهرين"), parts of a month or year ("أواخر مارس", "مطلع العام المقبل") and
/// durations ("منذ ثلاث سنوات"). Spans point into the original text.
/// </summary>
/// <remarks>
/// The reference date is the caller's; else, when <see cref="DateExtractionOptions.ReadDateLine"/> allows it, the
/// date line the document starts with ("date 2024-11-02"); else mentions stay unresolved rather than guessed
/// from the clock. Instances are immutable and thread-safe; extraction runs in time linear in the text.
/// </remarks>
[Immutable]
public sealed class DateExtractor
{
    private static readonly UmAlQuraCalendar s_hijri = new();

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">How dates resolve.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public DateExtractor(DateExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>Gets the shared extractor with <see cref="DateExtractionOptions.Default"/>.</summary>
    public static DateExtractor Default { get; } = new(DateExtractionOptions.Default);

    /// <summary>Gets how this extractor resolves dates.</summary>
    public DateExtractionOptions Options { get; }

    /// <summary>Finds the dates of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The day the text was written; null to use its date line, if any.</param>
    /// <returns>The mentions, with spans into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<DateMention> Extract(string text, DateOnly? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(text.AsSpan(), reference);
    }

    /// <summary>Finds the dates of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The day the text was written; null to use its date line, if any.</param>
    /// <returns>The mentions, with spans into <paramref name="text"/>.</returns>
    public IReadOnlyList<DateMention> Extract(ReadOnlySpan<char> text, DateOnly? reference = null)
    {
        if (reference is null && Options.ReadDateLine && TryReadDateLine(text, out DateOnly dated))
        {
            reference = dated;
        }

        using var words = NormalizedWords.Create(text);
        OffsetMap map = words.Map;
        var found = new List<RawDate>();
        new DateRecognizer(words.Text, words.Tokens).Recognize(found);
        Dictionary<int, int>? writtenYears = WrittenYears(found);
        Dictionary<DayOfWeek, DateOnly>? namedWeekdays = NamedWeekdays(found, reference);
        int titleEnd = words.Text.IndexOf('\n');
        var mentions = new List<DateMention>(found.Count);
        List<int>? bareTitleMonths = null;
        List<int>? bareBodyMonths = null;
        DateOnly? previousEnd = null;
        for (int k = 0; k < found.Count; k++)
        {
            RawDate raw = found[k];
            if (raw.FollowsSameKind && previousEnd > reference && raw.Year is null && raw.Direction == DateDirectionWord.None)
            {
                raw.FutureCue = true; // "حتى 31 أغسطس أو الأول من سبتمبر": after a coming date, a coming one
            }

            if (raw.JoinedWithNext && k + 1 < found.Count && raw.Direction == DateDirectionWord.None && raw.Year is null)
            {
                // "يومي الثلاثاء والأربعاء المقبلين": the direction after the second is both's.
                raw.Direction = found[k + 1].Direction;
            }

            if (raw.Kind == DateKind.Relative && raw.RelativeOffset > 0 && raw.OffsetUnit == DateGrain.Year
                && !raw.FutureCue && Options.Direction == DateDirection.PreferPast)
            {
                // "وذلك بعد 33 عاما": years after, with nothing that puts the sentence in the future, is time gone by,
                // not a year to come.
                raw.Kind = DateKind.Duration;
                raw.Amount = raw.RelativeOffset;
                raw.Unit = raw.OffsetUnit;
            }

            ParsedDate date = Resolve(raw, reference, writtenYears, raw.Start < titleEnd ? namedWeekdays : null);
            int end = raw.End;
            if (raw.JoinedWithNext && k + 1 < found.Count)
            {
                // Two dates joined as a range: from the first day of one to the last day of the other; a second
                // without a year that falls before the first is in the year after ("25 ذي الحجة حتى 4 محرم").
                // A second weekday is the first one after the first ("يومي الثلاثاء والأربعاء").
                RawDate second = found[k + 1];
                ParsedDate upper = Resolve(second, reference, writtenYears, second.Start < titleEnd ? namedWeekdays : null);
                if (raw.Year is null && raw.YearOffset is null && raw.Direction == DateDirectionWord.None && raw.Month is { } fromMonth
                    && second.Year is { } toYear && second.Month is { } toMonth && second.Calendar == raw.Calendar)
                {
                    // "من يناير حتى مارس 2014": the year written after the second is the first's too (or the one before).
                    raw.Year = fromMonth <= toMonth ? toYear : toYear - 1;
                    raw.HijriEra = second.HijriEra;
                    date = DateResolver.Resolve(raw, reference, Options.Direction);
                }

                if (date.Value is { } low && upper.End is { } high && high < low && second.Year is null && second.YearOffset is null)
                {
                    if (raw.Month is { } lowMonth && second.Month is { } highMonth && highMonth < lowMonth)
                    {
                        second.Year = second.Calendar == DateCalendar.Hijri ? s_hijri.GetYear(low.ToDateTime(TimeOnly.MinValue)) + 1 : low.Year + 1;
                        second.HijriEra = second.Calendar == DateCalendar.Hijri;
                        upper = DateResolver.Resolve(second, reference, Options.Direction);
                    }
                    else if (raw.Kind == DateKind.Weekday && second.Kind == DateKind.Weekday && second.Weekday is { } weekday)
                    {
                        DateOnly next = low.AddDays(((int)weekday - (int)low.DayOfWeek + 7) % 7);
                        upper = upper with { Value = next, End = next };
                    }
                }

                if (!Options.JoinRangesAcrossPeriods && date.Value is { } lowEnd && upper.End is { } highEnd && !WithinOnePeriod(lowEnd, highEnd, date.Grain, upper.Grain))
                {
                    // "من عام 1997 حتى عام 2010": each end its own mention, with the year the range gave it.
                    TextSpan lower = map.ToOriginal(TextSpan.FromBounds(raw.Start, raw.End));
                    mentions.Add(new DateMention(lower.Start, lower.Length, date));
                    TextSpan higher = map.ToOriginal(TextSpan.FromBounds(found[k + 1].Start, found[k + 1].End));
                    mentions.Add(new DateMention(higher.Start, higher.Length, upper));
                    previousEnd = upper.End;
                    k++;
                    continue;
                }

                end = found[k + 1].End;
                bool ordered = date.Value is { } from && upper.End is { } to && from <= to;
                date = date with
                {
                    Kind = DateKind.Range,
                    Grain = date.Grain == upper.Grain ? date.Grain : DateGrain.Day,
                    Value = ordered ? date.Value : null,
                    End = ordered ? upper.End : null,
                };
                k++;
            }

            previousEnd = date.End;
            TextSpan span = map.ToOriginal(TextSpan.FromBounds(raw.Start, end));
            if (date.Kind == DateKind.Month && raw.Year is null)
            {
                if (raw.Start < titleEnd && !raw.FutureCue && raw.Direction == DateDirectionWord.None)
                {
                    (bareTitleMonths ??= []).Add(mentions.Count);
                }
                else if (raw.Start > titleEnd && raw.Direction is DateDirectionWord.None or DateDirectionWord.Future or DateDirectionWord.Current)
                {
                    (bareBodyMonths ??= []).Add(mentions.Count);
                }
            }

            mentions.Add(new DateMention(span.Start, span.Length, date));
        }

        if (bareTitleMonths is not null && bareBodyMonths is not null)
        {
            TitleMonthsAsInBody(mentions, bareTitleMonths, bareBodyMonths);
        }

        return mentions;
    }

    // A month named bare in the title (the first line: no year, direction word or future cue) is the one the body
    // resolves the first mention of the same month to that has no year and no direction to the past (a cue or المقبل
    // may move it; "قبل الماضي" names another one): "تسعير خام دبي لشهر أكتوبر" over "فرق السعر لشحنات أكتوبر" (this October, read
    // from the shipment) is that October.
    private static void TitleMonthsAsInBody(List<DateMention> mentions, List<int> titleMonths, List<int> bodyMonths)
    {
        foreach (int m in titleMonths)
        {
            ParsedDate title = mentions[m].Date;
            foreach (int b in bodyMonths)
            {
                ParsedDate body = mentions[b].Date;
                if (body.Month == title.Month && body.Calendar == title.Calendar)
                {
                    mentions[m] = mentions[m] with { Date = title with { Value = body.Value, End = body.End } };
                    break;
                }
            }
        }
    }

    // Whether one month (a range of days) or one year (a range of months or years) holds both ends of a range.
    private static bool WithinOnePeriod(DateOnly first, DateOnly last, DateGrain firstGrain, DateGrain lastGrain) =>
        firstGrain == DateGrain.Day && lastGrain == DateGrain.Day
            ? first.Year == last.Year && first.Month == last.Month
            : first.Year == last.Year;

    // Resolves a date; a month or day named without a year that resolves to the year before the one the same month is
    // written with elsewhere in the text takes that year: a title's "26 فبراير" is the body's "26 فبراير 2016" (a
    // coming month read as the past one). Not the other way: "أغسطس" after "أغسطس 2023" may well be the last one.
    // A weekday named bare in the title (the first line), with no cue of its tense, is the day the same weekday is
    // given elsewhere in the text with a direction word, its date or a relative day: a title's "الاثنين" is the body's "يوم الاثنين
    // المقبل" (in the body, two mentions of a weekday may well be two weeks apart).
    private ParsedDate Resolve(RawDate raw, DateOnly? reference, Dictionary<int, int>? writtenYears, Dictionary<DayOfWeek, DateOnly>? namedWeekdays)
    {
        ParsedDate date = DateResolver.Resolve(raw, reference, Options.Direction);
        if (namedWeekdays is not null && raw.Kind == DateKind.Weekday && raw.Weekday is { } weekday && raw.Direction == DateDirectionWord.None
            && !raw.FutureCue && !raw.Today && raw.WeekOffset is null && namedWeekdays.TryGetValue(weekday, out DateOnly named) && named != default)
        {
            return date with { Value = named, End = named };
        }

        if (writtenYears is not null && raw.Year is null && raw.YearOffset is null && raw.MonthOffset is null && raw.Direction == DateDirectionWord.None
            && raw.Calendar == DateCalendar.Gregorian && raw.Month is { } month && writtenYears.TryGetValue(month, out int year)
            && date.Value is { } value && year - value.Year == 1)
        {
            raw.Year = year;
            date = DateResolver.Resolve(raw, reference, Options.Direction);
        }

        return date;
    }

    // The one day each weekday is given with a direction word, a written date or a relative day ("أمس الخميس") in the
    // text (none for two days).
    private Dictionary<DayOfWeek, DateOnly>? NamedWeekdays(List<RawDate> found, DateOnly? reference)
    {
        Dictionary<DayOfWeek, DateOnly>? days = null;
        foreach (RawDate raw in found)
        {
            if (raw.Weekday is { } weekday && !raw.JoinedWithNext
                && (raw.Direction is DateDirectionWord.Past or DateDirectionWord.Future || (raw.Kind == DateKind.Date && raw.Day is not null)
                    || (raw.Kind == DateKind.Relative && raw.RelativeGrain == DateGrain.Day)) // "بعد غد الأربعاء"
                && DateResolver.Resolve(raw, reference, Options.Direction).Value is { } day && day.DayOfWeek == weekday)
            {
                days ??= [];
                days[weekday] = days.TryGetValue(weekday, out DateOnly other) && other != day ? default : day;
            }
        }

        return days;
    }

    // The one year each Gregorian month is written with in the text (none for a month written with two years).
    private static Dictionary<int, int>? WrittenYears(List<RawDate> found)
    {
        Dictionary<int, int>? years = null;
        foreach (RawDate raw in found)
        {
            if (raw.Calendar == DateCalendar.Gregorian && raw.Month is { } month && raw.Year is { } year && raw.Kind is DateKind.Date or DateKind.Month or DateKind.Range)
            {
                years ??= [];
                years[month] = years.TryGetValue(month, out int other) && other != year ? 0 : year;
            }
        }

        return years;
    }

    /// <summary>
    /// Reads the date line a document may start with: "date 2024-11-02", "Date: 2024-11-02", "التاريخ:
    /// 2024-11-02" (a label, an optional colon, an ISO date in any digit script), after any blank space.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <param name="date">The date of the line.</param>
    /// <returns>Whether the document starts with a date line.</returns>
    public static bool TryReadDateLine(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.TrimStart();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..].TrimStart();
        }

        int labelLength = text.StartsWith("date", StringComparison.OrdinalIgnoreCase) ? 4
            : text.StartsWith("التاريخ", StringComparison.Ordinal) ? 7
            : text.StartsWith("تاريخ", StringComparison.Ordinal) ? 5
            : -1;
        if (labelLength < 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[labelLength..].TrimStart(' ');
        if (rest.Length > 0 && rest[0] == ':')
        {
            rest = rest[1..].TrimStart(' ');
        }

        if (rest.Length < 10 || (rest.Length > 10 && !char.IsWhiteSpace(rest[10])))
        {
            return false;
        }

        Span<char> ascii = stackalloc char[10];
        for (int k = 0; k < 10; k++)
        {
            char c = rest[k];
            ascii[k] = c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660'))
                : c is >= '\u06F0' and <= '\u06F9' ? (char)('0' + (c - '\u06F0'))
                : c;
        }

        return DateOnly.TryParseExact(ascii, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
