namespace ArabicNews.Numbers;

/// <summary>What a number mention counts.</summary>
public enum NumberKind
{
    /// <summary>A plain number: "600 ألف", "ثلاثة".</summary>
    Cardinal = 0,

    /// <summary>A percentage: "5%", "خمسة في المئة". The value is the number of percent (5, not 0.05).</summary>
    Percent = 1,
}
