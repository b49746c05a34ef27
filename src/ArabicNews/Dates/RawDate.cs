using System;

namespace ArabicNews.Dates;

/// <summary>A date as the recognizer read it, before resolution: what was written and its span in the normalized text.</summary>
internal struct RawDate
{
    public int Start;

    // The next date ends a range this one begins ("من 2 أكتوبر حتى 22 أكتوبر").
    public bool JoinedWithNext;

    public int End;
    public DateKind Kind;
    public DateCalendar Calendar;

    // The year was written with هـ: a Hijri year whatever its size.
    public bool HijriEra;

    // A year written with no era at all (neither هـ nor م): one near the reference's Hijri year is Hijri.
    public bool EraImplied;

    // Two numbers after a weekday with no year ("السبت ٢-١٠", "الثلاثاء 10/12"): Day and Month as written, which
    // the resolver may read in either order and either calendar, as the weekday agrees.
    public bool NumericDayMonth;
    public int? Year;
    public int? Month;
    public int? Day;
    public DayOfWeek? Weekday;

    // The other end of a written range of days ("13 إلى 15 تموز"): its day, and its month when written.
    public int? EndDay;
    public int? EndMonth;

    // A direction word after a month or weekday ("يونيو الماضي", "الأحد المقبل").
    public DateDirectionWord Direction;

    // A future cue before the mention in its sentence ("سيزور موسكو الخميس"): it resolves forward.
    public bool FutureCue;

    // A start or deadline cue before the mention in its sentence ("اعتبارا من 30 نوفمبر"): a month later in the year
    // than the reference is this year's.
    public bool ComingCue;

    // The mention follows a date of its kind closely in its sentence, and goes the way that one went.
    public bool FollowsSameKind;

    // "اليوم الجمعة": the weekday of a day the text calls today.
    public bool Today;

    // A relative date (Kind Relative): so many units from the reference ("أمس", "الأسبوع المقبل", "قبل شهرين").
    public DateGrain RelativeGrain;
    public int RelativeOffset;

    // The unit of an offset resolved to a day ("قبل شهرين": months); RelativeGrain is then Day.
    public DateGrain OffsetUnit;

    // A weekday in a week relative to the reference ("الأحد من الأسبوع الماضي"), and the last weekday of a
    // range of days in that week ("الأسبوع المقبل بين الأربعاء والجمعة").
    public int? WeekOffset;
    public DayOfWeek? EndWeekday;

    // A part of a month, a year or a relative period (Kind Range): "أواخر مارس", "مطلع العام المقبل".
    public DatePart Part;

    // What the part is of: a month, a year or a relative period.
    public DateKind PartOf;

    // The n-th weekday of a month ("ثالث ثلاثاء في أيلول"), -1 for the last.
    public int WeekdayOrdinal;

    // The n-th day or week of a month ("ثالث يوم من أكتوبر", "أول أسبوع من أكتوبر"), -1 for the last.
    public int DayOrdinal;
    public int WeekOrdinal;

    // A month or year given relative to the reference's: "من الشهر القادم" (+1), "السنة القادمة" (+1).
    public int? MonthOffset;
    public int? YearOffset;

    // A holiday ("عيد الفطر 2013"): its day in its calendar, in the Gregorian year written or nearest the reference.
    public Holiday? Holiday;

    // The day of the holiday's days, from 0 ("ثالث أيام العيد": 2).
    public int HolidayDay;

    // "الأسابيع الثلاثة القادمة": so many whole units before or after the reference (RelativeGrain and RelativeOffset).
    public bool RelativeSpan;

    // A span of months (Kind Range): a season or a quarter from its first month, so many months long; the
    // year as written, or relative to the reference (YearOffset), or the nearest.
    public int SpanMonth;
    public int SpanMonths;

    // A decade (Kind Range): 70 for السبعينيات.
    public int Decade;

    // A duration (Kind Duration): how many of which unit.
    public int Amount;
    public DateGrain Unit;
}
