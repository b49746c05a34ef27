using System;

namespace ArabicNews.Dates;

/// <summary>The roles of a word or phrase of <c>date-words.tsv</c>: one phrase can have several (اليوم is a relative day, a period and the word before a weekday).</summary>
internal readonly record struct DateWord
{
    /// <summary>Gets the Gregorian month, 1–12, or 0.</summary>
    public int Month { get; init; }

    /// <summary>Gets the Hijri month, 1–12, or 0.</summary>
    public int HijriMonth { get; init; }

    /// <summary>Gets the weekday, or null.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>Gets the offset in days of a relative day (اليوم 0, أمس -1), or null.</summary>
    public int? DayOffset { get; init; }

    /// <summary>Gets the calendar unit named with the article (الأسبوع، الشهر), or null.</summary>
    public DateGrain? Period { get; init; }

    /// <summary>Gets whether the period is a Hijri year (العام الهجري).</summary>
    public bool PeriodHijri { get; init; }

    /// <summary>Gets how many of <see cref="Period"/> the period is: 10 years for العقد, otherwise 1.</summary>
    public int PeriodFactor { get; init; }

    /// <summary>Gets the unit a count counts (يوم، أسابيع), or null.</summary>
    public DateGrain? Unit { get; init; }

    /// <summary>Gets how many units the unit word itself says: 1 (singular), 2 (dual), 0 (plural: counted by a number).</summary>
    public int UnitCount { get; init; }

    /// <summary>Gets how many of <see cref="Unit"/> one unit is: 10 years for a decade (عقد), otherwise 1.</summary>
    public int UnitFactor { get; init; }

    /// <summary>Gets the direction word's direction, or <see cref="DateDirectionWord.None"/>.</summary>
    public DateDirectionWord Direction { get; init; }

    /// <summary>Gets whether the word is هذا/هذه.</summary>
    public bool IsThis { get; init; }

    /// <summary>Gets the part of a period (أوائل، منتصف، أواخر), or <see cref="DatePart.None"/>.</summary>
    public DatePart Part { get; init; }

    /// <summary>Gets the era after a year, or null.</summary>
    public DateCalendar? Era { get; init; }

    /// <summary>Gets the words that introduce something: عام, شهر, يوم, الموافق, منذ, خلال, قبل, بعد.</summary>
    public DateIntroducer Introducers { get; init; }

    /// <summary>Gets whether the month or weekday reading needs context (the word is also a common word or a name).</summary>
    public bool NeedsContext { get; init; }

    /// <summary>Gets whether a relative day is a noun that a noun phrase may go on from (اليوم، الليلة), then no date.</summary>
    public bool IsNoun { get; init; }

    /// <summary>Gets whether a month name needs more than في before it: a day, a year, a direction word or its pair (آب، أوت).</summary>
    public bool NeedsPair { get; init; }

    /// <summary>Gets whether the part reading needs context (أول، نصف، آخر).</summary>
    public bool PartNeedsContext { get; init; }

    /// <summary>Gets the first month of the season the word names (3, 6, 9, 12), or 0.</summary>
    public int Season { get; init; }

    /// <summary>Gets the decade a plural of a ten names (70 for السبعينيات), or 0.</summary>
    public int Decade { get; init; }

    /// <summary>Gets the months of the part of a year the word names before its ordinal (الربع 3, النصف 6), or 0.</summary>
    public int YearPartMonths { get; init; }

    /// <summary>Gets whether the word names a part of a year before its ordinal (الربع الثالث، النصف الأول).</summary>
    public bool IsQuarter => YearPartMonths != 0;

    /// <summary>Gets the holiday the phrase names, or null.</summary>
    public Holiday? Holiday { get; init; }

    /// <summary>Gets the day of a month a word names before the month (غرة: 1), or 0.</summary>
    public int DayOfMonth { get; init; }

    /// <summary>Gets whether the word is a part of a day (مساء، صباح) before a relative day or a weekday.</summary>
    public bool IsTimeOfDay { get; init; }

    /// <summary>Gets whether the phrase holds a date word but is no date (an outlet's name: عين اليوم).</summary>
    public bool IsNotDate { get; init; }

    /// <summary>Gets whether a year word or day word is a dual, before two years or two weekdays (عامي، يومي).</summary>
    public bool IsDual { get; init; }

    public bool IsMonth => Month != 0 || HijriMonth != 0;
}

/// <summary>A feast on a fixed day of the Gregorian or Hijri calendar, or (with no month) Western Easter.</summary>
internal readonly record struct Holiday(DateCalendar Calendar, int Month, int Day)
{
    public bool IsEaster => Month == 0;

    // The next one on or after the reference, whatever the tense ("السنة الهجرية الجديدة").
    public bool Next { get; init; }

    // A second feast the word may name, whichever of the two is nearer the reference in the direction of the tense
    // ("العيد": hijri:10-1|hijri:12-10); 0 when none.
    public int OtherMonth { get; init; }

    public int OtherDay { get; init; }

    public Holiday? Other => OtherMonth == 0 ? null : new Holiday(Calendar, OtherMonth, OtherDay);
}

/// <summary>A direction word after a period, month or weekday.</summary>
internal enum DateDirectionWord
{
    None,
    Past,
    Future,
    Current,

    // "بعد المقبل", "بعد القادم": the one after the next.
    AfterNext,

    // "قبل الماضي", "ما قبل الماضي": the one before the last.
    BeforeLast,

    // After منذ ("منذ أغسطس"): the most recent one on or before the reference, whatever the default.
    OnOrBefore,
}

/// <summary>The part of a month or year that أوائل, منتصف and أواخر name.</summary>
internal enum DatePart
{
    None,
    Early,
    Middle,
    Late,

    // بقية، باقي: from the reference to the end of the period.
    Rest,
}

/// <summary>Words that introduce a part of a date.</summary>
[Flags]
internal enum DateIntroducer
{
    None = 0,
    YearWord = 1,
    MonthWord = 2,
    DayWord = 4,
    Agreeing = 8,
    Since = 16,
    During = 32,
    Ago = 64,
    After = 128,

    // A word that puts what follows in the future: سوف، سيزور، من المقرر.
    FutureCue = 256,

    // A word after which four digits are a year (في، منذ), or a count (نحو، بلغ).
    YearCue = 512,
    CountCue = 1024,

    // A noun of a contract, delivery or shipment (تسليم، عقود، شحنات): a month right after it is the coming one.
    Forward = 2048,

    // A word after which a day and month with no year that come later in the year than the reference are this year's
    // (اعتبارا من، ابتداء من، بحلول): a start or a deadline looks ahead, but a month gone stays gone.
    ComingCue = 4096,
}
