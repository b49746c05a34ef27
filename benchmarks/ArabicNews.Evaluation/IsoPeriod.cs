using System;
using System.Globalization;

namespace ArabicNews.Evaluation;

/// <summary>A period named by an ISO value at day, month or year grain: its first and last day.</summary>
/// <param name="First">The first day.</param>
/// <param name="Last">The last day.</param>
public readonly record struct IsoPeriod(DateOnly First, DateOnly Last)
{
    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParse(string value, out IsoPeriod period)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", c, DateTimeStyles.None, out DateOnly day))
        {
            period = new IsoPeriod(day, day);
            return true;
        }

        if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out DateOnly month))
        {
            period = new IsoPeriod(month, month.AddMonths(1).AddDays(-1));
            return true;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, c, out int year) && year is >= 1 and <= 9999)
        {
            period = new IsoPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        period = default;
        return false;
    }

    /// <summary>Whether <paramref name="other"/> lies wholly inside this period.</summary>
    public bool Contains(IsoPeriod other) => other.First >= First && other.Last <= Last;
}
