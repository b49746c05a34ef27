using System;
using ArabicNews.Text;
using ArabicNews.Numbers;

namespace ArabicNews.Dates;

// Weekdays, relative days and periods, parts of periods, spans and durations.
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
        if (Follows(dateAt, "،,") && IsAny(dateAt, "الموافق", "في"))
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
        return true;
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
        else if (!thisOne && (word.NeedsContext || (i > 0 && Spaced(i) && IsAny(i - 1, "فصل", "وفصل")) || (Spaced(last + 1) && !Lexicon(last + 1, out _, out _, out _))))
        {
            return false; // a bare season after فصل is any year's ("حتى فصل الشتاء"), before a noun a name's ("مهرجان صيف حائل")
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

    // اليوم is today unless a noun phrase goes on ("اليوم العالمي", "اليوم الأول", "اليوم نفسه"), but always after a
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

        if (!Word(i).EndsWith("اليوم") && !Word(i).EndsWith("لليوم") && Word(i) is not "الليله")
        {
            return true;
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

    // "أواخر مارس", "مطلع العام المقبل", "منتصف الشهر الجاري", "أوائل 2024", "نهاية عام 2023", "منتصف شهر رمضان".
    // A part word that is also a common word (نصف "half", أول، آخر) only before a month or a year: "نصف شهر مارس",
    // not "خمس سنوات ونصف السنة".
    private bool TryPart(int i, int partLast, DatePart part, bool needsContext, int start, out RawDate date, out int last)
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
        else if (needsContext && !(TryYearNumber(k, out _, out _, out _, wordsAllowed: false) && Word(k).Length >= 4))
        {
            return false;
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
        date.End = Math.Max(date.End, _tokens[monthLast].End); // "بداية تموز (يوليو)" ends with its parenthesis
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

        // The unit, with the article in "العامين الماضيين"; a singular with the article is a period, not a length:
        // "خلال العام الماضي" is last year, "خلال العام" the year under discussion.
        ReadOnlySpan<char> unitWord = Word(unitAt);
        int unitLast;
        DateWord unit;
        if (unitWord.StartsWith("ال") && unitWord.Length > 3)
        {
            if (!Lexicon(unitAt, out unitLast, out unit, out _) || unit.Unit is null)
            {
                if (!TryUnitWithArticle(unitAt, out unit) || (amount == 0 && unit.UnitCount == 1))
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
                && Spaced(unitLast + 1) && TryYearNumber(unitLast + 1, out _, out _, out _, wordsAllowed: false))
            || (amount == 0 && unit.UnitCount == 1 && NamesItsDate(unitAt, unitLast)))
        {
            return false; // "منذ عام 1949" is a year, "طوال شهر رمضان" a month, "منذ يوم 30 يونيو" a day
        }

        amount = (amount == 0 ? unit.UnitCount : amount) * Math.Max(1, unit.UnitFactor);
        if (amount == 0)
        {
            return false; // "منذ سنوات": no count
        }

        last = unitLast;
        if (IsAny(last + 1, "واحد", "واحده") && Spaced(last + 1) && unit.UnitCount == 1)
        {
            last++; // "بعد شهر واحد"
        }

        if (Spaced(last + 1) && Lexicon(last + 1, out int directionLast, out DateWord direction, out _) && direction.Direction != DateDirectionWord.None)
        {
            last = directionLast; // "العامين الماضيين"
        }

        bool offset = (introducers & (DateIntroducer.Ago | DateIntroducer.After)) != 0;
        if (IsAny(last + 1, "من") && IsAny(last + 2, "الان", "الآن", "اليوم") && Spaced(last + 1))
        {
            last += 2; // "بعد أسبوعين من الآن"
        }
        else if (offset && IsAny(last + 1, "من", "علي") && Spaced(last + 1) && Spaced(last + 2))
        {
            offset = false; // "بعد 17 عاما من إقامة المهرجان": counted from an event, a length of time
        }

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

    // Whether a singular unit word is the head of the date it names: "شهر رمضان", "شهر يوليو", "يوم 30 يونيو",
    // "يوم الجمعة".
    private bool NamesItsDate(int unitAt, int unitLast)
    {
        int k = unitLast + 1;
        return Spaced(k) && ((Lexicon(k, out _, out DateWord next, out int clitic) && (next.Weekday is not null || next.IsMonth) && clitic == 0)
            || TryDayMonth(k, out _, out _) || TryNumericDate(k, out _, out _));
    }

    // "العامين", "الأسابيع": a unit word with the article.
    private bool TryUnitWithArticle(int k, out DateWord unit)
    {
        ReadOnlySpan<char> word = Word(k)[2..];
        ReadOnlySpan<WordToken> tokens = [new(0, word.Length, 0, true)];
        return DateLexicon.TryMatch(word, tokens, 0, out _, out unit, out int clitic) && clitic == 0 && unit.Unit is not null;
    }
}
