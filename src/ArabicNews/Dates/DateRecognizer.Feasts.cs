using System;
using ArabicNews.Numbers;

namespace ArabicNews.Dates;

// The days of a feast: "ثاني أيام عيد الفطر", "ثالث أيام العيد", "رابع من أيام عيد الأضحى".
internal ref partial struct DateRecognizer
{
    // An ordinal (first to tenth), أيام (or من أيام), then a feast: the feast's Nth day.
    private bool TryNthDayOfHoliday(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        if (Word(i).StartsWith("ال") || !NumberExtractor.TryReadOrdinal(_text, _tokens, i, out int ordinalLast, out int clitic, out int ordinal)
            || ordinal is < 1 or > 10)
        {
            return false;
        }

        int k = ordinalLast + 1;
        if (IsAny(k, "من"))
        {
            k++;
        }

        if (!IsAny(k, "ايام") || !Spaced(k + 1) || !Lexicon(k + 1, out last, out DateWord feast, out int feastClitic)
            || feast.Holiday is not { } holiday || feastClitic != 0)
        {
            return false;
        }

        date = new RawDate { Start = _tokens[i].Start + clitic, End = _tokens[last].End, Kind = DateKind.Date, Holiday = holiday, HolidayDay = ordinal - 1 };
        return true;
    }
}
