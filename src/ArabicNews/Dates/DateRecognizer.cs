using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Numbers;
using ArabicNews.Text;

namespace ArabicNews.Dates;

/// <summary>
/// The date grammar over the words of a Search-normalized text: finds what each date mention writes, left to
/// right, the longest reading at each word first. Each reading looks a bounded number of words ahead, so a
/// text is read in linear time. Resolution against a reference date is <see cref="DateResolver"/>'s.
/// </summary>
internal readonly ref struct DateRecognizer
{
    // Words that can start a date: date words and digits; ordinals and number words (the day of "الخامس من يناير",
    // the count of "خمسة أشهر الماضية") only with a date word or من right after them.
    private static readonly WordEndings s_ordinalEndings = new(OrdinalLexicon.Words.Words.Keys.Concat(NumberLexicon.Words.Keys));

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<WordToken> _tokens;

    public DateRecognizer(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>
    /// Adds every date of the text to <paramref name="found"/>, in order, none overlapping. Two dates joined as
    /// a range ("من 2 أكتوبر حتى 22 أكتوبر", "بين الأربعاء والجمعة", "اليوم حتى الغد", "2014-2018") are added
    /// one after the other, the first with <see cref="RawDate.JoinedWithNext"/> set.
    /// </summary>
    public void Recognize(List<RawDate> found)
    {
        int i = 0;
        int previousLast = -2;
        while (i < _tokens.Length)
        {
            ReadOnlySpan<char> head = Word(i);
            if ((char.IsAsciiDigit(head[^1]) || DateLexicon.StartEndings.MayEndLike(head)
                    || (head.StartsWith("ال") && DateLexicon.UnitEndings.MayEndLike(head))
                    || (s_ordinalEndings.MayEndLike(head) && DateWordFollows(i)))
                && TryRead(i, out RawDate date, out int last))
            {
                if (found.Count > 0 && previousLast >= 0 && IsRangeJoint(found[^1], previousLast, date, i))
                {
                    RawDate first = found[^1];
                    first.JoinedWithNext = true;
                    int opener = FirstTokenAt(first.Start) - 1;
                    if (opener >= 0 && IsAny(opener, "من", "ومن", "بين", "وبين") && Spaced(opener + 1))
                    {
                        first.Start = _tokens[opener].Start + (Word(opener)[0] == 'و' ? 1 : 0);
                    }

                    found[^1] = first;
                }

                found.Add(date);
                previousLast = last;
                i = last + 1;
            }
            else
            {
                i++;
            }
        }
    }

    // Whether one of the five words after word i may be a date word, digits, من or a range's حتى/إلى (one bit
    // test each): "الثالث والعشرون وحتى السادس والعشرين من شهر أكتوبر".
    private bool DateWordFollows(int i)
    {
        for (int k = i + 1; k < _tokens.Length && k <= i + 5; k++)
        {
            ReadOnlySpan<char> word = Word(k);
            if (char.IsAsciiDigit(word[^1]) || word is "من" or "حتي" or "وحتي" or "الي"
                || DateLexicon.StartEndings.MayEndLike(word) || DateLexicon.UnitEndings.MayEndLike(word))
            {
                return true;
            }
        }

        return false;
    }

    // The first word at or after a normalized offset (a date's first word).
    private int FirstTokenAt(int offset)
    {
        int low = 0, high = _tokens.Length - 1;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_tokens[middle].End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // Whether the date at word `next` ends a range that the date ending at word `previousLast` begins: joined
    // by حتى, إلى, a dash, or و after بين; both days, both months or both years.
    private bool IsRangeJoint(in RawDate first, int previousLast, in RawDate second, int next)
    {
        if (first.JoinedWithNext || first.Kind == DateKind.Duration || second.Kind == DateKind.Duration || first.Kind == DateKind.Range || second.Kind == DateKind.Range)
        {
            return false;
        }

        static int Level(in RawDate d) => d.Kind switch
        {
            DateKind.Date or DateKind.Weekday => 0,
            DateKind.Relative => d.RelativeGrain == DateGrain.Day ? 0 : -1,
            DateKind.Month => 1,
            DateKind.Year => 2,
            _ => -1,
        };

        if (Level(first) < 0 || Level(first) != Level(second))
        {
            return false;
        }

        int opener = FirstTokenAt(first.Start) - 1;
        bool afterBetween = opener >= 0 && IsAny(opener, "بين", "وبين");
        ReadOnlySpan<char> between = _text[_tokens[previousLast].End.._tokens[next].Start].Trim(' ');
        bool joined = between is "حتي" or "الي" or "وحتي" or "-" or "\u2013" || (afterBetween && between is "و");
        if (!joined && afterBetween && next < _tokens.Length && Word(next).StartsWith("و") && between.IsEmpty)
        {
            joined = true; // "بين الأربعاء والجمعة": the و glued to the second
        }

        return joined;
    }


    /// <summary>Reads the date that starts at word <paramref name="i"/>.</summary>
    public bool TryRead(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        ReadOnlySpan<char> head = Word(i);
        if (char.IsAsciiDigit(head[^1]))
        {
            return TryNumericDate(i, out date, out last)
                || TryDayMonth(i, out date, out last)
                || TryCountedSpan(i, out date, out last)
                || TryEraYear(i, out date, out last)
                || TryBareYear(i, out date, out last);
        }

        // A word that is no date word may still open one as an ordinal day or a count ("الخامس من يناير",
        // "خمسة أشهر الماضية"), or as a plural unit ("الأيام الثلاثة الماضية"): only with a date word after it.
        bool isDateWord = DateLexicon.TryMatch(_text, _tokens, i, out int wordLast, out DateWord word, out int clitic);
        if (!isDateWord || word.Part != DatePart.None)
        {
            bool counts = word.Part != DatePart.None || s_ordinalEndings.MayEndLike(head);
            if ((counts && DateWordFollows(i) && (TryDayMonth(i, out date, out last) || TryNthOfMonth(i, out date, out last) || TryCountedSpan(i, out date, out last)))
                || (head.StartsWith("ال") && DateLexicon.UnitEndings.MayEndLike(head) && TryRelativeSpan(i, out date, out last)))
            {
                return true;
            }

            if (!isDateWord)
            {
                return false;
            }
        }

        int start = _tokens[i].Start + clitic;
        if ((word.Weekday is not null || word.Period == DateGrain.Week || word.DayOffset == 0 || (word.Introducers & DateIntroducer.DayWord) != 0)
            && TryNthOfMonth(i, out date, out last))
        {
            return true;
        }

        if (word.IsMonth || (word.Introducers & DateIntroducer.MonthWord) != 0)
        {
            if (TryMonthFirst(i, out date, out last))
            {
                return true;
            }
        }

        if (word.Weekday is not null || word.IsThis || (word.Introducers & DateIntroducer.DayWord) != 0)
        {
            if (TryWeekday(i, out date, out last))
            {
                return true;
            }
        }

        if (word.Part != DatePart.None && TryPart(i, wordLast, word.Part, start, out date, out last))
        {
            return true;
        }

        if ((word.Introducers & (DateIntroducer.Since | DateIntroducer.During | DateIntroducer.Ago | DateIntroducer.After)) != 0
            && TryCounted(i, wordLast, word.Introducers, start, out date, out last))
        {
            return true;
        }

        if ((word.Introducers & DateIntroducer.YearWord) != 0 && TryYearAfterWord(i, out int year, out DateCalendar calendar, out last))
        {
            date = new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Year, Calendar = calendar, Year = year };
            return true;
        }

        if (word.Decade != 0)
        {
            date = new RawDate { Start = start, End = _tokens[wordLast].End, Kind = DateKind.Range, Decade = word.Decade };
            last = wordLast;
            return true;
        }

        if ((word.Season != 0 || word.IsQuarter) && TrySpanOfMonths(i, wordLast, word, start, out date, out last))
        {
            return true;
        }

        if (word.Holiday is { } holiday)
        {
            date = new RawDate { Start = start, Kind = DateKind.Date, Holiday = holiday };
            last = wordLast;
            if (TryYearAfter(wordLast + 1, out int holidayYear, out DateCalendar holidayCalendar, out int holidayYearLast) && holidayCalendar == DateCalendar.Gregorian)
            {
                date.Year = holidayYear;
                last = holidayYearLast;
            }

            date.End = _tokens[last].End;
            return true;
        }

        if (TryRelativePeriod(i, out date, out last) || TryRelativeSpan(i, out date, out last))
        {
            return true;
        }

        if (word.DayOffset == 0 && Spaced(wordLast + 1) && (TryDayMonth(wordLast + 1, out RawDate written, out last) || TryNumericDate(wordLast + 1, out written, out last)))
        {
            // "اليوم 6 مايو": today, with its date written.
            written.Start = start;
            date = written;
            return true;
        }

        if (word.DayOffset is { } offset && IsRelativeDay(i, wordLast))
        {
            date = new RawDate { Start = start, End = _tokens[wordLast].End, Kind = DateKind.Relative, RelativeGrain = DateGrain.Day, RelativeOffset = offset };
            last = wordLast;
            return true;
        }

        return false;
    }

    private ReadOnlySpan<char> Word(int k) => _tokens[k].Span.Slice(_text);

    private bool Spaced(int k) => k < _tokens.Length && _tokens[k].SpacedFromPrevious;

    // The characters between word k-1 and word k, without spaces.
    private ReadOnlySpan<char> Gap(int k) => _text[_tokens[k].GapStart.._tokens[k].Start].Trim(' ');

    // Whether word k follows word k-1 on the same line with at most the given punctuation between them.
    private bool Follows(int k, string punctuation)
    {
        if (k >= _tokens.Length)
        {
            return false;
        }

        foreach (char c in _text[_tokens[k].GapStart.._tokens[k].Start])
        {
            if (c != ' ' && !punctuation.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private bool Is(int k, string word) => k >= 0 && k < _tokens.Length && Word(k).SequenceEqual(word);

    private bool IsAny(int k, params ReadOnlySpan<string> words)
    {
        if (k < 0 || k >= _tokens.Length)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (Word(k).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private bool Lexicon(int k, out int last, out DateWord word, out int clitic)
    {
        if (k < _tokens.Length)
        {
            return DateLexicon.TryMatch(_text, _tokens, k, out last, out word, out clitic);
        }

        last = k;
        word = default;
        clitic = 0;
        return false;
    }

    private bool Digits(int k, int min, int max, out int value)
    {
        value = 0;
        if (k >= _tokens.Length || !NumberExtractor.IsDigits(Word(k), min, max))
        {
            return false;
        }

        value = int.Parse(Word(k), NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    // "2024-11-02", "2024/11/02", "02/11/2024", "2-11-2024", "9-18-15" (month first when day first cannot be),
    // "11/2024" (a month), "4/22" (a day and month).
    private bool TryNumericDate(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        ReadOnlySpan<char> head = Word(i);
        int clitic = head.Length > 1 && head[0] is 'و' or 'ب' or 'ف' or 'ل' && char.IsAsciiDigit(head[1]) ? 1 : 0;
        if (!NumberExtractor.IsDigits(head[clitic..], 1, 4) || i + 1 >= _tokens.Length || Gap(i + 1) is not ("-" or "/" or ".") || _tokens[i + 1].Start - _tokens[i + 1].GapStart != 1
            || !Digits(i + 1, 1, 4, out int second))
        {
            return false;
        }

        // Inside a longer chain ("31/02/2024" read from its second part): not a date of its own.
        if (i > 0 && _tokens[i].Start - _tokens[i].GapStart == 1 && _text[_tokens[i].GapStart] is '/' or '-' && char.IsAsciiDigit(Word(i - 1)[^1]))
        {
            return false;
        }

        int first = int.Parse(head[clitic..], NumberStyles.None, CultureInfo.InvariantCulture);
        int firstLength = head.Length - clitic;

        char separator = _text[_tokens[i + 1].GapStart];
        bool three = i + 2 < _tokens.Length && _tokens[i + 2].Start - _tokens[i + 2].GapStart == 1 && _text[_tokens[i + 2].GapStart] == separator
            && Digits(i + 2, 1, 4, out _);
        int start = _tokens[i].Start + clitic;
        if (three)
        {
            Digits(i + 2, 1, 4, out int third);
            int thirdLength = _tokens[i + 2].Length;
            (int y, int m, int d) = firstLength == 4 ? (first, second, third)
                : thirdLength is 4 or 2 ? (Century(third, thirdLength), second, first)
                : (0, 0, 0);
            if (firstLength != 4 && !IsValid(y, m, d) && IsValid(y, first, second))
            {
                (m, d) = (first, second); // "9-18-15": month first
            }

            if (!IsValid(y, m, d))
            {
                return false;
            }

            last = i + 2;
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
        if (_tokens[i + 1].Length == 4 && first is >= 1 and <= 12 && firstLength <= 2)
        {
            date = new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Month, Year = second, Month = first };
            return true;
        }

        (int month, int day) = IsValid(2000, second, first) ? (second, first) : IsValid(2000, first, second) ? (first, second) : (0, 0);
        if (month == 0 || firstLength > 2 || _tokens[i + 1].Length > 2)
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
        bool afterBetween = i > 0 && Spaced(i) && IsAny(i - 1, "بين", "وبين");
        if (k < _tokens.Length && (IsAny(k, "الي", "حتي", "وحتي") || (afterBetween && Is(k, "و"))) && Spaced(k) ? TryDay(k + 1, out int to, out int toLast, out _) && Spaced(k + 1)
                : k < _tokens.Length && (Gap(k) is "-" || (afterBetween && Word(k).StartsWith("و"))) && TryDay(k, out to, out toLast, out _))
        {
            // "13 إلى 15 تموز", "من 1-8 أيلول", "بين 3 و 12 سبتمبر"
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

        bool of = (Is(k, "من") || (Is(k, "في") && char.IsAsciiDigit(Word(i)[^1]))) && Spaced(k + 1);
        if (of)
        {
            k++;
        }

        if (!TryMonth(k, out int month, out DateCalendar calendar, out int monthLast, out _))
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
        if (TryYearAfter(monthLast + 1, out int year, out DateCalendar era, out int yearLast))
        {
            date.Year = year;
            date.Calendar = era == DateCalendar.Hijri ? DateCalendar.Hijri : date.Calendar;
            date.HijriEra = era == DateCalendar.Hijri;
            last = yearLast;
        }
        else if (Lexicon(monthLast + 1, out int directionLast, out DateWord direction, out int directionClitic) && direction.Direction != DateDirectionWord.None
            && directionClitic == 0 && Spaced(monthLast + 1))
        {
            date.Direction = direction.Direction;
            last = directionLast;
        }

        ExtendRangeStart(ref date, i);

        date.End = _tokens[last].End;
        return true;
    }

    // Words before a month name that make it one: "في مارس", "وفي رمضان", "منذ آب", "مطلع نيسان".
    private static bool IsContextWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[0] == 'و')
        {
            word = word[1..];
        }

        return word is "في" or "منذ" or "حتي" or "خلال" or "هذا" or "مطلع" or "بدايه" or "منتصف" or "نهايه" or "اواخر" or "اوائل" or "شهر";
    }

    // A word with the article, perhaps after a clitic: "المرة", "للمرة", "بالمرة".
    private static bool IsDefinite(ReadOnlySpan<char> word) =>
        word.StartsWith("ال") || word.StartsWith("لل") || (word.Length > 3 && word[0] is 'و' or 'ف' or 'ب' or 'ك' && word[1..].StartsWith("ال"));

    // "من 13 الى 15 يوليو", "بين 3 و 12 سبتمبر": the word that opens a range belongs to it.
    private void ExtendRangeStart(ref RawDate date, int first)
    {
        if (date.Kind == DateKind.Range && first > 0 && Spaced(first) && IsAny(first - 1, "من", "ومن", "بين", "وبين"))
        {
            date.Start = _tokens[first - 1].Start + (Word(first - 1)[0] == 'و' ? 1 : 0);
        }
    }

    // A day of a month: digits 1–31 ("15", "بـ15"), or an ordinal ("الخامس", "الحادي والعشرين", "أول").
    private bool TryDay(int k, out int day, out int last, out int clitic)
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
            clitic = word.Length > 1 && word[0] is 'ب' or 'ل' or 'و' && char.IsAsciiDigit(word[1]) ? 1 : 0;
            return NumberExtractor.IsDigits(word[clitic..], 1, 2) && (day = int.Parse(word[clitic..], NumberStyles.None, CultureInfo.InvariantCulture)) is >= 1 and <= 31;
        }

        // An ordinal after a definite noun describes it ("الأسبوع الأول من تشرين الأول" is the first week), except
        // after اليوم and a weekday ("اليوم الأول من مارس", "الثلاثاء التاسع عشر من هذا الشهر").
        if (k > 0 && _tokens[k].SpacedFromPrevious && Word(k - 1) is { Length: > 2 } previous && IsDefinite(previous)
            && previous is not ("اليوم" or "الموافق" or "الي" or "الذي" or "التي") && !(DateLexicon.TryMatch(_text, _tokens, k - 1, out _, out DateWord before, out _) && before.Weekday is not null))
        {
            return false;
        }

        return NumberExtractor.TryReadOrdinal(_text, _tokens, k, out last, out clitic, out day) && day is >= 1 and <= 31;
    }

    // A month name (or "شهر" and a month name or number), and its pair after a slash: "فبراير/ شباط",
    // "أكتوبر/ تشرين الأول". `needsContext` says the name alone may be a common word (مارس، آب، رمضان).
    private bool TryMonth(int k, out int month, out DateCalendar calendar, out int last, out bool needsContext)
    {
        month = 0;
        calendar = DateCalendar.Gregorian;
        last = k;
        needsContext = false;
        if (!Lexicon(k, out last, out DateWord word, out int clitic))
        {
            return false;
        }

        if (word.Period == DateGrain.Month && clitic == 0 && Spaced(last + 1)
            && NumberExtractor.TryReadOrdinal(_text, _tokens, last + 1, out int ordinalLast, out int ordinalClitic, out int ordinal)
            && ordinalClitic == 0 && ordinal is >= 1 and <= 12)
        {
            // "الشهر الثامن", "الشهر التاسع"
            month = ordinal;
            last = ordinalLast;
            return true;
        }

        bool monthWord = (word.Introducers & DateIntroducer.MonthWord) != 0 && !word.IsMonth;
        if (monthWord)
        {
            // "شهر أغسطس", "شهر 3", "شهر ثلاثة"
            int next = last + 1;
            if (!Spaced(next))
            {
                return false;
            }

            if (Lexicon(next, out int nameLast, out DateWord name, out int nameClitic) && name.IsMonth && nameClitic == 0)
            {
                (word, last) = (name, nameLast);
            }
            else if (NumberExtractor.TryReadPhrase(_text, _tokens, next, out int numberLast, out NumberPhrase number, out int numberClitic)
                && numberClitic == 0 && number.Value is >= 1 and <= 12 && decimal.IsInteger(number.Value.Value))
            {
                month = (int)number.Value.Value;
                last = numberLast;
                return true;
            }
            else
            {
                return false;
            }
        }
        else if (!word.IsMonth || (clitic > 0 && _text[_tokens[k].Start] is not ('ب' or 'و' or 'ف')))
        {
            return false;
        }

        calendar = word.HijriMonth != 0 ? DateCalendar.Hijri : DateCalendar.Gregorian;
        month = word.HijriMonth != 0 ? word.HijriMonth : word.Month;
        needsContext = word.NeedsContext && !monthWord;

        // The pair: "فبراير/ شباط", "أغسطس / آب"
        int pair = last + 1;
        if (pair < _tokens.Length && Gap(pair) is "/" or "-" && Lexicon(pair, out int pairLast, out DateWord other, out int pairClitic)
            && pairClitic == 0 && other.Month == month && calendar == DateCalendar.Gregorian)
        {
            last = pairLast;
            needsContext = false;
        }

        return true;
    }

    // A month first: "أغسطس 2023", "فبراير/ شباط 2022", "يونيو الماضي", "نوفمبر الجاري", "مايو الحادي عشر",
    // "يوليو 13-15", "شهر رمضان", "أغسطس" (not a month name that is also a word, alone).
    private bool TryMonthFirst(int i, out RawDate date, out int last, bool contextGiven = false)
    {
        date = default;
        if (!TryMonth(i, out int month, out DateCalendar calendar, out last, out bool needsContext))
        {
            return false;
        }

        Lexicon(i, out _, out _, out int clitic);
        int start = _tokens[i].Start + clitic;
        date = new RawDate { Start = start, Kind = DateKind.Month, Calendar = calendar, Month = month };
        int next = last + 1;
        if (TryYearAfter(next, out int year, out DateCalendar era, out int yearLast))
        {
            date.Year = year;
            date.Calendar = era == DateCalendar.Hijri ? DateCalendar.Hijri : calendar;
            date.HijriEra = era == DateCalendar.Hijri;
            last = yearLast;
        }
        else if (Spaced(next) && TryDay(next, out int day, out int dayLast, out int dayClitic) && dayClitic == 0
            && !(char.IsAsciiDigit(Word(next)[0]) && Lexicon(dayLast + 1, out _, out DateWord following, out _) && following.IsMonth))
        {
            // "مايو الحادي عشر", "يناير 1", "يوليو 13-15", then perhaps the year: "سبتمبر 10، 1901".
            date.Kind = DateKind.Date;
            date.Day = day;
            last = dayLast;
            if (dayLast + 1 < _tokens.Length && Gap(dayLast + 1) is "-" && TryDay(dayLast + 1, out int to, out int toLast, out _) && to > day)
            {
                date.Kind = DateKind.Range;
                date.EndDay = to;
                last = toLast;
            }
            else if (IsAny(dayLast + 1, "الي", "حتي") && Spaced(dayLast + 1) && TryDay(dayLast + 2, out to, out toLast, out _) && to > day)
            {
                date.Kind = DateKind.Range;
                date.EndDay = to;
                last = toLast;
            }

            int yearAt = last + 1;
            if (IsAny(yearAt, "من") && Spaced(yearAt))
            {
                yearAt++;
            }

            if (TryYearAfter(yearAt, out year, out era, out yearLast))
            {
                date.Year = year;
                date.Calendar = era == DateCalendar.Hijri ? DateCalendar.Hijri : calendar;
                date.HijriEra = era == DateCalendar.Hijri;
                last = yearLast;
            }
        }
        else if (Spaced(next) && Lexicon(next, out int directionLast, out DateWord direction, out int directionClitic)
            && direction.Direction != DateDirectionWord.None && directionClitic == 0)
        {
            date.Direction = direction.Direction;
            last = directionLast;
        }
        else if (Spaced(next) && TryRelativePeriod(next, out RawDate relativeYear, out int relativeLast) && relativeYear.RelativeGrain == DateGrain.Year)
        {
            // "يونيو العام المقبل"
            date.YearOffset = relativeYear.RelativeOffset;
            last = relativeLast;
        }
        else if (needsContext && !contextGiven && !(Spaced(i) && i > 0 && IsContextWord(Word(i - 1))))
        {
            // مارس، آب، رمضان alone may be a verb, a word or a name; "في مارس" is the month.
            return false;
        }

        date.End = _tokens[last].End;
        return true;
    }

    // A year after a month or a day: "2023", "عام 2016", "من عام 2016", "1445 هـ", "2014م", "ألفين".
    private bool TryYearAfter(int k, out int year, out DateCalendar calendar, out int last)
    {
        year = 0;
        calendar = DateCalendar.Gregorian;
        last = k;
        if (k >= _tokens.Length || !Follows(k, ",،"))
        {
            return false;
        }

        if (IsAny(k, "من", "في") && Spaced(k + 1) && Lexicon(k + 1, out _, out DateWord of, out _) && (of.Introducers & DateIntroducer.YearWord) != 0)
        {
            k++;
        }

        if (Lexicon(k, out int wordLast, out DateWord word, out _) && (word.Introducers & DateIntroducer.YearWord) != 0 && Spaced(wordLast + 1))
        {
            return TryYearNumber(wordLast + 1, out year, out calendar, out last, wordsAllowed: true);
        }

        return TryYearNumber(k, out year, out calendar, out last, wordsAllowed: true);
    }

    // A year number: three or four digits (with هـ or م glued or after), or number words of 1000 and more.
    private bool TryYearNumber(int k, out int year, out DateCalendar calendar, out int last, bool wordsAllowed)
    {
        year = 0;
        calendar = DateCalendar.Gregorian;
        last = k;
        if (k >= _tokens.Length)
        {
            return false;
        }

        ReadOnlySpan<char> word = Word(k);
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits is 3 or 4 && (digits == word.Length || word[digits..] is "م" or "ه"))
        {
            year = int.Parse(word[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            if (digits < word.Length)
            {
                calendar = word[digits..] is "ه" ? DateCalendar.Hijri : DateCalendar.Gregorian;
            }
            else if (Spaced(k + 1) && Lexicon(k + 1, out int eraLast, out DateWord era, out int eraClitic) && era.Era is { } written && eraClitic == 0)
            {
                calendar = written;
                last = eraLast;
            }

            return year >= 1;
        }

        if (wordsAllowed && digits == 0 && NumberExtractor.TryReadPhrase(_text, _tokens, k, out int phraseLast, out NumberPhrase phrase, out int clitic)
            && clitic == 0 && phrase.Value is { } value && value is >= 1000 and <= 2999 && decimal.IsInteger(value))
        {
            year = (int)value;
            last = phraseLast;
            return true;
        }

        return false;
    }

    // "عام 1949", "العام 2023", "سنة 1445 هـ", "منذ عام 2014", "عام ألفين".
    private bool TryYearAfterWord(int i, out int year, out DateCalendar calendar, out int last)
    {
        Lexicon(i, out int wordLast, out _, out _);
        year = 0;
        calendar = DateCalendar.Gregorian;
        last = i;
        return Spaced(wordLast + 1) && TryYearNumber(wordLast + 1, out year, out calendar, out last, wordsAllowed: true);
    }

    // Four digits with an era: "1445 هـ", "2014م".
    private bool TryEraYear(int i, out RawDate date, out int last)
    {
        date = default;
        if (!TryYearNumber(i, out int year, out DateCalendar calendar, out last, wordsAllowed: false) || last == i && !char.IsLetter(Word(i)[^1]))
        {
            return false;
        }

        date = new RawDate { Start = _tokens[i].Start, End = _tokens[last].End, Kind = DateKind.Year, Calendar = calendar, Year = year };
        return true;
    }

    // A year of four digits after في, منذ, حتى or قبل/بعد: "في 2022" (1900–2100 only: "في 2500 حالة" counts).
    private bool TryBareYear(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        bool afterYearDash = i > 0 && Gap(i) is "-" && NumberExtractor.IsDigits(Word(i - 1), 4, 4);
        if (!Digits(i, 4, 4, out int year) || year is < 1900 or > 2100
            || !(afterYearDash || (Spaced(i) && IsAny(i - 1, "في", "منذ", "حتي", "قبل", "بعد", "خلال", "من", "الي", "عام"))))
        {
            return false;
        }

        // "في 2022 حالة": a count, not a year; a year is followed by punctuation, a function word or a definite word.
        if (!afterYearDash && Spaced(i + 1) && !Lexicon(i + 1, out _, out _, out _))
        {
            ReadOnlySpan<char> following = Word(i + 1);
            if (!following.StartsWith("و") && !following.StartsWith("ال")
                && !IsAny(i + 1, "من", "الي", "حتي", "في", "علي", "عن", "مع", "بعد", "قبل", "عندما", "حين", "حيث", "لكن", "ثم", "اي", "او"))
            {
                return false;
            }
        }

        date = new RawDate { Start = _tokens[i].Start, End = _tokens[i].End, Kind = DateKind.Year, Year = year };
        return true;
    }

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
            // "يوم الأحد الثاني": the weekday of the reference's month, when nothing follows that could name another.
            if (weekday is null || ordinal < 1 || (k < _tokens.Length && Spaced(k) && IsAny(k, "من", "في")))
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

        if (!TryMonth(k, out int month, out DateCalendar calendar, out last, out _) || calendar != DateCalendar.Gregorian)
        {
            return false;
        }

        slot.Month = month;
        int yearAt = last + 1;
        if (IsAny(yearAt, "في", "من") && Spaced(yearAt))
        {
            yearAt++;
        }

        if (TryYearAfter(yearAt, out int year, out _, out int yearLast) || (yearAt < _tokens.Length && Word(yearAt).StartsWith("ب") && TryYearAfterClitic(yearAt, out year, out yearLast)))
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

    // "بعام 2014", "لعام 2014": a year word with a preposition glued.
    private bool TryYearAfterClitic(int k, out int year, out int last)
    {
        year = 0;
        last = k;
        return Lexicon(k, out int wordLast, out DateWord word, out int clitic) && clitic == 1 && (word.Introducers & DateIntroducer.YearWord) != 0
            && Spaced(wordLast + 1) && TryYearNumber(wordLast + 1, out year, out _, out last, wordsAllowed: true);
    }

    // A weekday: "الجمعة", "يوم الأربعاء", "/الأربعاء/ الماضي", "اليوم السبت", "الأحد المقبل",
    // "الاثنين 12 يناير 2016", "الخميس الموافق 14 شباط", "الأحد من الأسبوع الماضي", "هذا الاثنين".
    private bool TryWeekday(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        int k = i;
        bool today = false;
        bool dayWord = false;
        Lexicon(k, out int firstLast, out DateWord first, out int clitic);
        int start = _tokens[i].Start + clitic;
        if (first.Weekday is null)
        {
            // "يوم الجمعة", "اليوم السبت", "هذا الاثنين"
            today = first.DayOffset == 0 && !first.IsThis;
            dayWord = true;
            k = firstLast + 1;
            if (first.IsThis && IsAny(k, "يوم") && Spaced(k + 1))
            {
                k++; // "هذا يوم الجمعة"
            }

            if (!Follows(k, "/") || !Lexicon(k, out _, out DateWord named, out int namedClitic) || named.Weekday is null || namedClitic != 0)
            {
                return false;
            }
        }

        Lexicon(k, out int weekdayLast, out DateWord weekday, out _);
        if (weekday.Weekday is not { } day)
        {
            return false;
        }

        last = weekdayLast;
        date = new RawDate { Start = start, Kind = DateKind.Weekday, Weekday = day, Today = today, Direction = first.IsThis ? DateDirectionWord.Current : DateDirectionWord.None };
        int next = last + 1;
        bool context = dayWord || !weekday.NeedsContext;

        // "الاثنين" after بين is "the two"; "الأحد عشر" is "the eleventh".
        bool betweenWeekdays = next < _tokens.Length && Spaced(next) && Word(next).StartsWith("و")
            && Lexicon(next, out _, out DateWord followingDay, out _) && followingDay.Weekday is not null;
        if ((Word(k).SequenceEqual("الاثنين") && k > 0 && Is(k - 1, "بين") && !betweenWeekdays) || IsAny(next, "عشر", "عشره"))
        {
            return false;
        }

        if (Follows(next, "/،,") && Lexicon(next, out int directionLast, out DateWord direction, out int directionClitic) && direction.Direction != DateDirectionWord.None && directionClitic == 0)
        {
            date.Direction = direction.Direction;
            last = directionLast;
            context = true;
        }
        else if (TryWeekOf(next, out int weekOffset, out int weekLast))
        {
            date.WeekOffset = weekOffset;
            last = weekLast;
            context = true;
        }
        else
        {
            int dateAt = next;
            if (Follows(dateAt, "/،,") && IsAny(dateAt, "الموافق", "في") && dateAt + 1 < _tokens.Length)
            {
                dateAt++;
            }

            if (dateAt < _tokens.Length && Follows(dateAt, "/،,-") && (TryDayMonth(dateAt, out RawDate written, out int writtenLast) || TryNumericDate(dateAt, out written, out writtenLast)
                || (TryMonthFirst(dateAt, out written, out writtenLast) && written.Day is not null))
                && written.Kind == DateKind.Date)
            {
                written.Start = start;
                written.Weekday = day;
                date = written;
                last = writtenLast;
                context = true;
            }
            else if (dateAt < _tokens.Length && Follows(dateAt, "،,") && Digits(dateAt, 1, 2, out int dayOfMonth) && dayOfMonth is >= 1 and <= 31
                && !(Spaced(dateAt + 1) && Lexicon(dateAt + 1, out _, out DateWord unit, out _) && unit.Unit is not null))
            {
                // "الأربعاء 27", "الخميس في 21": a day of the reference's month.
                date.Kind = DateKind.Date;
                date.Day = dayOfMonth;
                last = dateAt;
                context = true;
            }
        }

        if (!context)
        {
            return false;
        }

        date.End = _tokens[last].End;
        return true;
    }

    // "من الأسبوع الماضي", "الأسبوع المقبل", "من هذا الأسبوع", "هذا الأسبوع" after a weekday: the week it falls in.
    private bool TryWeekOf(int k, out int offset, out int last)
    {
        offset = 0;
        last = k;
        if (Is(k, "من") && Spaced(k + 1))
        {
            k++;
        }

        if (!Spaced(k) || !Lexicon(k, out int periodLast, out DateWord period, out _))
        {
            return false;
        }

        if (period.IsThis && Lexicon(periodLast + 1, out int thisLast, out DateWord thisPeriod, out _) && thisPeriod.Period == DateGrain.Week && Spaced(periodLast + 1))
        {
            last = thisLast;
            return true;
        }

        if (period.Period != DateGrain.Week || !Spaced(periodLast + 1) || !Lexicon(periodLast + 1, out int directionLast, out DateWord direction, out _)
            || direction.Direction == DateDirectionWord.None)
        {
            return false;
        }

        offset = Offset(direction.Direction);
        last = directionLast;
        return true;
    }

    // "الأسبوع الماضي", "الشهر المقبل", "العام الجاري", "هذا الأسبوع", "هذه السنة", "اليوم السابق".
    private bool TryRelativePeriod(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        Lexicon(i, out int firstLast, out DateWord first, out int clitic);
        int start = _tokens[i].Start + clitic;
        if (first.IsThis)
        {
            if (!Spaced(firstLast + 1) || !Lexicon(firstLast + 1, out last, out DateWord period, out int periodClitic) || period.Period is not { } grain || periodClitic != 0)
            {
                return false;
            }

            date = new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Relative, RelativeGrain = grain };
            WeekdayAfterWeek(ref date, ref last);
            return true;
        }

        if (first.Period is not { } unit || !Spaced(firstLast + 1) || !Lexicon(firstLast + 1, out last, out DateWord direction, out int directionClitic)
            || direction.Direction == DateDirectionWord.None || directionClitic != 0)
        {
            return false;
        }

        int offset = Offset(direction.Direction);
        date = new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Relative, RelativeGrain = unit, RelativeOffset = offset };
        if (first.PeriodFactor > 1)
        {
            // "العقد الماضي" and "العقد المقبل" are the ten years before and after; "العقد الحالي" the decade we are in.
            date = offset == 0
                ? new RawDate { Start = start, End = date.End, Kind = DateKind.Range, Decade = -1 }
                : new RawDate { Start = start, End = date.End, Kind = DateKind.Range, RelativeSpan = true, RelativeGrain = unit, RelativeOffset = offset * first.PeriodFactor };
            return true;
        }

        WeekdayAfterWeek(ref date, ref last);
        return true;
    }

    private static int Offset(DateDirectionWord direction) => direction switch
    {
        DateDirectionWord.Past => -1,
        DateDirectionWord.Future => 1,
        DateDirectionWord.AfterNext => 2,
        _ => 0,
    };

    // "الأسبوع القادم يوم الجمعة", "هذا الأسبوع الجمعة": the weekday of that week.
    private void WeekdayAfterWeek(ref RawDate date, ref int last)
    {
        int k = last + 1;
        if (date.RelativeGrain != DateGrain.Week || !Spaced(k))
        {
            return;
        }

        if (IsAny(k, "يوم") && Spaced(k + 1))
        {
            k++;
        }

        if (Lexicon(k, out int weekdayLast, out DateWord weekday, out int clitic) && weekday.Weekday is { } day && clitic == 0)
        {
            date.Kind = DateKind.Weekday;
            date.Weekday = day;
            date.WeekOffset = date.RelativeOffset;
            last = weekdayLast;
            date.End = _tokens[last].End;
            return;
        }

        // "الأسبوع المقبل بين الأربعاء والجمعة", "هذا الأسبوع من الثلاثاء إلى الخميس": days of that week.
        if (IsAny(k, "بين", "من") && Spaced(k + 1) && Lexicon(k + 1, out int fromLast, out DateWord from, out int fromClitic) && from.Weekday is { } first
            && fromClitic == 0 && fromLast + 1 < _tokens.Length && Spaced(fromLast + 1))
        {
            int toAt = IsAny(fromLast + 1, "الي", "حتي", "و") ? fromLast + 2 : fromLast + 1;
            if (toAt < _tokens.Length && Spaced(toAt) && Lexicon(toAt, out int toLast, out DateWord to, out int toClitic) && to.Weekday is { } lastDay
                && (toAt == fromLast + 2 ? toClitic == 0 : Word(toAt)[0] == 'و'))
            {
                date.Kind = DateKind.Range;
                date.Weekday = first;
                date.EndWeekday = lastDay;
                date.WeekOffset = date.RelativeOffset;
                last = toLast;
                date.End = _tokens[last].End;
            }
        }
    }

    // A season ("الصيف", "صيف 2016", "الربيع القادم", "هذا الصيف") or a quarter ("الربع الثالث من عام 2016",
    // "الربع الأول من هذا العام"): three months, in the year written or relative to the reference.
    private bool TrySpanOfMonths(int i, int wordLast, DateWord word, int start, out RawDate date, out int last)
    {
        date = default;
        last = wordLast;
        int first = word.Season;
        if (word.IsQuarter)
        {
            if (!Spaced(wordLast + 1) || !NumberExtractor.TryReadOrdinal(_text, _tokens, wordLast + 1, out last, out int clitic, out int quarter)
                || clitic != 0 || quarter is < 1 or > 4)
            {
                return false;
            }

            first = (3 * (quarter - 1)) + 1;
        }

        date = new RawDate { Start = start, Kind = DateKind.Range, SpanMonth = first, SpanMonths = 3 };
        bool thisOne = i > 0 && Spaced(i) && IsAny(i - 1, "هذا", "هذه");
        if (thisOne)
        {
            date.Start = _tokens[i - 1].Start;
            date.YearOffset = 0;
        }

        int k = last + 1;
        if (IsAny(k, "من", "في") && Spaced(k + 1))
        {
            k++;
        }

        if (Spaced(k) && TryRelativePeriod(k, out RawDate period, out int periodLast) && period.RelativeGrain == DateGrain.Year)
        {
            date.YearOffset = period.RelativeOffset;
            last = periodLast;
        }
        else if (TryYearAfter(k, out int year, out _, out int yearLast))
        {
            date.Year = year;
            last = yearLast;
        }
        else if (Spaced(last + 1) && Lexicon(last + 1, out int directionLast, out DateWord direction, out int directionClitic) && directionClitic == 0
            && direction.Direction != DateDirectionWord.None)
        {
            date.Direction = direction.Direction;
            last = directionLast;
        }
        else if (word.IsQuarter && !thisOne)
        {
            return false; // "الربع" alone is a fraction
        }
        else if (word.NeedsContext && !thisOne)
        {
            return false;
        }

        date.End = _tokens[last].End;
        return true;
    }

    // "آخر 3 سنوات", "3 أيام القادمة", "خمسة أشهر الماضية": so many whole units before or after the reference.
    private bool TryCountedSpan(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        bool lastOnes = Word(i) is "اخر";
        int k = lastOnes ? i + 1 : i;
        if (!Spaced(k) && lastOnes || !NumberExtractor.TryReadPhrase(_text, _tokens, k, out int countLast, out NumberPhrase count, out int clitic)
            || clitic != 0 || count.Value is not { } value || value is < 1 or > 1000 || !decimal.IsInteger(value) || !Spaced(countLast + 1)
            || !Lexicon(countLast + 1, out int unitLast, out DateWord unit, out int unitClitic) || unitClitic != 0 || unit.Unit is not { } grain)
        {
            return false;
        }

        int offset = (int)value * Math.Max(1, unit.UnitFactor);
        last = unitLast;
        if (!lastOnes)
        {
            if (!Spaced(unitLast + 1) || !Lexicon(unitLast + 1, out last, out DateWord direction, out int directionClitic) || directionClitic != 0
                || direction.Direction is not (DateDirectionWord.Past or DateDirectionWord.Future))
            {
                return false;
            }

            offset = direction.Direction == DateDirectionWord.Past ? -offset : offset;
        }
        else
        {
            offset = -offset;
        }

        date = new RawDate
        {
            Start = _tokens[i].Start, End = _tokens[last].End, Kind = DateKind.Range, RelativeSpan = true, RelativeGrain = grain, RelativeOffset = offset,
        };
        return true;
    }

    // "الأسابيع الثلاثة القادمة", "الأيام الخمسة الماضية", "اليومين الماضيين": whole units next to the reference.
    private bool TryRelativeSpan(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        ReadOnlySpan<char> word = Word(i);
        if (!word.StartsWith("ال") || word.Length < 5 || !TryUnitWithArticle(i, out DateWord unit) || unit.Unit is not { } grain || unit.UnitCount == 1)
        {
            return false;
        }

        int count = unit.UnitCount;
        int k = i + 1;
        if (count == 0)
        {
            // The count after the plural, with the article: "الثلاثة", "الستة", "العشر".
            if (!Spaced(k) || !Word(k).StartsWith("ال") || !NumberLexicon.TryGet(Word(k)[2..], out NumberWord number)
                || number.Kind is not (NumberWordKind.Unit or NumberWordKind.Ten) || number.Value < 2)
            {
                return false;
            }

            count = (int)number.Value;
            k++;
        }

        count *= Math.Max(1, unit.UnitFactor);

        if (!Spaced(k) || !Lexicon(k, out last, out DateWord direction, out int clitic) || clitic != 0
            || direction.Direction is not (DateDirectionWord.Past or DateDirectionWord.Future))
        {
            return false;
        }

        date = new RawDate
        {
            Start = _tokens[i].Start, End = _tokens[last].End, Kind = DateKind.Range, RelativeSpan = true, RelativeGrain = grain,
            RelativeOffset = direction.Direction == DateDirectionWord.Past ? -count : count,
        };
        return true;
    }

    // اليوم is today unless a noun phrase goes on ("اليوم العالمي", "اليوم الأول", "اليوم نفسه").
    private bool IsRelativeDay(int i, int last)
    {
        if (!Word(i).EndsWith("اليوم"))
        {
            return true;
        }

        if (!Spaced(last + 1))
        {
            return true;
        }

        ReadOnlySpan<char> next = Word(last + 1);
        return !(next.StartsWith("ال") || next is "نفسه" or "ذاته" or "الذي" or "التي" or "من" or "الي");
    }

    // "أواخر مارس", "مطلع العام المقبل", "منتصف الشهر الجاري", "أوائل 2024", "نهاية عام 2023", "منتصف شهر رمضان".
    private bool TryPart(int i, int partLast, DatePart part, int start, out RawDate date, out int last)
    {
        date = default;
        last = i;
        int k = partLast + 1;
        if (!Spaced(k))
        {
            return false;
        }

        if (TryMonthFirst(k, out RawDate month, out int monthLast, contextGiven: true) && month.Kind == DateKind.Month)
        {
            date = month;
        }
        else if (Lexicon(k, out _, out DateWord word, out int wordClitic) && wordClitic == 0
            && (word.Introducers & DateIntroducer.YearWord) != 0 && TryYearAfterWord(k, out int year, out DateCalendar calendar, out monthLast))
        {
            date = new RawDate { Kind = DateKind.Year, Calendar = calendar, Year = year };
        }
        else if (TryRelativePeriod(k, out RawDate period, out monthLast) && period.Kind == DateKind.Relative && period.RelativeGrain is DateGrain.Week or DateGrain.Month or DateGrain.Year)
        {
            date = period;
        }
        else if (Lexicon(k, out int periodLast, out DateWord bare, out int bareClitic) && bareClitic == 0 && bare.Period is DateGrain.Week or DateGrain.Month or DateGrain.Year
            && bare.PeriodFactor <= 1 && !IsRelativeEnd(periodLast + 1))
        {
            // "نهاية الأسبوع", "بقية العام": the period the reference is in.
            date = new RawDate { Kind = DateKind.Relative, RelativeGrain = bare.Period.Value };
            monthLast = periodLast;
        }
        else if (TryYearNumber(k, out year, out calendar, out monthLast, wordsAllowed: false) && Word(k).Length >= 4)
        {
            date = new RawDate { Kind = DateKind.Year, Calendar = calendar, Year = year };
        }
        else
        {
            return false;
        }

        date.Start = start;
        date.PartOf = date.Kind;
        date.Kind = DateKind.Range;
        date.Part = part;
        date.End = _tokens[monthLast].End;
        last = monthLast;
        return true;
    }

    // Whether word k is a year or the digits of one, which a bare period before it would be the wrong reading of.
    private bool IsRelativeEnd(int k) => Spaced(k) && char.IsAsciiDigit(Word(k)[^1]);

    // A count and its unit after منذ/خلال/لمدة (a duration) or قبل/بعد (an offset): "منذ ثلاث سنوات",
    // "خلال العامين الماضيين", "قبل شهرين", "بعد أسبوعين من الآن", "منذ عام".
    private bool TryCounted(int i, int introducerLast, DateIntroducer introducers, int start, out RawDate date, out int last)
    {
        date = default;
        last = i;
        int k = introducerLast + 1;
        if (!Spaced(k))
        {
            return false;
        }

        int amount;
        int unitAt;
        if (NumberExtractor.TryReadPhrase(_text, _tokens, k, out int countLast, out NumberPhrase count, out int countClitic) && countClitic == 0
            && count.Value is { } value && value is >= 1 and <= 10000 && decimal.IsInteger(value) && Spaced(countLast + 1))
        {
            amount = (int)value;
            unitAt = countLast + 1;
        }
        else
        {
            amount = 0;
            unitAt = k;
        }

        // The unit, with the article in "العامين الماضيين".
        ReadOnlySpan<char> unitWord = Word(unitAt);
        int unitLast;
        DateWord unit;
        if (unitWord.StartsWith("ال") && unitWord.Length > 3)
        {
            if (!Lexicon(unitAt, out unitLast, out unit, out _) || unit.Unit is null)
            {
                if (!TryUnitWithArticle(unitAt, out unit))
                {
                    return false;
                }

                unitLast = unitAt;
            }
        }
        else if (!Lexicon(unitAt, out unitLast, out unit, out int unitClitic) || unitClitic != 0)
        {
            return false;
        }

        if (unit.Unit is not { } grain
            || (amount == 0 && Lexicon(unitAt, out _, out DateWord yearWord, out _) && (yearWord.Introducers & DateIntroducer.YearWord) != 0
                && Spaced(unitLast + 1) && TryYearNumber(unitLast + 1, out _, out _, out _, wordsAllowed: false)))
        {
            return false; // "منذ عام 1949" is a year
        }

        amount = (amount == 0 ? unit.UnitCount : amount) * Math.Max(1, unit.UnitFactor);
        if (amount == 0)
        {
            return false; // "منذ سنوات": no count
        }

        last = unitLast;
        if (Spaced(last + 1) && Lexicon(last + 1, out int directionLast, out DateWord direction, out _) && direction.Direction != DateDirectionWord.None)
        {
            last = directionLast; // "العامين الماضيين"
        }

        if (IsAny(last + 1, "من") && IsAny(last + 2, "الان", "الآن", "اليوم") && Spaced(last + 1))
        {
            last += 2; // "بعد أسبوعين من الآن"
        }

        bool offset = (introducers & (DateIntroducer.Ago | DateIntroducer.After)) != 0;

        // "قبل شهرين" is the day two months before: an offset is a day, as both peers read it.
        date = offset
            ? new RawDate
            {
                Start = start, End = _tokens[last].End, Kind = DateKind.Relative, RelativeGrain = DateGrain.Day, OffsetUnit = grain,
                RelativeOffset = (introducers & DateIntroducer.Ago) != 0 ? -amount : amount,
            }
            : new RawDate { Start = start, End = _tokens[last].End, Kind = DateKind.Duration, Amount = amount, Unit = grain };
        return true;
    }

    // "العامين", "الأسابيع": a unit word with the article.
    private bool TryUnitWithArticle(int k, out DateWord unit)
    {
        ReadOnlySpan<char> word = Word(k)[2..];
        ReadOnlySpan<WordToken> tokens = [new(0, word.Length, 0, true)];
        return DateLexicon.TryMatch(word, tokens, 0, out _, out unit, out int clitic) && clitic == 0 && unit.Unit is not null;
    }
}
