namespace ArabicNews.Numbers;

/// <summary>What a number mention counts.</summary>
public enum NumberKind
{
    /// <summary>A plain number: "600 ألف", "ثلاثة".</summary>
    Cardinal = 0,

    /// <summary>A percentage: "5%", "خمسة في المئة". The value is the number of percent (5, not 0.05).</summary>
    Percent = 1,

    /// <summary>An amount of money: "5.5 مليار دولار"; the unit is the ISO 4217 code.</summary>
    Money = 2,

    /// <summary>A measured quantity: "500 كيلومتر مربع"; the unit is its symbol (km2).</summary>
    Quantity = 3,

    /// <summary>A range: "ثمانية إلى عشرة آلاف", "بين 10 و20", "10-20"; <see cref="NumberMention.Min"/> and <see cref="NumberMention.Max"/> hold its ends.</summary>
    Range = 4,

    /// <summary>An ordinal: "الخامس", "رابع أكبر", "الحادي عشر"; the value is its position (5, 4, 11).</summary>
    Ordinal = 6,

    /// <summary>A quantity given only by its order: "عشرات", "آلاف", "مئات الملايين"; <see cref="NumberMention.Min"/> holds its lower bound.</summary>
    Vague = 5,
}
