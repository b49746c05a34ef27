using System;
using System.Globalization;

namespace ArabicNews.Dates;

/// <summary>
/// Resolves a <see cref="RawDate"/> against a reference date: what a month, weekday or relative expression
/// without a year means on the day an article was written. Never throws: an impossible date (31 فبراير, a
/// Hijri year outside the Umm al-Qura range) resolves to null.
/// </summary>
internal static partial class DateResolver
{
    /// <summary>The first year with no era written that is read as Hijri (1300 AH began in November 1882).</summary>
    internal const int MinBareHijriYear = 1300;

    private static readonly UmAlQuraCalendar s_hijri = new();
    private static readonly HijriCalendar s_tabularHijri = new() { HijriAdjustment = 0 };

    public static ParsedDate Resolve(in RawDate written, DateOnly? reference, DateDirection direction)
    {
        RawDate raw = written;
        if (raw.Kind is DateKind.Year or DateKind.Range && raw.EraImplied && raw.Calendar == DateCalendar.Gregorian && raw.Year is { } year && reference is { } today
            && year >= MinBareHijriYear && year <= s_hijri.GetYear(today.ToDateTime(TimeOnly.MinValue)) + 10)
        {
            // "للعام 1436", "ولد بالرياض عام 1396": a year from 1300 up to the reference's Hijri one (and ten more),
            // with no era written, is Hijri (1882 CE on); a Gregorian year of the 14th or 15th century is rare in news.
            raw.Calendar = DateCalendar.Hijri;
        }

        if (raw.NumericDayMonth && raw.Weekday is { } weekday && reference is not null)
        {
            // "السبت ٢-١٠", "الثلاثاء 10/12": the reading, in either order and either calendar, whose day is the
            // weekday written (Gregorian day and month first), else the Gregorian one.
            raw = AgreeingReading(raw, weekday, reference, direction);
        }

        if (raw.FutureCue || (raw.ComingCue && reference is { } r && raw.Year is null && raw.Calendar == DateCalendar.Gregorian
            && raw.Month is { } month && month > r.Month && raw.Direction == DateDirectionWord.None))
        {
            // "سيزور موسكو الخميس": the text marks the future, whatever the default; "اعتبارا من 30 نوفمبر" in July is
            // this November, while "ابتداء من 15 يونيو" in July stays this June.
            direction = DateDirection.PreferFuture;
        }

        (DateOnly Start, DateOnly End)? value = null;
        try
        {
            value = ResolveRange(raw, reference, direction);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Out of the calendars' ranges (a Hijri year past 9664, a year past 9999): unresolved.
        }

        if (raw.Kind == DateKind.Duration)
        {
            return new ParsedDate(raw.Kind, raw.Calendar, null, null, null, null, raw.Unit, null, null, raw.Amount);
        }

        // A part of a year is months long ("2024-01/2024-04"); a part of a month, days.
        DateGrain grain = raw.Part != DatePart.None
            ? raw.Part != DatePart.Rest && value is { } v && v.End.DayNumber - v.Start.DayNumber > 40 ? DateGrain.Month : DateGrain.Day
            : GrainOf(raw);
        return new ParsedDate(raw.Kind, raw.Calendar, raw.Year, raw.Month, raw.Day, raw.Weekday, grain, value?.Start, value?.End, null);
    }

