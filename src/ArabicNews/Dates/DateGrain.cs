namespace ArabicNews.Dates;

/// <summary>The unit a date mention is precise to, and the unit of a duration.</summary>
public enum DateGrain
{
    /// <summary>A day.</summary>
    Day = 0,

    /// <summary>A week, Monday to Sunday (ISO 8601).</summary>
    Week = 1,

    /// <summary>A month.</summary>
    Month = 2,

    /// <summary>A year.</summary>
    Year = 3,
}
