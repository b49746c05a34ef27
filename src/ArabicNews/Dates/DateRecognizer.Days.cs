using System;
using System.Globalization;
using ArabicNews.Numbers;

namespace ArabicNews.Dates;

// Numeric dates, days and months, and the n-th day, weekday or week of a month.
internal readonly ref partial struct DateRecognizer
{
    // "2024-11-02", "2024/11/02", "02/11/2024", "2-11-2024", "9-18-15" (month first when day first cannot be),
    // "11/2024" (a month), "4/22" (a day and month); with spaces around the separators when the year has four
    // digits ("15 /9 /2015 م"), and Hijri with its era or a year under 1600 ("14 / 10 / 1436هـ", "10-10-1436").
    private bool TryNumericDate(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        ReadOnlySpan<char> head = Word(i);
        int clitic = head.Length > 1 && head[0] is 'و' or 'ب' or 'ف' or 'ل' && char.IsAsciiDigit(head[1]) ? 1 : 0;
        if (!NumberExtractor.IsDigits(head[clitic..], 1, 4) || i + 1 >= _tokens.Length || Separator(i + 1, out bool spacedFirst) == '\0'
            || !Digits(i + 1, 1, 4, out int second))
        {
            return false;
        }

        // Inside a longer chain ("31/02/2024" read from its second part): not a date of its own.
        if (i > 0 && Separator(i, out _) is '/' or '-' && char.IsAsciiDigit(Word(i - 1)[^1]))
        {
            return false;
        }

        int first = int.Parse(head[clitic..], NumberStyles.None, CultureInfo.InvariantCulture);
        int firstLength = head.Length - clitic;

        char separator = Separator(i + 1, out _);
        bool spacedSecond = false;
        int third = 0;
        int thirdLength = 0;
        DateCalendar? era = null;
        bool three = i + 2 < _tokens.Length && Separator(i + 2, out spacedSecond) == separator && YearDigits(i + 2, out third, out thirdLength, out era);
        int start = _tokens[i].Start + clitic;
        if (!three && firstLength <= 2 && first is >= 1 and <= 12 && YearDigits(i + 1, out int hijriYear, out int hijriLength, out DateCalendar? hijriEra)
            && hijriLength == 4 && hijriYear is >= 1300 and < 1600)
        {
            // "3 / 1436 ه", "8/1436هـ": a Hijri month and its year, by its era (written glued, or after a space).
            int monthLast = i + 1;
            if (hijriEra is null && Spaced(i + 2) && Lexicon(i + 2, out int eraLast, out DateWord eraWord, out int eraClitic) && eraWord.Era == DateCalendar.Hijri && eraClitic == 0)
            {
                (hijriEra, monthLast) = (DateCalendar.Hijri, eraLast);
            }

            if (hijriEra == DateCalendar.Hijri)
            {
                last = monthLast;
                date = new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Month, Calendar = DateCalendar.Hijri, HijriEra = true, Year = hijriYear, Month = first };
                return true;
            }
        }

        if ((spacedFirst || (three && spacedSecond)) && !(three && thirdLength == 4))
        {
            return false; // "10 / 20": a fraction or a range
        }

        if (three)
        {
            (int y, int m, int d) = firstLength == 4 ? (first, second, third)
                : thirdLength is 4 or 2 ? (Century(third, thirdLength), second, first)
                : (0, 0, 0);
            last = i + 2;
            if (era is null && Spaced(last + 1) && Lexicon(last + 1, out int eraLast, out DateWord eraWord, out int eraClitic) && eraWord.Era is { } written && eraClitic == 0)
            {
                (era, last) = (written, eraLast); // "15/9/2015 م"
            }

            if (era == DateCalendar.Hijri || (era is null && y is >= 1300 and < 1600))
            {
                // "14/10/1436هـ": a Hijri day, converted when resolved.
                if (m is < 1 or > 12 || d is < 1 or > 30)
                {
                    return false;
                }

                date = new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Date, Calendar = DateCalendar.Hijri, HijriEra = true, Year = y, Month = m, Day = d };
                return true;
            }

            if (firstLength != 4 && !IsValid(y, m, d) && IsValid(y, first, second))
            {
                (m, d) = (first, second); // "9-18-15": month first
            }

            if (!IsValid(y, m, d))
            {
                return false;
            }

            date = new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Date, Year = y, Month = m, Day = d };
            return true;
        }

        if (firstLength == 4 && _tokens[i + 1].Length == 4 && separator == '-' && first is >= 1900 and <= 2100 && second > first && second <= 2100)
        {
            // "2014-2018": two years, which Recognize joins into a range.
            date = new RawDate { Start = start, End = _tokens[i].End, Kind = DateKind.Year, Year = first };
            return true;
        }

        if ((separator == '/' && firstLength == 4 && second is >= 1 and <= 12 && _tokens[i + 1].Length <= 2)
            || (separator == '-' && _tokens[i + 1].Length == 4 && first is >= 1 and <= 12 && firstLength <= 2 && second is >= 1900 and <= 2100))
        {
            // "2015/3", "3-2015": a month and its year.
            last = i + 1;
            (int y, int m) = separator == '/' ? (first, second) : (second, first);
            date = new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Month, Year = y, Month = m };
            return true;
        }

        if (separator != '/' || (i + 2 < _tokens.Length && _tokens[i + 2].Start - _tokens[i + 2].GapStart == 1 && _text[_tokens[i + 2].GapStart] is '/' or '-'))
        {
            return false; // "10-20" is a range of numbers; a chain of four is no date
        }

        last = i + 1;
        if (Enclosed(i, last))
        {
            return false; // "«1/3»", "(2/4)": a part of a series
        }

        if (_tokens[i + 1].Length == 4 && first is >= 1 and <= 12 && firstLength <= 2)
        {
            date = new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Month, Year = second, Month = first };
            return true;
        }

        (int month, int day) = IsValid(2000, second, first) ? (second, first) : IsValid(2000, first, second) ? (first, second) : (0, 0);
        if (month == 0 || firstLength > 2 || _tokens[i + 1].Length > 2 || AfterScoreWord(i))
        {
            return false;
        }

        date = new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Date, Month = month, Day = day };
        if (last + 1 < _tokens.Length && Gap(last + 1) is "," or "،" && (Digits(last + 1, 4, 4, out int year) || Digits(last + 1, 2, 2, out year)))
        {
            // "08/12, 2015"
            date.Year = Century(year, _tokens[last + 1].Length);
            last++;
            date.End = _tokens[last].End;
        }

        return true;
    }

    // Whether a word of a match's result, perhaps after و or ف, comes up to six words before word i, in its sentence:
    // "تعادلهما 2/2" is a score.
    private bool AfterScoreWord(int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            if (_text[_tokens[k + 1].GapStart.._tokens[k + 1].Start].IndexOfAny(".؟?!\n") >= 0)
            {
                return false;
            }

            ReadOnlySpan<char> word = Word(k);
            if (DateParticles.Is(word, DateParticle.Score) || (word.Length > 3 && word[0] is 'و' or 'ف' && DateParticles.Is(word[1..], DateParticle.Score)))
            {
                return true;
            }
        }

        return false;
    }

    // The separator between word k-1 and word k of a numeric date ('/', '-' or '.', perhaps with spaces around it),
    // or '\0'.
    private char Separator(int k, out bool spaced)
    {
        ReadOnlySpan<char> gap = _text[_tokens[k].GapStart.._tokens[k].Start];
        ReadOnlySpan<char> trimmed = gap.Trim(' ');
        spaced = gap.Length > 1;
        return trimmed.Length == 1 && trimmed[0] is '/' or '-' or '.' && gap.Length <= 3 ? trimmed[0] : '\0';
    }

    // The last part of a numeric date: one to four digits, perhaps with its era glued ("1436ه", "2015م").
    private bool YearDigits(int k, out int value, out int length, out DateCalendar? era)
    {
        value = 0;
        era = null;
        ReadOnlySpan<char> word = Word(k);
        if (word.Length is >= 2 and <= 5 && word[^1] is 'ه' or 'م' && char.IsAsciiDigit(word[^2]))
        {
            // "1436هـ", and the day that ends a Hijri date written year first ("1436/10/7هـ").
            era = word[^1] == 'ه' ? DateCalendar.Hijri : DateCalendar.Gregorian;
            word = word[..^1];
        }

        length = word.Length;
        if (!NumberExtractor.IsDigits(word, 1, 4))
        {
            return false;
        }

        value = int.Parse(word, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    // Whether words first..last stand alone between brackets or quotation marks: "«1/3»", "(2/4)".
    private bool Enclosed(int first, int last)
    {
        ReadOnlySpan<char> before = _text[_tokens[first].GapStart.._tokens[first].Start].TrimEnd(' ');
        ReadOnlySpan<char> after = (last + 1 < _tokens.Length ? _text[_tokens[last + 1].GapStart.._tokens[last + 1].Start] : _text[_tokens[last].End..]).TrimStart(' ');
        return !before.IsEmpty && before[^1] is '«' or '(' or '[' or '"' or '“' && !after.IsEmpty && after[0] is '»' or ')' or ']' or '"' or '”';
    }

    // A two-digit year: 00–49 is 2000–2049, 50–99 is 1950–1999.
    private static int Century(int year, int length) => length != 2 ? year : year < 50 ? 2000 + year : 1900 + year;

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    // A day then its month: "27 مايو", "الخامس من يناير 2024", "1 كانون الثاني", "28-نوفمبر",
    // "الحادي والعشرين من شهر مايو", and a range of days: "13 إلى 15 تموز", "من 1-8 شهر أيلول".
    private bool TryDayMonth(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        if (!TryDay(i, out int day, out int dayLast, out int clitic))
        {
            return false;
        }

        int start = _tokens[i].Start + clitic;
        int k = dayLast + 1;
        int? endDay = null;
        if (k < _tokens.Length && IsAny(k, "الي", "حتي", "وحتي", "و") && Spaced(k) ? TryDay(k + 1, out int to, out int toLast, out _, ended: true) && Spaced(k + 1)
                : k < _tokens.Length && (Gap(k) is "-" || (Spaced(k) && Word(k).StartsWith("و"))) && TryDay(k, out to, out toLast, out _, ended: true))
        {
            // "13 إلى 15 تموز", "من 1-8 أيلول", "بين 3 و 12 سبتمبر", "20 و21 شوال", "الرابع والخامس من أغسطس"
            if (to <= day)
            {
                return false;
            }

            endDay = to;
            k = toLast + 1;
        }

        if (k >= _tokens.Length || !(Spaced(k) || Gap(k) is "-" or "." or "/"))
        {
            return false; // "27 مايو", "28-نوفمبر", "2. أكتوبر", "2/ أكتوبر"
        }

        // "في" only before a relative month, or after a range: "من 4-23 في الشهر المقبل"; "14 في يوليو" is a value in July.
        bool of = (Is(k, "من") || (Is(k, "في") && char.IsAsciiDigit(Word(i)[^1]) && (endDay is not null || !TryMonth(k + 1, out _, out _, out _, out _))))
            && Spaced(k + 1);
        if (of)
        {
            k++;
        }

        if (!TryMonth(k, out int month, out DateCalendar calendar, out int monthLast, out bool needsContext, out bool closed))
        {
            // "20 من الشهر القادم", "التاسع عشر من هذا الشهر", "من 4 إلى 22 هذا الشهر", "من 4-23 في الشهر المقبل"
            if ((of || endDay is not null) && TryRelativePeriod(k, out RawDate period, out int periodLast) && period.RelativeGrain == DateGrain.Month)
            {
                date = new RawDate
                {
                    Start = start, End = _tokens[periodLast].End, Kind = endDay is null ? DateKind.Date : DateKind.Range, Day = day, EndDay = endDay,
                    MonthOffset = period.RelativeOffset,
                };
                last = periodLast;
                ExtendRangeStart(ref date, i);
                return true;
            }

            return false;
        }

        if (needsContext && Gap(k) is "-")
        {
            return false; // "2-صفر", "1- صفر": a score
        }

        if (endDay is null && IsAny(k + (monthLast - k) + 1, "الي", "حتي") && TryDay(monthLast + 2, out int toDay, out int toDayLast, out _)
            && TryMonth(toDayLast + 1, out int toMonth, out _, out int toMonthLast, out _) && Spaced(toDayLast + 1))
        {
            // "من 13 تموز الى 15 تموز"
            date = new RawDate
            {
                Start = start, Kind = DateKind.Range, Calendar = calendar, Month = month, Day = day, EndDay = toDay, EndMonth = toMonth,
            };
            monthLast = toMonthLast;
        }
        else
        {
            date = new RawDate { Start = start, Kind = endDay is null ? DateKind.Date : DateKind.Range, Calendar = calendar, Month = month, Day = day, EndDay = endDay };
        }

        last = monthLast;
        int relativeAt = IsAny(monthLast + 1, "من") && AfterMonth(monthLast + 1, closed) ? monthLast + 2 : monthLast + 1;
        if (TryYearAfter(monthLast + 1, out int year, out DateCalendar era, out int yearLast, closed, dotted: Gap(k) is "."))
        {
            date.Year = year;
            date.Calendar = era == DateCalendar.Hijri ? DateCalendar.Hijri : date.Calendar;
            date.HijriEra = era == DateCalendar.Hijri;
            last = yearLast;
        }
        else if (relativeAt < _tokens.Length && (relativeAt > monthLast + 1 ? Spaced(relativeAt) : AfterMonth(relativeAt, closed))
            && TryRelativePeriod(relativeAt, out RawDate relativeYear, out int relativeLast) && relativeYear.RelativeGrain == DateGrain.Year)
        {
            // "الأول من سبتمبر (أيلول) من العام الماضي", "5 مارس العام المقبل"
            date.YearOffset = relativeYear.RelativeOffset;
            last = relativeLast;
        }
        else if (EveryYear(monthLast + 1))
        {
            return false;
        }
        else if (Lexicon(monthLast + 1, out int directionLast, out DateWord direction, out int directionClitic) && direction.Direction != DateDirectionWord.None
            && directionClitic == 0 && AfterMonth(monthLast + 1, closed))
        {
            date.Direction = direction.Direction;
            last = directionLast;
        }

        ExtendRangeStart(ref date, i);

        date.End = closed && last == monthLast ? ClosingEnd(last) : _tokens[last].End;
        return true;
    }

    // A day of a month: digits 1–31 ("15", "بـ15"), or an ordinal ("الخامس", "الحادي والعشرين", "أول"); `ended` when
    // it ends a range of days, after the first ("الرابع والخامس من أغسطس").
    private bool TryDay(int k, out int day, out int last, out int clitic, bool ended = false)
    {
        day = 0;
        last = k;
        clitic = 0;
        if (k >= _tokens.Length)
        {
            return false;
        }

        ReadOnlySpan<char> word = Word(k);
        if (char.IsAsciiDigit(word[^1]))
        {
            // "ب5", "و12", and "الـ27" (the article before digits, its tatweel gone): "في الـ27 من حزيران".
            clitic = word.Length > 1 && word[0] is 'ب' or 'ل' or 'و' && char.IsAsciiDigit(word[1]) ? 1
                : word.Length > 2 && word.StartsWith("ال") && char.IsAsciiDigit(word[2]) ? 2 : 0;
            return NumberExtractor.IsDigits(word[clitic..], 1, 2) && (day = int.Parse(word[clitic..], NumberStyles.None, CultureInfo.InvariantCulture)) is >= 1 and <= 31;
        }

        if (DateLexicon.TryMatch(_text, _tokens, k, out int named, out DateWord dayWord, out int namedClitic) && dayWord.DayOfMonth != 0)
        {
            // "غرة شوال": the first
            (day, last, clitic) = (dayWord.DayOfMonth, named, namedClitic);
            return true;
        }

        // An ordinal after a definite noun of time describes it ("الأسبوع الأول من تشرين الأول" is the first week), except
        // after اليوم and a weekday ("اليوم الأول من مارس", "الثلاثاء التاسع عشر من هذا الشهر"); after any other definite
        // noun it is the day ("وحددت المديريات الخامس من ذي القعدة").
        if (!ended && k > 0 && _tokens[k].SpacedFromPrevious && Word(k - 1) is { Length: > 2 } previous && IsDefinite(previous)
            && previous is not ("اليوم" or "الموافق" or "الي" or "الذي" or "التي")
            && (!DateLexicon.TryMatch(_text, _tokens, k - 1, out _, out DateWord before, out _) ? !IsPlainNoun(previous) : before.Weekday is null))
        {
            return false;
        }

        return NumberExtractor.TryReadOrdinal(_text, _tokens, k, out last, out clitic, out day) && day is >= 1 and <= 31;
    }

    // Whether a definite word names no span of time or rank that an ordinal could describe: a plural in ات، ين or ون
    // ("المديريات", "المسؤولون"), as against "الأسبوع", "الجولة", "المرحلة".
    private static bool IsPlainNoun(ReadOnlySpan<char> word) => word.EndsWith("ات") || word.EndsWith("ين") || word.EndsWith("ون");

    // The n-th (or last) weekday, day or week of a month: "ثالث ثلاثاء في أيلول 2014", "آخر اثنين من الشهر
    // القادم", "أول يوم جمعة من يوليو", "ثالث يوم من شهر عشرة", "آخر يوم بشهر عشرة سنة 2015", "أول أسبوع بشهر
    // أكتوبر 2014"; and with the ordinal after: "الاثنين الأخير من شهر ثلاثة", "اليوم الأخير من شهر عشرة",
    // "الأسبوع الأول من شهر عشرة 2014", "الثلاثاء الثالث من شهر أيلول" (the third Tuesday, or Tuesday the 3rd:
    // the resolver checks which the calendar allows).
    private bool TryNthOfMonth(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        int clitic = 0;
        int ordinal;
        int k;
        DayOfWeek? weekday = null;
        bool day = false;
        bool week = false;
        if (TryLeadingOrdinal(i, out ordinal, out int ordinalLast, out clitic))
        {
            // ordinal, then [يوم] weekday | يوم | أسبوع
            k = ordinalLast + 1;
            if (!Spaced(k))
            {
                return false;
            }

            if (IsAny(k, "يوم") && Spaced(k + 1) && Lexicon(k + 1, out int namedLast, out DateWord named, out int namedClitic) && named.Weekday is { } w && namedClitic == 0)
            {
                (weekday, k) = (w, namedLast + 1);
            }
            else if (IsAny(k, "يوم"))
            {
                (day, k) = (true, k + 1);
            }
            else if (IsAny(k, "اسبوع"))
            {
                (week, k) = (true, k + 1);
            }
            else if (Lexicon(k, out int weekdayLast, out DateWord named2, out int clitic2) && named2.Weekday is { } w2 && clitic2 == 0)
            {
                (weekday, k) = (w2, weekdayLast + 1);
            }
            else
            {
                return false;
            }
        }
        else
        {
            // [يوم] weekday | اليوم | الأسبوع, then an ordinal or الأخير
            Lexicon(i, out int headLast, out DateWord head, out clitic);
            k = headLast + 1;
            if (head.Weekday is { } w)
            {
                weekday = w;
            }
            else if (Word(i)[clitic..] is "اليوم")
            {
                day = true;
            }
            else if (head.Period == DateGrain.Week)
            {
                week = true;
            }
            else if ((head.Introducers & DateIntroducer.DayWord) != 0 && Spaced(k) && Lexicon(k, out int namedLast, out DateWord named, out int namedClitic)
                && named.Weekday is { } w3 && namedClitic == 0)
            {
                (weekday, k) = (w3, namedLast + 1);
            }
            else
            {
                return false;
            }

            if (!Spaced(k))
            {
                return false;
            }

            if (IsAny(k, "الاخير", "الاخيره"))
            {
                (ordinal, k) = (-1, k + 1);
            }
            else if (NumberExtractor.TryReadOrdinal(_text, _tokens, k, out int afterLast, out int afterClitic, out ordinal) && afterClitic == 0
                && ordinal is >= 1 and <= 5 && !IsAny(afterLast + 1, "عشر", "عشره"))
            {
                k = afterLast + 1;
            }
            else
            {
                return false;
            }
        }

        if (!TryMonthSlot(k, out RawDate slot, out last))
        {
            // "يوم الأحد الثاني": the weekday of the reference's month, when nothing follows that could name another,
            // and the ordinal has the article ("الجمعة أولى مباحثاته" is Friday, then a noun phrase).
            if (weekday is null || ordinal < 1 || (k < _tokens.Length && Spaced(k) && IsAny(k, "من", "في")) || !Word(k - 1).StartsWith("ال"))
            {
                return false;
            }

            slot = new RawDate { MonthOffset = 0 };
            last = k - 1;
        }

        slot.Start = _tokens[i].Start + clitic;
        slot.End = _tokens[last].End;
        slot.Kind = week ? DateKind.Range : DateKind.Date;
        if (weekday is { } named3)
        {
            slot.Weekday = named3;
            slot.WeekdayOrdinal = ordinal;
        }
        else if (week)
        {
            slot.WeekOrdinal = ordinal;
        }
        else if (day)
        {
            slot.DayOrdinal = ordinal;
        }

        date = slot;
        return true;
    }

    // "ثالث", "أول", "آخر", "ثان": an ordinal (or آخر, the last) before what it counts.
    private bool TryLeadingOrdinal(int i, out int ordinal, out int last, out int clitic)
    {
        last = i;
        clitic = 0;
        ordinal = 0;
        if (Word(i) is "اخر")
        {
            ordinal = -1;
            return true;
        }

        return NumberExtractor.TryReadOrdinal(_text, _tokens, i, out last, out clitic, out ordinal) && ordinal is >= 1 and <= 5
            && !Word(i).StartsWith("ال");
    }

    // What a day, weekday or week is of: "من يوليو", "في أيلول من عام 2014", "بشهر عشرة سنة 2015", "من الشهر
    // القادم", "من شهر مارس السنة القادمة", "في الشهر التاسع سنة 2014".
    private bool TryMonthSlot(int k, out RawDate slot, out int last)
    {
        slot = default;
        last = k;
        if (k >= _tokens.Length)
        {
            return false;
        }

        bool glued = Word(k).StartsWith("ب") && Word(k).Length > 2;
        if (IsAny(k, "من", "في") && Spaced(k + 1))
        {
            k++;
        }
        else if (!glued)
        {
            return false;
        }

        if (TryRelativePeriod(k, out RawDate period, out last) && period.RelativeGrain == DateGrain.Month)
        {
            slot.MonthOffset = period.RelativeOffset;
            return true;
        }

        if (!TryMonth(k, out int month, out DateCalendar calendar, out last, out _, out bool closed) || calendar != DateCalendar.Gregorian)
        {
            return false;
        }

        slot.Month = month;
        int yearAt = last + 1;
        if (IsAny(yearAt, "في", "من") && AfterMonth(yearAt, closed))
        {
            yearAt++;
        }

        if (TryYearAfter(yearAt, out int year, out _, out int yearLast, closed) || (yearAt < _tokens.Length && Word(yearAt).StartsWith("ب") && TryYearAfterClitic(yearAt, out year, out yearLast)))
        {
            slot.Year = year;
            last = yearLast;
        }
        else if (Spaced(last + 1) && TryRelativePeriod(last + 1, out RawDate relativeYear, out int relativeLast) && relativeYear.RelativeGrain == DateGrain.Year)
        {
            slot.YearOffset = relativeYear.RelativeOffset;
            last = relativeLast;
        }

        return true;
    }
}
