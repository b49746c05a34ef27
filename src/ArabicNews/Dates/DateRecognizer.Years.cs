using System;
using System.Globalization;
using ArabicNews.Numbers;

namespace ArabicNews.Dates;

// Month names and years.
internal readonly ref partial struct DateRecognizer
{
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

    // "بعام 2014", "لعام 2014": a year word with a preposition glued.
    private bool TryYearAfterClitic(int k, out int year, out int last)
    {
        year = 0;
        last = k;
        return Lexicon(k, out int wordLast, out DateWord word, out int clitic) && clitic == 1 && (word.Introducers & DateIntroducer.YearWord) != 0
            && Spaced(wordLast + 1) && TryYearNumber(wordLast + 1, out year, out _, out last, wordsAllowed: true);
    }
}