    private static RawDate AgreeingReading(in RawDate raw, DayOfWeek weekday, DateOnly? reference, DateDirection direction)
    {
        Span<(int Day, int Month, DateCalendar Calendar)> readings =
        [
            (raw.Day ?? 0, raw.Month ?? 0, DateCalendar.Gregorian),
            (raw.Day ?? 0, raw.Month ?? 0, DateCalendar.Hijri),
            (raw.Month ?? 0, raw.Day ?? 0, DateCalendar.Gregorian),
            (raw.Month ?? 0, raw.Day ?? 0, DateCalendar.Hijri),
        ];
        foreach ((int day, int month, DateCalendar calendar) in readings)
        {
            if (month is < 1 or > 12 || day is < 1 || day > (calendar == DateCalendar.Hijri ? 30 : 31))
            {
                continue;
            }

            RawDate reading = raw;
            (reading.Day, reading.Month, reading.Calendar) = (day, month, calendar);
            try
            {
                if (ResolveRange(reading, reference, direction) is { } value && value.Start == value.End && value.Start.DayOfWeek == weekday)
                {
                    return reading;
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                // An impossible day of that month in that calendar: not this reading.
            }
        }

        return raw;
    }

    private static DateGrain GrainOf(in RawDate raw) => raw.Kind switch
    {
        DateKind.Month => raw.Calendar == DateCalendar.Hijri ? DateGrain.Day : DateGrain.Month,
        DateKind.Year => raw.Calendar == DateCalendar.Hijri ? DateGrain.Day : DateGrain.Year,
        DateKind.Relative => raw.Calendar == DateCalendar.Hijri ? DateGrain.Day : raw.RelativeGrain,
        DateKind.Range when raw.Decade != 0 => DateGrain.Year,
        DateKind.Range when raw.SpanMonths != 0 => DateGrain.Month,
        DateKind.Range when raw.RelativeSpan => raw.RelativeGrain == DateGrain.Week ? DateGrain.Day : raw.RelativeGrain,
        _ => DateGrain.Day,
    };

    private static (DateOnly Start, DateOnly End)? ResolveRange(in RawDate raw, DateOnly? reference, DateDirection direction)
    {
        if (raw.Part != DatePart.None)
        {
            return ResolvePart(raw, reference, direction);
        }

        if (raw.Holiday is { } holiday)
        {
            DateDirection toward = holiday.Next ? DateDirection.PreferFuture : direction;
            (DateOnly, DateOnly)? feast = ResolveHoliday(holiday, raw.Year, reference, toward);
            if (holiday.Other is { } other && ResolveHoliday(other, raw.Year, reference, toward) is { } second
                && (feast is not { } first || (toward == DateDirection.PreferPast ? second.Item1 > first.Item1 : second.Item1 < first.Item1)))
            {
                feast = second; // "العيد": the nearer of its two feasts
            }

            return feast is { } day && raw.HolidayDay > 0 ? Single(day.Item1.AddDays(raw.HolidayDay)) : feast;
        }

        if (raw.Decade != 0)
        {
            if (reference is not { } now)
            {
                return null;
            }

            // The most recent such decade that has begun (السبعينيات in 2024 is the 1970s; العشرينيات the 2020s);
            // -1 for the decade of the reference ("العقد الحالي").
            int century = now.Year / 100 * 100;
            int decade = raw.Decade < 0 ? now.Year % 100 / 10 * 10 : raw.Decade;
            int startYear = century + decade <= now.Year ? century + decade : century - 100 + decade;
            return (new DateOnly(startYear, 1, 1), new DateOnly(startYear + 9, 12, 31));
        }

        if (raw.SpanMonths != 0)
        {
            return MonthSpan(raw, reference, direction);
        }

        if (raw.EndWeekday is { } endWeekday && raw.Weekday is { } startWeekday && raw.WeekOffset is { } weeks)
        {
            if (reference is not { } now)
            {
                return null;
            }

            DateOnly monday = Week(now).Item1.AddDays(7 * weeks);
            DateOnly from = monday.AddDays(((int)startWeekday + 6) % 7);
            DateOnly to = monday.AddDays(((int)endWeekday + 6) % 7);
            return from <= to ? (from, to) : null;
        }

        if (raw.RelativeSpan)
        {
            return reference is { } from ? RelativeSpan(from, raw.RelativeGrain, raw.RelativeOffset) : null;
        }

        switch (raw.Kind)
        {
            case DateKind.Relative:
                return reference is not { } today ? null
                    : raw.Calendar == DateCalendar.Hijri && raw.RelativeGrain == DateGrain.Year ? HijriYear(s_hijri.GetYear(today.ToDateTime(TimeOnly.MinValue)) + raw.RelativeOffset)
                    : raw.RelativeGrain == DateGrain.Day && raw.Weekday is { } named ? Single(RelativeWeekday(today, raw.RelativeOffset, named))
                    : raw.RelativeGrain == DateGrain.Day && raw.OffsetUnit != DateGrain.Day ? Single(Add(today, raw.OffsetUnit, raw.RelativeOffset))
                    : Relative(today, raw.RelativeGrain, raw.RelativeOffset);

            case DateKind.Weekday:
                return reference is { } day && raw.Weekday is { } weekday ? Single(Weekday(day, weekday, raw, direction)) : null;

            case DateKind.Year:
                return raw.Year is not { } year ? null
                    : raw.Calendar == DateCalendar.Hijri ? HijriYear(year)
                    : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

            case DateKind.Month:
                if (raw.Month is not { } month)
                {
                    return null;
                }

                if (raw.Calendar == DateCalendar.Hijri)
                {
                    return HijriMonth(raw.Year is { } hy && !raw.HijriEra ? HijriYearOf(hy, month) : raw.Year, month, reference, raw.Direction, direction);
                }

                int? monthYear = raw.Year
                    ?? (raw.YearOffset is { } yearOffset && reference is { } shifted ? shifted.Year + yearOffset : (int?)null)
                    ?? (reference is { } r ? YearOfMonth(r, month, raw.Direction, direction) : null);
                return monthYear is { } y ? MonthRange(y, month) : null;

            case DateKind.Date:
            case DateKind.Range:
                return ResolveDays(raw, reference, direction);

            default:
                return null;
        }
    }

    private static (DateOnly, DateOnly)? ResolveDays(in RawDate raw, DateOnly? reference, DateDirection direction)
    {
        if (raw.Month is null && raw.MonthOffset is null)
        {
            // "الأربعاء 27": the day of the reference's month (or the month before, past-preferring).
            if (raw.Day is not { } dayOnly || reference is not { } r)
            {
                return null;
            }

            DateOnly candidate = SafeDate(r.Year, r.Month, dayOnly) ?? r;
            if (direction == DateDirection.PreferPast && candidate > r)
            {
                DateOnly previous = r.AddMonths(-1);
                candidate = SafeDate(previous.Year, previous.Month, dayOnly) ?? candidate;
            }

            return Single(candidate);
        }

        if (raw.Calendar == DateCalendar.Hijri)
        {
            return HijriDays(raw, reference);
        }

        int year;
        int month;
        if (raw.MonthOffset is { } monthOffset)
        {
            if (reference is not { } r)
            {
                return null;
            }

            DateOnly shifted = r.AddMonths(monthOffset);
            (year, month) = (shifted.Year, shifted.Month);
        }
        else
        {
            month = raw.Month!.Value;
            int? written = raw.Year ?? (raw.YearOffset is { } yearOffset && reference is { } r1 ? r1.Year + yearOffset : null);
            if ((written ?? (reference is { } r2 ? YearOfMonth(r2, month, raw.Direction, direction) : null)) is not { } y)
            {
                return null;
            }

            // A day of the reference's own month with a direction word: "4 أغسطس المقبل" on 2 August is two days ahead.
            if (written is null && reference is { } r3 && month == r3.Month && raw.Day is { } written3
                && ((raw.Direction == DateDirectionWord.Future && written3 > r3.Day) || (raw.Direction == DateDirectionWord.Past && written3 < r3.Day)))
            {
                y = r3.Year;
            }

            year = y;
        }

        if (SafeDate(year, month, 1) is not { } first)
        {
            return null;
        }

        var lastDay = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        if (raw.WeekOrdinal != 0)
        {
            // The weeks (Monday to Sunday) wholly inside the month: the first starts on its first Monday.
            DateOnly firstMonday = first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
            DateOnly lastMonday = lastDay.AddDays(-6).AddDays(-(((int)lastDay.AddDays(-6).DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
            DateOnly monday = raw.WeekOrdinal < 0 ? lastMonday : firstMonday.AddDays(7 * (raw.WeekOrdinal - 1));
            return monday.AddDays(6) <= lastDay ? (monday, monday.AddDays(6)) : null;
        }

        if (raw.DayOrdinal != 0)
        {
            return raw.DayOrdinal < 0 ? Single(lastDay) : SafeDate(year, month, raw.DayOrdinal) is { } nth ? Single(nth) : null;
        }

        if (raw.WeekdayOrdinal != 0 && raw.Weekday is { } weekday)
        {
            // "الثلاثاء الثالث من أيلول" is Tuesday the 3rd when the 3rd is a Tuesday, else the third Tuesday.
            return raw.WeekdayOrdinal > 0 && SafeDate(year, month, raw.WeekdayOrdinal) is { } dated && dated.DayOfWeek == weekday
                ? Single(dated)
                : Single(NthWeekday(year, month, weekday, raw.WeekdayOrdinal));
        }

        if (raw.Day is not { } day || SafeDate(year, month, day) is not { } start)
        {
            return null;
        }

        if (raw.EndDay is { } endDay)
        {
            // "من 25 ديسمبر إلى 5 يناير": an end month before the start's is in the next year.
            int endMonth = raw.EndMonth ?? month;
            return SafeDate(endMonth < month ? year + 1 : year, endMonth, endDay) is { } end && end >= start ? (start, end) : null;
        }

        return Single(start);
    }

    private static (DateOnly, DateOnly) Single(DateOnly day) => (day, day);

    private static DateOnly? SafeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    // The year of a month named without one: the current year when the month is the reference's own; otherwise
    // the most recent (past) or the next (future) one, or as the direction word says. Past-preferring, the month
    // right after the reference's is the coming one: news names a month eleven months gone with its year or
    // الماضي, and the next one bare ("حتى 31 أغسطس" in July).
    private static int YearOfMonth(DateOnly reference, int month, DateDirectionWord written, DateDirection direction) => written switch
    {
        DateDirectionWord.Past => month < reference.Month ? reference.Year : reference.Year - 1,
        DateDirectionWord.Future => month > reference.Month ? reference.Year : reference.Year + 1,
        DateDirectionWord.AfterNext => (month > reference.Month ? reference.Year : reference.Year + 1) + 1,
        DateDirectionWord.BeforeLast => (month < reference.Month ? reference.Year : reference.Year - 1) - 1,
        DateDirectionWord.Current => reference.Year,
        DateDirectionWord.OnOrBefore => month <= reference.Month ? reference.Year : reference.Year - 1,
        _ when direction == DateDirection.PreferPast && month == (reference.Month % 12) + 1 => reference.Month == 12 ? reference.Year + 1 : reference.Year,
        _ when direction == DateDirection.PreferPast => month <= reference.Month ? reference.Year : reference.Year - 1,
        _ => month >= reference.Month ? reference.Year : reference.Year + 1,
    };

    private static (DateOnly, DateOnly) MonthRange(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    // A weekday: the most recent on or before the reference (past), the next after it (future), or as
    // written: "الماضي" strictly before, "المقبل" strictly after, "اليوم الجمعة" the nearest on or before
    // (the reference, the day the article was collected, is often days after it was written).
    private static DateOnly Weekday(DateOnly reference, DayOfWeek weekday, in RawDate raw, DateDirection direction)
    {
        int back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        int forward = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        if (raw.WeekOffset is { } weeks)
        {
            // The weekday of the week (Monday to Sunday) so many weeks from the reference's.
            DateOnly monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7)).AddDays(7 * weeks);
            return monday.AddDays(((int)weekday + 6) % 7);
        }

        return raw.Direction switch
        {
            DateDirectionWord.Past => reference.AddDays(back == 0 ? -7 : -back),
            DateDirectionWord.Future => reference.AddDays(forward == 0 ? 7 : forward),
            DateDirectionWord.AfterNext => reference.AddDays((forward == 0 ? 7 : forward) + 7),
            DateDirectionWord.BeforeLast => reference.AddDays((back == 0 ? -7 : -back) - 7),
            DateDirectionWord.Current => reference.AddDays(forward),
            _ when raw.Today || direction == DateDirection.PreferPast || raw.Direction == DateDirectionWord.OnOrBefore => reference.AddDays(-back),
            _ => reference.AddDays(forward == 0 ? 7 : forward),
        };
    }

    // "أمس الجمعة", "بعد غد الأربعاء": the weekday named, nearest the day the relative word gives (the article may be
    // dated a day or two late), but never after the reference for a day gone by ("أمس الخميس" on a Tuesday is the
    // Thursday before, not the one to come).
    private static DateOnly RelativeWeekday(DateOnly reference, int offset, DayOfWeek weekday)
    {
        DateOnly day = NearestWeekday(reference.AddDays(offset), weekday);
        return offset < 0 && day > reference ? day.AddDays(-7) : day;
    }

    // The weekday named nearest a day, within three days either side.
    private static DateOnly NearestWeekday(DateOnly day, DayOfWeek weekday)
    {
        int forward = ((int)weekday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(forward <= 3 ? forward : forward - 7);
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int ordinal)
    {
        if (ordinal < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        DateOnly day = first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7).AddDays(7 * (ordinal - 1));
        return day.Month == month ? day : day.AddDays(-7);
    }

    private static (DateOnly, DateOnly) Relative(DateOnly reference, DateGrain grain, int offset) => grain switch
    {
        DateGrain.Day => Single(reference.AddDays(offset)),
        DateGrain.Week => Week(reference.AddDays(7 * offset)),
        DateGrain.Month => MonthRange(reference.AddMonths(offset).Year, reference.AddMonths(offset).Month),
        _ => (new DateOnly(reference.Year + offset, 1, 1), new DateOnly(reference.Year + offset, 12, 31)),
    };

    // A season or quarter: in the year written (winter 2016 is December 2015 to February 2016), relative to the
    // reference's, or the most recent (past) or next (future) one that has begun.
    private static (DateOnly, DateOnly)? MonthSpan(in RawDate raw, DateOnly? reference, DateDirection direction)
    {
        int first = raw.SpanMonth;
        int shift = first == 12 ? -1 : 0; // winter starts in the December before its year
        int year;
        if (raw.Year is { } written)
        {
            year = written;
        }
        else if (reference is { } r)
        {
            var current = new DateOnly(r.Year + shift, first, 1);
            year = raw.YearOffset is { } offset ? r.Year + offset
                : raw.Direction == DateDirectionWord.Past ? (current.AddMonths(raw.SpanMonths) <= r ? r.Year : r.Year - 1)
                : raw.Direction == DateDirectionWord.Future ? (current > r ? r.Year : r.Year + 1)
                : direction == DateDirection.PreferPast ? (current <= r ? r.Year : r.Year - 1)
                : (current.AddMonths(raw.SpanMonths) > r ? r.Year : r.Year + 1);
        }
        else
        {
            return null;
        }

        var start = new DateOnly(year + shift, first, 1);
        return (start, start.AddMonths(raw.SpanMonths).AddDays(-1));
    }

    // So many whole units after the reference's (from the next one) or before it (up to the last one).
    private static (DateOnly, DateOnly) RelativeSpan(DateOnly reference, DateGrain grain, int count)
    {
        DateOnly current = grain switch
        {
            DateGrain.Day => reference,
            DateGrain.Week => Week(reference).Item1,
            DateGrain.Month => new DateOnly(reference.Year, reference.Month, 1),
            _ => new DateOnly(reference.Year, 1, 1),
        };
        return count > 0
            ? (Add(current, grain, 1), Add(current, grain, count + 1).AddDays(-1))
            : (Add(current, grain, count), current.AddDays(-1));
    }

    private static DateOnly Add(DateOnly date, DateGrain grain, int count) => grain switch
    {
        DateGrain.Day => date.AddDays(count),
        DateGrain.Week => date.AddDays(7 * count),
        DateGrain.Month => date.AddMonths(count),
        _ => date.AddYears(count),
    };

    private static (DateOnly, DateOnly) Week(DateOnly day)
    {
        DateOnly monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6));
    }

    // أوائل: days 1–10 of a month, months 1–4 of a year; منتصف: 11–20, 5–8; أواخر: 21–end, 9–12.
    private static (DateOnly, DateOnly)? ResolvePart(in RawDate raw, DateOnly? reference, DateDirection direction)
    {
        RawDate whole = raw;
        whole.Part = DatePart.None;
        whole.Kind = raw.PartOf;
        (DateOnly Start, DateOnly End)? range = ResolveRange(whole, reference, direction);
        if (range is not { } r)
        {
            return null;
        }

        if (raw.Part == DatePart.Rest)
        {
            // "بقية العام": from the reference to the end of the period (nothing left once it is over).
            return reference is { } today && today <= r.End ? (today > r.Start ? today : r.Start, r.End) : null;
        }

        if (r.End.DayNumber - r.Start.DayNumber < 7)
        {
            // A week, Monday to Sunday: early Monday–Tuesday, middle Wednesday–Thursday, late (the weekend) Friday–Sunday.
            return raw.Part switch
            {
                DatePart.Early => (r.Start, r.Start.AddDays(1)),
                DatePart.Middle => (r.Start.AddDays(2), r.Start.AddDays(3)),
                _ => (r.Start.AddDays(4), r.End),
            };
        }

        bool year = r.End.DayNumber - r.Start.DayNumber > 40;
        if (year && r.Start is not { Month: 1, Day: 1 })
        {
            // A Hijri year ("نهاية العام 1440"): its first, middle or last third, in days.
            int third = (r.End.DayNumber - r.Start.DayNumber + 1) / 3;
            return raw.Part switch
            {
                DatePart.Early => (r.Start, r.Start.AddDays(third - 1)),
                DatePart.Middle => (r.Start.AddDays(third), r.Start.AddDays((2 * third) - 1)),
                _ => (r.Start.AddDays(2 * third), r.End),
            };
        }

        if (year)
        {
            (int first, int last) = raw.Part switch { DatePart.Early => (1, 4), DatePart.Middle => (5, 8), _ => (9, 12) };
            return (new DateOnly(r.Start.Year, first, 1), new DateOnly(r.Start.Year, last, DateTime.DaysInMonth(r.Start.Year, last)));
        }

        return raw.Part switch
        {
            DatePart.Early => (r.Start, r.Start.AddDays(9)),
            DatePart.Middle => (r.Start.AddDays(10), r.Start.AddDays(19)),
            _ => (r.Start.AddDays(20), r.End),
        };
    }

}
