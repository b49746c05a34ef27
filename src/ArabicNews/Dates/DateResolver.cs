using System;
using System.Globalization;

namespace ArabicNews.Dates;

/// <summary>
/// Resolves a <see cref="RawDate"/> against a reference date: what a month, weekday or relative expression
/// without a year means on the day an article was written. Never throws: an impossible date (31 فبراير, a
/// Hijri year outside the Umm al-Qura range) resolves to null.
/// </summary>
internal static class DateResolver
{
    private static readonly UmAlQuraCalendar s_hijri = new();

    public static ParsedDate Resolve(in RawDate raw, DateOnly? reference, DateDirection direction)
    {
        (DateOnly Start, DateOnly End)? value = null;
        try
        {
            value = ResolveRange(raw, reference, direction);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Out of the calendars' ranges (a Hijri year outside Umm al-Qura's 1318–1500, a year past 9999): unresolved.
        }

        if (raw.Kind == DateKind.Duration)
        {
            return new ParsedDate(raw.Kind, raw.Calendar, null, null, null, null, raw.Unit, null, null, raw.Amount);
        }

        // A part of a year is months long ("2024-01/2024-04"); a part of a month, days.
        DateGrain grain = raw.Part != DatePart.None
            ? value is { } v && v.End.DayNumber - v.Start.DayNumber > 40 ? DateGrain.Month : DateGrain.Day
            : GrainOf(raw);
        return new ParsedDate(raw.Kind, raw.Calendar, raw.Year, raw.Month, raw.Day, raw.Weekday, grain, value?.Start, value?.End, null);
    }

    private static DateGrain GrainOf(in RawDate raw) => raw.Kind switch
    {
        DateKind.Month => raw.Calendar == DateCalendar.Hijri ? DateGrain.Day : DateGrain.Month,
        DateKind.Year => raw.Calendar == DateCalendar.Hijri ? DateGrain.Day : DateGrain.Year,
        DateKind.Relative => raw.RelativeGrain,
        _ => DateGrain.Day,
    };

    private static (DateOnly Start, DateOnly End)? ResolveRange(in RawDate raw, DateOnly? reference, DateDirection direction)
    {
        if (raw.Part != DatePart.None)
        {
            return ResolvePart(raw, reference, direction);
        }

        switch (raw.Kind)
        {
            case DateKind.Relative:
                return reference is { } today ? Relative(today, raw.RelativeGrain, raw.RelativeOffset) : null;

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
                    return HijriMonth(raw.Year, month, reference, raw.Direction, direction);
                }

                int? monthYear = raw.Year ?? (reference is { } r ? YearOfMonth(r, month, raw.Direction, direction) : null);
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
        if (raw.Month is not { } month)
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
            int? hijriYear = raw.Year ?? (reference is { } today ? s_hijri.GetYear(today.ToDateTime(TimeOnly.MinValue)) : null);
            if (hijriYear is not { } hy || raw.Day is not { } hd || hd > 30 || hy is < 1 or > 9999)
            {
                return null;
            }

            DateOnly first = FromHijri(hy, month, hd);
            return raw.EndDay is { } hEnd ? (first, FromHijri(hy, raw.EndMonth ?? month, hEnd)) : Single(first);
        }

        int? year = raw.Year ?? (reference is { } reference2 ? YearOfMonth(reference2, month, raw.Direction, direction) : null);
        if (year is not { } y)
        {
            return null;
        }

        if (raw.WeekdayOrdinal != 0 && raw.Weekday is { } weekday)
        {
            return SafeDate(y, month, 1) is { } _ ? Single(NthWeekday(y, month, weekday, raw.WeekdayOrdinal)) : null;
        }

        if (raw.Day is not { } day || SafeDate(y, month, day) is not { } start)
        {
            return null;
        }

        if (raw.EndDay is { } endDay)
        {
            int endMonth = raw.EndMonth ?? month;
            return SafeDate(y, endMonth, endDay) is { } end && end >= start ? (start, end) : null;
        }

        return Single(start);
    }

    private static (DateOnly, DateOnly) Single(DateOnly day) => (day, day);

    private static DateOnly? SafeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    // The year of a month named without one: the current year when the month is the reference's own; otherwise
    // the most recent (past) or the next (future) one, or as the direction word says.
    private static int YearOfMonth(DateOnly reference, int month, DateDirectionWord written, DateDirection direction) => written switch
    {
        DateDirectionWord.Past => month < reference.Month ? reference.Year : reference.Year - 1,
        DateDirectionWord.Future => month > reference.Month ? reference.Year : reference.Year + 1,
        DateDirectionWord.Current => reference.Year,
        _ when direction == DateDirection.PreferPast => month <= reference.Month ? reference.Year : reference.Year - 1,
        _ => month >= reference.Month ? reference.Year : reference.Year + 1,
    };

    private static (DateOnly, DateOnly) MonthRange(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    // A weekday: the most recent on or before the reference (past), the next after it (future), or as
    // written: "الماضي" strictly before, "المقبل" strictly after, "اليوم الجمعة" the nearest on or before.
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
            DateDirectionWord.Current => reference.AddDays(forward),
            _ when raw.Today || direction == DateDirection.PreferPast => reference.AddDays(-back),
            _ => reference.AddDays(forward == 0 ? 7 : forward),
        };
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

        bool year = r.End.DayNumber - r.Start.DayNumber > 40;
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

    private static (DateOnly, DateOnly)? HijriYear(int year)
    {
        if (year is < 1318 or > 1499)
        {
            return null;
        }

        return (FromHijri(year, 1, 1), FromHijri(year + 1, 1, 1).AddDays(-1));
    }

    private static (DateOnly, DateOnly)? HijriMonth(int? writtenYear, int month, DateOnly? reference, DateDirectionWord written, DateDirection direction)
    {
        int year;
        if (writtenYear is { } y)
        {
            year = y;
        }
        else if (reference is { } r)
        {
            DateTime today = r.ToDateTime(TimeOnly.MinValue);
            int currentYear = s_hijri.GetYear(today);
            int currentMonth = s_hijri.GetMonth(today);
            year = YearOfMonth(new DateOnly(2000, currentMonth, 1), month, written, direction) - 2000 + currentYear;
        }
        else
        {
            return null;
        }

        if (year is < 1318 or > 1499)
        {
            return null;
        }

        DateOnly start = FromHijri(year, month, 1);
        DateOnly end = month == 12 ? FromHijri(year + 1, 1, 1).AddDays(-1) : FromHijri(year, month + 1, 1).AddDays(-1);
        return (start, end);
    }

    // A Hijri day in the Umm al-Qura calendar (1318–1500 AH); throws ArgumentOutOfRangeException outside it
    // or for a day the month does not have.
    private static DateOnly FromHijri(int year, int month, int day) =>
        DateOnly.FromDateTime(s_hijri.ToDateTime(year, month, day, 0, 0, 0, 0));
}
