namespace ArabicNews.Dates;

/// <summary>The calendar a date was written in. Resolved values are always Gregorian.</summary>
public enum DateCalendar
{
    /// <summary>The Gregorian calendar, whatever the month names' region.</summary>
    Gregorian = 0,

    /// <summary>The Hijri calendar, converted with the Umm al-Qura calendar (<see cref="System.Globalization.UmAlQuraCalendar"/>).</summary>
    Hijri = 1,
}
