using System;
using System.Globalization;
using ArabicNews.Annotations;

namespace ArabicNews.Dates;

/// <summary>
/// A date as written (its year, month, day and weekday where present, and its calendar) and, given a reference
/// date, as resolved: the Gregorian day it starts on (<see cref="Value"/>), the last day it covers
/// (<see cref="End"/>) and the unit it is precise to (<see cref="Grain"/>).
/// </summary>
/// <param name="Kind">What the mention names.</param>
/// <param name="Calendar">The calendar it was written in.</param>
/// <param name="Year">The year as written (Hijri for a Hijri date), or null.</param>
/// <param name="Month">The month as written (1–12 in its calendar), or null.</param>
/// <param name="Day">The day of the month as written, or null.</param>
/// <param name="Weekday">The weekday as written, or null.</param>
/// <param name="Grain">The unit the date is precise to; for a duration, its unit.</param>
/// <param name="Value">The first Gregorian day the date covers; null when unresolved (no reference date, an impossible date) and for durations.</param>
/// <param name="End">The last Gregorian day it covers (inclusive): the same as <paramref name="Value"/> for a day.</param>
/// <param name="Amount">For a duration, how many <paramref name="Grain"/> units it lasts; otherwise null.</param>
[Immutable]
public readonly record struct ParsedDate(
    DateKind Kind,
    DateCalendar Calendar,
    int? Year,
    int? Month,
    int? Day,
    DayOfWeek? Weekday,
    DateGrain Grain,
    DateOnly? Value,
    DateOnly? End,
    int? Amount)
{
    /// <summary>
    /// Gets the resolved value in ISO 8601 at the mention's grain: "2024-11-02", "2024-W44", "2024-06", "1949";
    /// "2024-03-01/2024-03-10" for a range; "P3Y" for a duration; null when unresolved.
    /// </summary>
    public string? ToIsoString()
    {
        if (Kind == DateKind.Duration)
        {
            return Amount is { } amount ? string.Create(CultureInfo.InvariantCulture, $"P{amount}{Grain switch { DateGrain.Day => 'D', DateGrain.Week => 'W', DateGrain.Month => 'M', _ => 'Y' }}") : null;
        }

        if (Value is not { } start || End is not { } end)
        {
            return null;
        }

        string first = Format(start, Grain);
        string last = Format(end, Grain);
        bool whole = Grain switch
        {
            DateGrain.Day => start == end,
            DateGrain.Week => end == start.AddDays(6) && start.DayOfWeek == DayOfWeek.Monday,
            DateGrain.Month => first == last,
            _ => first == last,
        };
        return whole ? first : first + "/" + last;
    }

    private static string Format(DateOnly date, DateGrain grain) => grain switch
    {
        DateGrain.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateGrain.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):D2}"),
        DateGrain.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
