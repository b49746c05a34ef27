using System;
using ArabicNews.Numbers;

namespace ArabicNews.Dates;

// Weekdays, relative days and periods, and the tests a relative date asks of the words around it.
internal readonly ref partial struct DateRecognizer
{
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
        if (i > 0 && Follows(i, "«\"“") && IsAny(i - 1, "ايام", "عطله"))
        {
            return false; // "أيام الأحد", "عطلة «الأحد»": any such day
        }

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

            if (!Follows(k, "/(") || !Lexicon(k, out _, out DateWord named, out int namedClitic) || named.Weekday is null || namedClitic != 0)
            {
                return false; // "يوم /الأربعاء/", "يوم (الاثنين)"
            }

            if (first.IsThis && !Word(k).StartsWith("ال"))
            {
                return false; // "هذا أحد الأسباب": "one of", not this Sunday, which takes the article ("هذا الأحد")
            }
        }
        else if (k >= 2 && Spaced(k) && Spaced(k - 1) && IsAny(k - 2, "بن", "بنت", "ابن"))
        {
            return false; // "علي بن محمد الجمعة": a family name
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

        if (TryWeekdayPairWithDates(next, start, day, out RawDate pair, out int pairLast))
        {
            // "يومي الأربعاء والخميس الموافق 20 و21 شوال": the days as written.
            date = pair;
            last = pairLast;
            return true;
        }

        if (Follows(next, "/،,)") && Lexicon(next, out int directionLast, out DateWord direction, out int directionClitic) && direction.Direction != DateDirectionWord.None && directionClitic == 0)
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
            if (Follows(dateAt, "/،,") && IsAny(dateAt, "الموافق", "في", "تاريخ", "بتاريخ") && dateAt + 1 < _tokens.Length)
            {
                dateAt++;
            }

            if (dateAt < _tokens.Length && Follows(dateAt, "/،,-") && (TryDayMonth(dateAt, out RawDate written, out int writtenLast) || TryNumericDate(dateAt, out written, out writtenLast)
                || TryNumbersAfterWeekday(dateAt, out written, out writtenLast)
                || (TryMonthFirst(dateAt, out written, out writtenLast) && written.Day is not null))
                && written.Kind == DateKind.Date)
            {
                written.Start = start;
                written.Weekday = day;
                written.NumericDayMonth = written.Year is null && written.Calendar == DateCalendar.Gregorian && Digits(dateAt, 1, 2, out _);
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

    // "السبت ٢-١٠", "الاثنين 4/ 10": two numbers of one or two digits joined by a dash or a slash after a weekday, with
    // no third, are a day and a month (the resolver reads them as the weekday agrees); elsewhere "10-20" is a range
    // and "10 / 20" a fraction.
    private bool TryNumbersAfterWeekday(int k, out RawDate date, out int last)
    {
        date = default;
        last = k;
        if (k + 1 >= _tokens.Length || Separator(k + 1, out _) is not ('-' or '/') || !Digits(k, 1, 2, out int first) || !Digits(k + 1, 1, 2, out int second)
            || (k + 2 < _tokens.Length && Separator(k + 2, out _) is '-' or '/' && Digits(k + 2, 1, 4, out _)) || first is < 1 or > 31 || second is < 1 or > 31)
        {
            return false;
        }

        last = k + 1;
        (int day, int month) = second <= 12 ? (first, second) : (second, first); // "10-13": the month first
        date = new RawDate { Start = _tokens[k].Start, End = _tokens[last].End, Kind = DateKind.Date, Day = day, Month = month };
        return month <= 12;
    }

    // A second weekday glued to و at word k, then the days both fall on: "الأربعاء والخميس الموافق 20 و21 شوال".
    private bool TryWeekdayPairWithDates(int k, int start, DayOfWeek first, out RawDate date, out int last)
    {
        date = default;
        last = k;
        if (!Spaced(k) || Word(k)[0] != 'و' || !Lexicon(k, out int secondLast, out DateWord second, out int clitic) || second.Weekday is null || clitic != 1)
        {
            return false;
        }

        int dateAt = secondLast + 1;
        if (Follows(dateAt, "،,") && IsAny(dateAt, "الموافق", "في", "تاريخ", "بتاريخ"))
        {
            dateAt++;
        }

        if (!Follows(dateAt, "،,") || !(TryDayMonth(dateAt, out date, out last) || TryNumericDate(dateAt, out date, out last)) || date.Kind is not (DateKind.Date or DateKind.Range))
        {
            return false;
        }

        date.Start = start;
        date.Weekday = first;
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
            WrittenYearAfter(ref date, ref last);
            return true;
        }

        if (first.Period is not { } unit || !Spaced(firstLast + 1) || !Lexicon(firstLast + 1, out last, out DateWord direction, out int directionClitic)
            || direction.Direction == DateDirectionWord.None || directionClitic != 0)
        {
            return false;
        }

        int offset = Offset(direction.Direction);
        date = new RawDate
        {
            Start = start, End = _tokens[last].End, Kind = DateKind.Relative, RelativeGrain = unit, RelativeOffset = offset,
            Calendar = first.PeriodHijri ? DateCalendar.Hijri : DateCalendar.Gregorian,
        };
        if (first.PeriodFactor > 1)
        {
            // "العقد الماضي" and "العقد المقبل" are the ten years before and after; "العقد الحالي" the decade we are in.
            date = offset == 0
                ? new RawDate { Start = start, End = date.End, Kind = DateKind.Range, Decade = -1 }
                : new RawDate { Start = start, End = date.End, Kind = DateKind.Range, RelativeSpan = true, RelativeGrain = unit, RelativeOffset = offset * first.PeriodFactor };
            return true;
        }

        WeekdayAfterWeek(ref date, ref last);
        WrittenYearAfter(ref date, ref last);
        return true;
    }

    // "العام الماضي 2014", "هذا العام 2015م": the year written after a relative year is the date's, and its digits no
    // number of their own.
    private void WrittenYearAfter(ref RawDate date, ref int last)
    {
        if (date.Kind == DateKind.Relative && date.RelativeGrain == DateGrain.Year && Spaced(last + 1)
            && TryYearNumber(last + 1, out int year, out DateCalendar calendar, out int yearLast, wordsAllowed: false) && year >= 1000)
        {
            date = new RawDate { Start = date.Start, End = _tokens[yearLast].End, Kind = DateKind.Year, Year = year, Calendar = calendar, HijriEra = calendar == DateCalendar.Hijri };
            last = yearLast;
        }
    }

    private static int Offset(DateDirectionWord direction) => direction switch
    {
        DateDirectionWord.Past => -1,
        DateDirectionWord.Future => 1,
        DateDirectionWord.AfterNext => 2,
        DateDirectionWord.BeforeLast => -2,
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

    // اليوم (and the other nouns among the relative days: الليلة) is today unless a noun phrase goes on ("اليوم العالمي",
    // "اليوم الأول", "اليوم نفسه", "الليلة الأولى"), but always after a
    // part of a day ("مساء اليوم الجدل": the verb's object follows); a word that is also a common word (بكرة "with a
    // ball") only alone in its clause or before a weekday; and a date word alone in quotation marks is a name
    // ("«اليوم»", the outlet).
    private bool IsRelativeDay(int i, int last)
    {
        Lexicon(i, out _, out DateWord word, out _);
        if (word.NeedsContext && Spaced(last + 1) && !(Lexicon(last + 1, out _, out DateWord weekday, out _) && weekday.Weekday is not null))
        {
            return false;
        }

        if (!word.IsNoun)
        {
            return true; // "أمس", "غداً", "بالأمس": no noun phrase goes on from them
        }

        if (IsQuotedName(i, last) || DuringBefore(i) || IsPerDay(i))
        {
            return false; // "«اليوم»"; "على مدار اليوم", "خلال اليوم": any day; "39 ألف زائر في اليوم": each day
        }

        if (!Spaced(last + 1) || (i > 0 && Spaced(i) && Lexicon(i - 1, out _, out DateWord part, out _) && part.IsTimeOfDay))
        {
            return true;
        }

        ReadOnlySpan<char> next = Word(last + 1);
        // "اليوم الي بعد بكرة" (اللي, colloquial) is a relative phrase; "وصل اليوم إلى عدن" is today.
        return !((next.StartsWith("ال") && !(next is "الي" && !IsAny(last + 2, "بعد", "قبل"))) || next is "نفسه" or "ذاته" or "من");
    }

    // Whether "اليوم" at word i is "per day": after في, with a count in the four words before ("ثلاث مرات في اليوم").
    private bool IsPerDay(int i)
    {
        if (Word(i) is not "اليوم" || i < 2 || !Spaced(i) || !IsAny(i - 1, "في"))
        {
            return false;
        }

        for (int k = i - 2; k >= 0 && k >= i - 5; k--)
        {
            ReadOnlySpan<char> word = Word(k);
            if (char.IsAsciiDigit(word[0]) || NumberLexicon.TryGet(word, out _))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a word of a length of time (خلال، طوال، على مدار) ends right before word i.
    private bool DuringBefore(int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            if (Spaced(k + 1) && Lexicon(k, out int last, out DateWord word, out _) && last == i - 1 && (word.Introducers & DateIntroducer.During) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Whether words first..last stand alone in quotation marks: "«اليوم»", the outlet.
    private bool IsQuotedName(int first, int last)
    {
        ReadOnlySpan<char> after = (last + 1 < _tokens.Length ? _text[_tokens[last + 1].GapStart.._tokens[last + 1].Start] : _text[_tokens[last].End..]).TrimStart(' ');
        ReadOnlySpan<char> before = _text[_tokens[first].GapStart.._tokens[first].Start].TrimEnd(' ');
        return !after.IsEmpty && after[0] is '»' or '”' or '"' or '›' && !before.IsEmpty && before[^1] is '«' or '“' or '"' or '‹';
    }
}
