using System;
using System.Text;

namespace ArabicNews.Numbers;

/// <summary>Writes whole numbers in standard Arabic words, as <see cref="ArabicNumber"/> reads them back.</summary>
public static class ArabicNumberWords
{
    /// <summary>The largest number that <see cref="ToWords"/> writes: 10^15 (ألف تريليون).</summary>
    public const long MaxValue = 1_000_000_000_000_000;

    private static readonly string[] s_masculineUnits = ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
    private static readonly string[] s_feminineUnits = ["صفر", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];
    private static readonly string[] s_tens = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
    private static readonly string[] s_hundreds = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"];

    // Scales from the largest: singular, dual, plural, accusative singular (after 11–99).
    private static readonly (long Value, string One, string Two, string Many, string Accusative)[] s_scales =
    [
        (1_000_000_000_000, "تريليون", "تريليونان", "تريليونات", "تريليونًا"),
        (1_000_000_000, "مليار", "ملياران", "مليارات", "مليارًا"),
        (1_000_000, "مليون", "مليونان", "ملايين", "مليونًا"),
        (1_000, "ألف", "ألفان", "آلاف", "ألفًا"),
    ];

    /// <summary>
    /// Writes <paramref name="value"/> in words: "خمسة وعشرون ألفًا وثلاثمئة". Counts of thousands, millions and
    /// so on agree with those masculine nouns; the last part agrees with the counted noun.
    /// </summary>
    /// <param name="value">A whole number from 0 to <see cref="MaxValue"/>.</param>
    /// <param name="feminine">Whether the counted noun is feminine (ثلاث سنوات rather than ثلاثة أيام).</param>
    /// <returns>The number in words.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above <see cref="MaxValue"/>.</exception>
    public static string ToWords(long value, bool feminine = false)
    {
        if (value is < 0 or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, ArabicNewsMessages.NumberWordsRange(MaxValue));
        }

        if (value == 0)
        {
            return s_masculineUnits[0];
        }

        var builder = new StringBuilder();
        long rest = value;
        foreach ((long scale, string one, string two, string many, string accusative) in s_scales)
        {
            long count = rest / scale;
            rest %= scale;
            if (count == 0)
            {
                continue;
            }

            Join(builder);
            if (count >= 1000)
            {
                // Only ألف تريليون (10^15) gets here: the count is itself a thousand.
                builder.Append(ToWords(count)).Append(' ').Append(one);
                continue;
            }

            long lastTwo = count % 100;
            if (count == 1)
            {
                builder.Append(one);
            }
            else if (count == 2)
            {
                builder.Append(two);
            }
            else if (lastTwo is >= 3 and <= 10)
            {
                AppendBelowThousand(builder, (int)count, feminine: false);
                builder.Append(' ').Append(many);
            }
            else if (lastTwo >= 11)
            {
                AppendBelowThousand(builder, (int)count, feminine: false);
                builder.Append(' ').Append(accusative);
            }
            else
            {
                AppendBelowThousand(builder, (int)count, feminine: false);
                builder.Append(' ').Append(one);
            }
        }

        if (rest > 0)
        {
            Join(builder);
            AppendBelowThousand(builder, (int)rest, feminine);
        }

        return builder.ToString();
    }

    private static void Join(StringBuilder builder)
    {
        if (builder.Length > 0)
        {
            builder.Append(" و");
        }
    }

    private static void AppendBelowThousand(StringBuilder builder, int value, bool feminine)
    {
        int hundreds = value / 100;
        int rest = value % 100;
        if (hundreds > 0)
        {
            builder.Append(s_hundreds[hundreds]);
            if (rest > 0)
            {
                builder.Append(" و");
            }
        }

        if (rest == 0)
        {
            return;
        }

        string[] units = feminine ? s_feminineUnits : s_masculineUnits;
        if (rest <= 10)
        {
            builder.Append(units[rest]);
        }
        else if (rest == 11)
        {
            builder.Append(feminine ? "إحدى عشرة" : "أحد عشر");
        }
        else if (rest == 12)
        {
            builder.Append(feminine ? "اثنتا عشرة" : "اثنا عشر");
        }
        else if (rest < 20)
        {
            builder.Append(units[rest - 10]).Append(feminine ? " عشرة" : " عشر");
        }
        else
        {
            int unit = rest % 10;
            if (unit > 0)
            {
                builder.Append(unit == 1 ? (feminine ? "إحدى" : "واحد") : units[unit]).Append(" و");
            }

            builder.Append(s_tens[rest / 10]);
        }
    }
}
