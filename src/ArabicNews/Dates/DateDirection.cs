namespace ArabicNews.Dates;

/// <summary>Which way a month, a day of a month or a weekday without a year resolves from the reference date.</summary>
public enum DateDirection
{
    /// <summary>
    /// The most recent one on or before the reference (news reports what happened): "الجمعة" in an article of
    /// Saturday is the day before; "يونيو" in November is the June just past. A month or day of the
    /// reference's own month stays in its year, and the month right after the reference's is the coming one
    /// ("ديسمبر" in November is the December ahead: a month eleven months gone comes with its year or الماضي).
    /// </summary>
    PreferPast = 0,

    /// <summary>The next one after the reference, as calendars and assistants read them.</summary>
    PreferFuture = 1,
}
