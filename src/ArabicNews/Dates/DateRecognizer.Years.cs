using System;
using System.Globalization;
using ArabicNews.Numbers;

namespace ArabicNews.Dates;

// Month names and years.
internal readonly ref partial struct DateRecognizer
{
    // A month name (or "شهر" and a month name or number), and its pair, the same month's other name, after a slash
    // or a dash, in parentheses or right after it: "فبراير/ شباط", "أكتوبر/ تشرين الأول", "يوليو (تموز)", "مايو
    // أيار". `needsContext` says the name alone may be a common word (مارس، آب، رمضان); `closed` that the pair ends
    // with its closing parenthesis, which what follows the month may then come after ("سبتمبر (أيلول) المقبل").
    private bool TryMonth(int k, out int month, out DateCalendar calendar, out int last, out bool needsContext) =>
        TryMonth(k, out month, out calendar, out last, out needsContext, out _);

    private bool TryMonth(int k, out int month, out DateCalendar calendar, out int last, out bool needsContext, out bool closed)
    {
        month = 0;
        calendar = DateCalendar.Gregorian;
        last = k;
        needsContext = false;
        closed = false;
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
                && numberClitic == 0 && number.Value is >= 1 and <= 12 && decimal.IsInteger(number.Value.Value) && !IsAny(next, "واحد", "واحده"))
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
        else if (!word.IsMonth || (clitic > 0 && _text[_tokens[k].Start] is not ('ب' or 'و' or 'ف') && (word.NeedsContext || _text[_tokens[k].Start] != 'ل')))
        {
            return false; // "ليوليو" is July, "لرجب" a name
        }

        calendar = word.HijriMonth != 0 ? DateCalendar.Hijri : DateCalendar.Gregorian;
        month = word.HijriMonth != 0 ? word.HijriMonth : word.Month;
        needsContext = word.NeedsContext && !monthWord;

        // The pair: "فبراير/ شباط", "أغسطس / آب", "يوليو (تموز)", "مايو أيار" (another name, not the same one twice)
        int pair = last + 1;
        if (pair < _tokens.Length && calendar == DateCalendar.Gregorian && Gap(pair) is var gap && (gap is "/" or "-" or "(" || gap.IsEmpty)
            && Lexicon(pair, out int pairLast, out DateWord other, out int pairClitic) && pairClitic == 0 && other.Month == month
            && (!gap.IsEmpty || !Word(pair).SequenceEqual(Word(last))) && (gap is not "(" || ClosesParenthesis(pairLast + 1)))
        {
            last = pairLast;
            needsContext = false;
            closed = gap is "(";
        }

        return true;
    }

    // Whether "من كل عام" or "في كل سنة" starts at word k: a month or day of any year.
    private bool EveryYear(int k) =>
        IsAny(k, "من", "في") && Spaced(k) && IsAny(k + 1, "كل") && Spaced(k + 1) && Lexicon(k + 2, out _, out DateWord unit, out _) && unit.Unit == DateGrain.Year;

    // Where a month's pair that ends at word k ends with its closing parenthesis: "يوليو (تموز)".
    private int ClosingEnd(int k)
    {
        int end = _tokens[k].End;
        while (end < _text.Length && _text[end] == ' ')
        {
            end++;
        }

        return end < _text.Length && _text[end] == ')' ? end + 1 : _tokens[k].End;
    }

    // Whether a closing parenthesis stands between word k-1 and word k (or ends the text after word k-1).
    private bool ClosesParenthesis(int k)
    {
        ReadOnlySpan<char> gap = k < _tokens.Length ? _text[_tokens[k].GapStart.._tokens[k].Start] : _text[_tokens[k - 1].End..];
        gap = gap.TrimStart(' ');
        return !gap.IsEmpty && gap[0] == ')';
    }

    // Whether word k goes on the phrase of a month that ended at word k-1: after a space, or after the closing
    // parenthesis of its pair ("سبتمبر (أيلول) المقبل").
    private bool AfterMonth(int k, bool closed) => Spaced(k) || (closed && k < _tokens.Length && Gap(k) is ")");

    // Whether word k, right after digits, is what they count: an indefinite accusative noun ("تسليم سبتمبر 12 سنتا":
    // twelve cents, not the twelfth) that is no date word.
    private bool CountsAfter(int k) =>
        k < _tokens.Length && Spaced(k) && Word(k) is { Length: > 3 } word && word[^1] == 'ا' && !word.StartsWith("ال") && !Lexicon(k, out _, out _, out _);

    // A month first: "أغسطس 2023", "فبراير/ شباط 2022", "يونيو الماضي", "نوفمبر الجاري", "مايو الحادي عشر",
    // "يوليو 13-15", "شهر رمضان", "أغسطس" (not a month name that is also a word, alone).
    private bool TryMonthFirst(int i, out RawDate date, out int last, bool contextGiven = false)
    {
        date = default;
        if (!TryMonth(i, out int month, out DateCalendar calendar, out last, out bool needsContext, out bool closed))
        {
            return false;
        }

        Lexicon(i, out _, out _, out int clitic);
        int start = _tokens[i].Start + clitic;
        date = new RawDate { Start = start, Kind = DateKind.Month, Calendar = calendar, Month = month };
        int next = last + 1;
        if (TryYearAfter(next, out int year, out DateCalendar era, out int yearLast, closed))
        {
            date.Year = year;
            date.Calendar = era == DateCalendar.Hijri ? DateCalendar.Hijri : calendar;
            date.HijriEra = era == DateCalendar.Hijri;
            last = yearLast;
        }
        else if (Spaced(next) && !closed && TryDay(next, out int day, out int dayLast, out int dayClitic) && dayClitic == 0
            && !(char.IsAsciiDigit(Word(next)[0]) && Lexicon(dayLast + 1, out _, out DateWord following, out _) && following.IsMonth)
            && !(char.IsAsciiDigit(Word(next)[0]) && CountsAfter(dayLast + 1)))
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
        else if (AfterMonth(next, closed) && Lexicon(next, out int directionLast, out DateWord direction, out int directionClitic)
            && direction.Direction != DateDirectionWord.None && directionClitic == 0)
        {
            date.Direction = direction.Direction;
            last = directionLast;
        }
        else if (AfterMonth(next, closed) && TryRelativePeriod(next, out RawDate relativeYear, out int relativeLast) && relativeYear.RelativeGrain == DateGrain.Year)
        {
            // "يونيو العام المقبل"
            date.YearOffset = relativeYear.RelativeOffset;
            last = relativeLast;
        }
        else if (AfterMonth(next, closed) && IsAny(next, "من") && Spaced(next + 1) && TryRelativePeriod(next + 1, out RawDate ofYear, out int ofYearLast)
            && ofYear.RelativeGrain == DateGrain.Year && ofYear.Kind == DateKind.Relative)
        {
            // "يونيو من العام الماضي"
            date.YearOffset = ofYear.RelativeOffset;
            last = ofYearLast;
        }
        else if (AfterMonth(next, closed) && IsAny(next, "من") && Spaced(next + 1) && TryYearAfter(next + 1, out int ofWritten, out DateCalendar ofEra, out int ofWrittenLast))
        {
            // "يونيو من عام 2014"
            date.Year = ofWritten;
            date.Calendar = ofEra == DateCalendar.Hijri ? DateCalendar.Hijri : calendar;
            date.HijriEra = ofEra == DateCalendar.Hijri;
            last = ofWrittenLast;
        }
        else if (needsContext && !contextGiven && !(Spaced(i) && i > 0 && IsContextWord(Word(i - 1)) && !(Lexicon(i, out _, out DateWord name, out _) && name.NeedsPair)))
        {
            // مارس، آب، رمضان alone may be a verb, a word or a name; "في مارس" is the month (not "في إب", the city).
            return false;
        }
        else if (next == last + 1 && IsQuotedName(i, last))
        {
            return false; // "بعنوان «أغسطس»": a title
        }

        if (EveryYear(last + 1))
        {
            return false; // "نهاية شهر يونيو من كل عام": any year's
        }

        date.End = closed && last == next - 1 ? ClosingEnd(last) : _tokens[last].End;
        return true;
    }

    // A year after a month or a day: "2023", "عام 2016", "من عام 2016", "1445 هـ", "2014م", "ألفين"; after the closing
    // parenthesis of a month's pair too when `closed` ("مارس (آذار) 2014"), after a dot when `dotted` ("16. نوفمبر. 2016").
    private bool TryYearAfter(int k, out int year, out DateCalendar calendar, out int last, bool closed = false, bool dotted = false)
    {
        year = 0;
        calendar = DateCalendar.Gregorian;
        last = k;
        if (k >= _tokens.Length || !Follows(k, closed ? ",،)" : dotted ? ",،." : ",،"))
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

    // "عام 1949", "العام 2023", "سنة 1445 هـ", "منذ عام 2014", "عام ألفين", "بين عامي (1517 - 1648م)".
    private bool TryYearAfterWord(int i, out int year, out DateCalendar calendar, out int last)
    {
        Lexicon(i, out int wordLast, out DateWord word, out _);
        year = 0;
        calendar = DateCalendar.Gregorian;
        last = i;
        return (Spaced(wordLast + 1) || (word.IsDual && Follows(wordLast + 1, "("))) && TryYearNumber(wordLast + 1, out year, out calendar, out last, wordsAllowed: true);
    }

    // The most years between the ends of a span whose first year takes the second's era (a lifetime).
    private const int MaxYearSpan = 120;

    // Four digits with an era: "1445 هـ", "2014م", and the year before a dash or a slash and such a year ("1357 –
    // 1435ه", "1437/1436هـ").
    private bool TryEraYear(int i, out RawDate date, out int last)
    {
        date = default;
        if (!TryYearNumber(i, out int year, out DateCalendar calendar, out last, wordsAllowed: false))
        {
            return false;
        }

        if (last == i && !char.IsLetter(Word(i)[^1]))
        {
            // "(1357 – 1435ه)": a year before a dash and a later year with its era is in that era; so is one before a
            // slash and the year next to it ("1437/1436هـ", a season or an academic year).
            bool dash = i + 1 < _tokens.Length && Gap(i + 1) is "-" or "\u2013";
            bool slash = i + 1 < _tokens.Length && Gap(i + 1) is "/";
            if (!(dash || slash) || !TryYearNumber(i + 1, out int next, out DateCalendar era, out int nextLast, wordsAllowed: false)
                || (nextLast == i + 1 && !char.IsLetter(Word(i + 1)[^1]))
                || (dash && (next <= year || next - year > MaxYearSpan)) || (slash && Math.Abs(next - year) != 1))
            {
                return false;
            }

            calendar = era;
        }

        if (calendar == DateCalendar.Gregorian && (year < 1000 || IsCue(i - 1, DateIntroducer.CountCue) || IsCue(i - 2, DateIntroducer.CountCue)
            || (Spaced(i) && NumberMarkers.Before.TryMatchBefore(_text, _tokens, i, out _, out _, out _))))
        {
            return false; // "بلغت مساحته 1600م", "شارع عرض 100م": metres
        }

        date = new RawDate { Start = _tokens[i].Start, End = _tokens[last].End, Kind = DateKind.Year, Calendar = calendar, Year = year };
        return true;
    }

    // A year of four digits (1900–2100) without a year word: "منذ 2011", "في 2013 مبلغ", "كأس العالم 2006،", "بين
    // 1956 و1973", "(1975)". Not a count: after a count cue or a qualifier ("نحو 2000", "أكثر من 2000", "بلغ 1920"),
    // or before a unit, a currency or a scale ("2000 دولار", "2066 مليون"). After a year cue (في، منذ) or another
    // year, that is all; after any other word, a year stands before punctuation, a function word, a definite word or
    // a word with a clitic ("مونديال 2014 بالبرازيل"), as a count goes on with its noun ("2000 مسجد").
    private bool TryBareYear(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        ReadOnlySpan<char> word = Word(i);
        int clitic = word.Length == 5 && word[0] == 'و' ? 1 : 0;
        if (!NumberExtractor.IsDigits(word[clitic..], 4, 4))
        {
            return false;
        }

        int year = int.Parse(word[clitic..], NumberStyles.None, CultureInfo.InvariantCulture);
        int previous = clitic == 0 && Is(i - 1, "و") && Spaced(i) ? i - 2 : i - 1;
        bool afterYear = previous >= 0 && (clitic == 1 || previous == i - 2 || Gap(i) is "-" or "\u2013" || (Gap(i) is "/" && IsSeason(i - 1, i)) || IsAny(i - 1, "الي", "حتي", "وحتي"))
            && (IsYearWord(previous) || (IsAny(previous, "الي", "حتي", "وحتي") && IsYearWord(previous - 1)));
        if (year is < 1900 or > 2100 || (clitic == 1 && !afterYear) || InDigitChain(i))
        {
            return false;
        }

        if (!afterYear && Spaced(i) && (IsCue(i - 1, DateIntroducer.CountCue)
            || NumberMarkers.Before.TryMatchBefore(_text, _tokens, i, out _, out _, out _)))
        {
            return false;
        }

        if (Units.After.TryMatchAfter(_text, _tokens, i, out _, out _) || (Spaced(i + 1) && NumberLexicon.TryGet(Word(i + 1), out NumberWord scale) && scale.Kind == NumberWordKind.Scale))
        {
            return false;
        }

        // A second year after و goes by what follows it, and so does the first: "بين 2022 و 2024 جندي" counts soldiers.
        int second = IsAny(i + 1, "و") && Spaced(i + 2) ? i + 2 : i + 1;
        // After a year that a year word opened ("بين عامي 2012 و2014", "في سنة 1987 و2006") the second is a year
        // whatever follows it.
        bool afterDual = afterYear && previous >= 1 && IsYearWord(previous) && Lexicon(previous - 1, out _, out DateWord opener, out _)
            && (opener.Introducers & DateIntroducer.YearWord) != 0;
        bool cued = (Spaced(i) && i > 0 && IsCue(i - 1, DateIntroducer.YearCue)) || (afterYear && clitic == 0 && previous == i - 1) || afterDual;
        if (!cued && (!YearMayPrecede(i + 1) || (second < _tokens.Length && IsYearWord(second) && Word(second).Length == 4 + (second == i + 1 ? 1 : 0) && !YearMayPrecede(second + 1))))
        {
            return false;
        }

        date = new RawDate { Start = _tokens[i].Start + clitic, End = _tokens[i].End, Kind = DateKind.Year, Year = year };
        return true;
    }

    // Whether word k may follow a year (rather than the noun a count counts): punctuation or the end, a date word, a
    // function word, a word with و or the article ("مونديال 2014 بالبرازيل").
    private bool YearMayPrecede(int k)
    {
        if (!Spaced(k) || Lexicon(k, out _, out _, out _))
        {
            return true;
        }

        ReadOnlySpan<char> following = Word(k);
        return following.StartsWith("و") || following.StartsWith("ال") || following.StartsWith("لل") || (following.Length > 3 && following[0] is 'ب' or 'ك' or 'ف' && following[1..].StartsWith("ال"))
            || DateParticles.Is(following, DateParticle.FollowsYear); // "إلى 2017 بعدما", "انتخابات 2011 هي الأخيرة"
    }

    // Whether the four digits at word i belong to something else: a chain of digits ("1995-01", "31/02/2024", "2 014
    // 100": thousands set apart), or a date written the other way round ("2016. نوفمبر .16").
    private bool InDigitChain(int i)
    {
        bool glued = i > 0 && !Spaced(i) && Gap(i) is "/" or "." or "-" && char.IsAsciiDigit(Word(i - 1)[^1]) && !(Gap(i) is "-" && IsYearWord(i - 1))
            && !(Gap(i) is "/" && IsSeason(i - 1, i));
        int next = i + 1;
        return glued || (next < _tokens.Length && char.IsAsciiDigit(Word(next)[0]) && (Spaced(next) || (Gap(next) is "/" or "." or "-" && !IsYearWord(next))))
            || (next < _tokens.Length && !Spaced(next) && Gap(next) is "." or "/" or "-" && Lexicon(next, out _, out DateWord month, out _) && month.IsMonth);
    }

    // Whether words a and b are two years in a row written with a slash, a season or a fiscal year ("2014/2015", and
    // "2004/ 2003" typed in reading order): two years, one after the other.
    private bool IsSeason(int a, int b)
    {
        if (a < 0 || b >= _tokens.Length)
        {
            return false;
        }

        ReadOnlySpan<char> first = Word(a) is { Length: 5 } joined && joined[0] == 'و' ? Word(a)[1..] : Word(a); // "و2013/ 2012"
        return NumberExtractor.IsDigits(first, 4, 4) && NumberExtractor.IsDigits(Word(b), 4, 4)
            && Math.Abs(int.Parse(Word(b), NumberStyles.None, CultureInfo.InvariantCulture) - int.Parse(first, NumberStyles.None, CultureInfo.InvariantCulture)) == 1;
    }

    // Whether word k is a year cue or a count cue (with or without و), or ends a two-word one ("اعتبارا من").
    private bool IsCue(int k, DateIntroducer cue) =>
        (k >= 0 && Lexicon(k, out int cueLast, out DateWord word, out _) && cueLast == k && (word.Introducers & cue) != 0)
        || (k >= 1 && Lexicon(k - 1, out int phraseLast, out DateWord phrase, out _) && phraseLast == k && (phrase.Introducers & cue) != 0); // "اعتبارا من"

    // Whether word k is a year of four digits, perhaps with و or an era glued: "1956", "و1973", "2014م".
    private bool IsYearWord(int k)
    {
        if (k < 0 || k >= _tokens.Length)
        {
            return false;
        }

        ReadOnlySpan<char> word = Word(k);
        if (word.Length > 4 && word[0] == 'و')
        {
            word = word[1..];
        }

        if (word.Length == 5 && word[4] is 'م' or 'ه')
        {
            word = word[..4];
        }

        return NumberExtractor.IsDigits(word, 4, 4);
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
