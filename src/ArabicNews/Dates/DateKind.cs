namespace ArabicNews.Dates;

/// <summary>What a date mention names.</summary>
public enum DateKind
{
    /// <summary>A day: "2024-11-02", "الخامس من يناير", "27 مايو 2023", "الاثنين 12 يناير 2016".</summary>
    Date = 0,

    /// <summary>A month, with or without its year: "أغسطس 2023", "فبراير/ شباط 2022", "يونيو الماضي", "نوفمبر الجاري".</summary>
    Month = 1,

    /// <summary>A year: "عام 1949", "العام 2023", "1445 هـ".</summary>
    Year = 2,

    /// <summary>A weekday without a written date: "الجمعة", "يوم /الأربعاء/ الماضي", "اليوم السبت".</summary>
    Weekday = 3,

    /// <summary>A day, week, month or year relative to the reference: "أمس", "الأسبوع المقبل", "قبل شهرين".</summary>
    Relative = 4,

    /// <summary>A span of days or months: "أواخر مارس", "مطلع العام المقبل", "13 إلى 15 تموز".</summary>
    Range = 5,

    /// <summary>A length of time, not a calendar date: "منذ ثلاث سنوات", "خلال العامين الماضيين".</summary>
    Duration = 6,
}
