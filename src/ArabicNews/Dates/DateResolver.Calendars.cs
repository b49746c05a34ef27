using System;
using System.Globalization;

namespace ArabicNews.Dates;

// The calendars' side of resolving: Hijri days, months and years (Umm al-Qura, and the tabular calendar outside its
// range), and the feasts of either calendar.
internal static partial class DateResolver
{
    private static (DateOnly, DateOnly)? HijriDays(in RawDate raw, DateOnly? reference)
    {
        // Without a year: the reference's Hijri year, or the one a relative year or a direction word gives ("غرة محرم من
        // العام الهجري القادم", "10 محرم المقبل").
        int month = raw.Month!.Value;
        int? hijriYear = raw.Year is { } written ? (raw.HijriEra ? written : HijriYearOf(written, month)) : null;
        if (hijriYear is null && reference is { } today)
        {
            DateTime now = today.ToDateTime(TimeOnly.MinValue);
            int current = s_hijri.GetYear(now);
            hijriYear = raw.YearOffset is { } offset ? current + offset
                : raw.Direction is DateDirectionWord.Past or DateDirectionWord.Future ? YearOfMonth(new DateOnly(2000, s_hijri.GetMonth(now), 1), month, raw.Direction, DateDirection.PreferPast) - 2000 + current
                : current;

            // A day of the reference's own Hijri month with a direction word: "الـ 14 من شهر شوال القادم" on 6 Shawwal
            // is eight days ahead, as "4 أغسطس المقبل" on 2 August is two.
            if (raw.YearOffset is null && month == s_hijri.GetMonth(now) && raw.Day is { } day
                && ((raw.Direction == DateDirectionWord.Future && day > s_hijri.GetDayOfMonth(now)) || (raw.Direction == DateDirectionWord.Past && day < s_hijri.GetDayOfMonth(now))))
            {
                hijriYear = current;
            }
        }

        if (hijriYear is not { } hy || raw.Day is not { } hd || !IsHijriYear(hy))
        {
            return null;
        }

        DateOnly first = FromHijri(hy, month, hd);
        int endMonth = raw.EndMonth ?? month;
        return raw.EndDay is { } hEnd ? (first, FromHijri(endMonth < month ? hy + 1 : hy, endMonth, hEnd)) : Single(first);
    }

    // A year written with a Hijri month: a Hijri year ("رمضان 1445"), or a Gregorian one ("رمضان 2019": the
    // Hijri year whose month starts in it).
    private static int HijriYearOf(int written, int month)
    {
        if (written < 1600)
        {
            return written;
        }

        if (written is < 1900 or > 2076)
        {
            return 0;
        }

        int candidate = s_hijri.GetYear(new DateTime(written, 1, 1));
        return FromHijri(candidate, month, 1).Year == written ? candidate : candidate + 1;
    }

    // A holiday in the Gregorian year written, else the one nearest the reference in the preferred direction.
    private static (DateOnly, DateOnly)? ResolveHoliday(Holiday holiday, int? year, DateOnly? reference, DateDirection direction)
    {
        if (year is { } written)
        {
            return HolidayIn(holiday, written) is { } day ? Single(day) : null;
        }

        if (reference is not { } r)
        {
            return null;
        }

        DateOnly? candidate = HolidayIn(holiday, r.Year);
        if (direction == DateDirection.PreferPast)
        {
            return candidate is { } c && c <= r ? Single(c) : HolidayIn(holiday, r.Year - 1) is { } before ? Single(before) : null;
        }

        return candidate is { } d && d >= r ? Single(d) : HolidayIn(holiday, r.Year + 1) is { } after ? Single(after) : null;
    }

    // The holiday's day in a Gregorian year (for a Hijri feast, the first time it falls in that year).
    private static DateOnly? HolidayIn(Holiday holiday, int year)
    {
        if (holiday.IsEaster)
        {
            return Easter(year);
        }

        if (holiday.Calendar == DateCalendar.Gregorian)
        {
            return SafeDate(year, holiday.Month, holiday.Day);
        }

        if (year is < 1901 or > 2076)
        {
            return null;
        }

        int hijriYear = s_hijri.GetYear(new DateTime(year, 1, 1));
        DateOnly day = FromHijri(hijriYear, holiday.Month, holiday.Day);
        return day.Year == year ? day : FromHijri(hijriYear + 1, holiday.Month, holiday.Day);
    }

    // Western Easter Sunday (the anonymous Gregorian computus).
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static (DateOnly, DateOnly)? HijriYear(int year)
    {
        if (!IsHijriYear(year))
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

        if (!IsHijriYear(year))
        {
            return null;
        }

        DateOnly start = FromHijri(year, month, 1);
        DateOnly end = month == 12 ? FromHijri(year + 1, 1, 1).AddDays(-1) : FromHijri(year, month + 1, 1).AddDays(-1);
        return (start, end);
    }

    // A Hijri year the calendars convert, with the year after it: 1 to 9664 AH.
    private static bool IsHijriYear(int year) => year is >= 1 and <= 9664;

    // A Hijri day in the Umm al-Qura calendar (1318–1500 AH), and outside it in the tabular Hijri calendar, which
    // agrees with Umm al-Qura to a day or two ("سقطت القسطنطينية عام 857هـ"); throws ArgumentOutOfRangeException for a
    // day the month does not have.
    /// <summary>
    /// The Gregorian year in which Gregorian month <paramref name="month"/> falls within Hijri year
    /// <paramref name="hijriYear"/> (its first day on or after the Hijri year's first), or the Hijri number itself when
    /// the calendars cannot convert it.
    /// </summary>
    internal static int GregorianYearOfMonthInHijriYear(int hijriYear, int month)
    {
        if (!IsHijriYear(hijriYear))
        {
            return hijriYear;
        }

        DateOnly start = FromHijri(hijriYear, 1, 1);
        return month >= start.Month ? start.Year : start.Year + 1;
    }

    private static DateOnly FromHijri(int year, int month, int day) =>
        DateOnly.FromDateTime((year is >= 1318 and <= 1500 ? s_hijri : (Calendar)s_tabularHijri).ToDateTime(year, month, day, 0, 0, 0, 0));
}
