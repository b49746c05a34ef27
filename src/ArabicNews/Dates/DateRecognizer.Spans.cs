using System;
using ArabicNews.Text;
using ArabicNews.Numbers;

namespace ArabicNews.Dates;

// Spans and counts of units: spans of months, counted and relative spans ("الأيام الخمسة الماضية"), parts of a
// period ("أواخر الشهر"), durations and offsets ("منذ ثلاث سنوات", "قبل 12 شهرا").
internal readonly ref partial struct DateRecognizer
{
    // The last year with no era written that a season reads as Hijri: the recognizer has no reference date, and a
    // Gregorian season of 1300 to 1499 is unknown to news.
    private const int MaxBareHijriSeasonYear = 1499;

    // A season ("الصيف", "صيف 2016", "الربيع القادم", "هذا الصيف") or a quarter ("الربع الثالث من عام 2016",
    // "الربع الأول من هذا العام"): three months, in the year written or relative to the reference.
    private bool TrySpanOfMonths(int i, int wordLast, DateWord word, int start, out RawDate date, out int last)
    {
        date = default;
        last = wordLast;
        int first = word.Season;
        int months = 3;
        if (word.IsQuarter)
        {
            months = word.YearPartMonths;
            if (!Spaced(wordLast + 1) || !NumberExtractor.TryReadOrdinal(_text, _tokens, wordLast + 1, out last, out int clitic, out int part)
                || clitic != 0 || part < 1 || part > 12 / months)
            {
                return false;
            }

            first = (months * (part - 1)) + 1;
        }

        date = new RawDate { Start = start, Kind = DateKind.Range, SpanMonth = first, SpanMonths = months };
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
        else if (TryYearAfter(k, out int year, out DateCalendar era, out int yearLast))
        {
            // "صيف 1434هـ", "صيف 1434": the season's months in the Gregorian year they fall in within that Hijri year (a
            // year from 1300 with no era written is Hijri, as DateResolver reads one alone).
            bool hijri = era == DateCalendar.Hijri || (!EraWritten(yearLast) && year >= DateResolver.MinBareHijriYear && year <= MaxBareHijriSeasonYear);
            date.Year = hijri ? DateResolver.GregorianYearOfMonthInHijriYear(year, first) : year;
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
            if (amount > 0)
            {
                return false; // "منذ 2010 الأسبوع الماضي": a count never takes a unit with the article
            }

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
