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
internal readonly ref partial struct DateRecognizer
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
            if (DateLexicon.NotDateEndings.MayEndLike(head) && Lexicon(i, out int hiddenLast, out DateWord hidden, out _) && hidden.IsNotDate)
            {
                // "عين اليوم", "الربيع العربي": a name that holds date words hides them.
                i = hiddenLast + 1;
                continue;
            }

            if ((char.IsAsciiDigit(head[^1]) || IsEraGlued(head) || DateLexicon.StartEndings.MayEndLike(head)
                    || (head.StartsWith("ال") && DateLexicon.UnitEndings.MayEndLike(head))
                    || (s_ordinalEndings.MayEndLike(head) && DateWordFollows(i)))
                && TryRead(i, out RawDate date, out int last))
            {
                if (found.Count > 0 && previousLast >= 0 && IsRangeJoint(found[^1], previousLast, date, i))
                {
                    RawDate first = found[^1];
                    first.JoinedWithNext = true;
                    if (first.Kind == DateKind.Year && first.EraImplied && date.Calendar == DateCalendar.Hijri)
                    {
                        first.Calendar = DateCalendar.Hijri; // "1436- 1437هـ": the era after the second is both's
                        first.EraImplied = false;
                    }

                    int opener = FirstTokenAt(first.Start) - 1;
                    if (opener >= 0 && IsParticle(opener, DateParticle.RangeOpener) && Spaced(opener + 1))
                    {
                        first.Start = _tokens[opener].Start + (Word(opener)[0] == 'و' ? 1 : 0);
                    }

                    found[^1] = first;
                }

                // A date of the same kind that follows another closely in its sentence goes the same way ("الثلاثاء وصول
                // موغيريني ووزير الخارجية الفرنسي الأربعاء", "حتى 31 أغسطس أو الأول من سبتمبر").
                date.FollowsSameKind = found.Count > 0 && previousLast >= 0 && found[^1].Kind == date.Kind && i - previousLast <= 10 && SameSentence(previousLast, i);
                date.FutureCue = HasCue(i, DateIntroducer.FutureCue) || (date.FollowsSameKind && found[^1].FutureCue) || (date.Kind == DateKind.Month && FollowsForwardNoun(i));
                date.ComingCue = HasCue(i, DateIntroducer.ComingCue);
                date.EraImplied = (date.Kind == DateKind.Year || (date.Kind == DateKind.Range && date.PartOf == DateKind.Year))
                    && date.Year is not null && date.Calendar == DateCalendar.Gregorian && !EraWritten(last);
                if (date.Direction == DateDirectionWord.None && i > 0 && Spaced(i) && IsAny(i - 1, "منذ", "ومنذ"))
                {
                    date.Direction = DateDirectionWord.OnOrBefore; // "منذ أغسطس": since the one gone
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
    // Whether words from..to are in one sentence: no full stop, question or exclamation mark, colon or line between.
    private bool SameSentence(int from, int to)
    {
        for (int k = from + 1; k <= to; k++)
        {
            if (_text[_tokens[k].GapStart.._tokens[k].Start].IndexOfAny(".؟?!:\n") >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // Whether a noun of a contract or shipment stands right before word i, or before شهر before it: "تسليم سبتمبر",
    // "لعقود شهر أكتوبر", "شحنات أكتوبر تشرين الأول".
    private bool FollowsForwardNoun(int i)
    {
        int k = i > 1 && IsAny(i - 1, "شهر", "لشهر") && Spaced(i) ? i - 2 : i - 1;
        return k >= 0 && Spaced(k + 1) && Lexicon(k, out int last, out DateWord noun, out _) && last == k && (noun.Introducers & DateIntroducer.Forward) != 0;
    }

    // Whether a future cue stands in the eight words before word i, in the same sentence: "سيزور موسكو الخميس",
    // "من المقرر أن يلتقي الجانبان في مارس", "يتوقع أن يعود الوزير إلى طهران مساء الاثنين".
    private bool HasCue(int i, DateIntroducer cueKind)
    {
        for (int k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            if (_text[_tokens[k + 1].GapStart.._tokens[k + 1].Start].IndexOfAny(".؟?!:\n") >= 0)
            {
                return false;
            }

            if (DateLexicon.FutureCueEndings.MayEndLike(Word(k)) && Lexicon(k, out _, out DateWord cue, out _) && (cue.Introducers & cueKind) != 0)
            {
                return true;
            }
        }

        return false;
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

        // After a dual ("عامي 1990 و2004", "يومي الأربعاء والخميس") the two are one range of days but two years.
        int head = FirstTokenAt(first.Start);
        bool dual = Lexicon(head, out _, out DateWord headWord, out _) && headWord.IsDual;
        if (dual && Level(first) == 2)
        {
            return false;
        }

        int opener = head - 1;
        bool afterBetween = (opener >= 0 && IsAny(opener, "بين", "وبين")) || dual;
        ReadOnlySpan<char> between = _text[_tokens[previousLast].End.._tokens[next].Start].Trim(' ');
        if (between.StartsWith(")"))
        {
            between = between[1..].Trim(' '); // "بين 30 تشرين الثاني (نوفمبر) و11 كانون الأول"
        }

        if (first.Kind == DateKind.Relative && between is "الي" && !(opener >= 0 && IsAny(opener, "من", "ومن")))
        {
            return false; // "أرجأ المحاكمة أمس إلى السابع من سبتمبر": a day, then another
        }

        bool joined = between is "حتي" or "الي" or "وحتي" or "-" or "\u2013" || (afterBetween && between is "و");
        if (!joined && afterBetween && next < _tokens.Length && Word(next).StartsWith("و") && between.IsEmpty)
        {
            joined = true; // "بين الأربعاء والجمعة": the و glued to the second
        }

        // Years joined by و are two years, whatever comes before: "بين 1956 و1973" (no one year holds both).
        return joined && !(Level(first) == 2 && between is "" or "و");
    }

    /// <summary>Reads the date that starts at word <paramref name="i"/>.</summary>
    public bool TryRead(int i, out RawDate date, out int last)
    {
        date = default;
        last = i;
        ReadOnlySpan<char> head = Word(i);
        if (char.IsAsciiDigit(head[^1]) || IsEraGlued(head))
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
            if ((counts && DateWordFollows(i) && (TryDayMonth(i, out date, out last) || TryNthOfMonth(i, out date, out last) || TryNthDayOfHoliday(i, out date, out last) || TryCountedSpan(i, out date, out last)))
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
        if (word.DayOfMonth != 0)
        {
            return TryDayMonth(i, out date, out last); // "غرة شوال"
        }

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

        if (word.Part != DatePart.None && TryPart(i, wordLast, word.Part, word.PartNeedsContext, start, out date, out last))
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

        if (word.Decade != 0 && !IsQuotedName(i, wordLast) && !IsAny(wordLast + 1, "المئويه", "درجه"))
        {
            // Not "«الخمسينات»", "الخمسينات المئوية": degrees.
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
            if (word.NeedsContext)
            {
                return false; // "العيد" alone: a feast, or the word for any celebration
            }

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
            if (offset != 0 && Follows(wordLast + 1, "(،,") && Lexicon(wordLast + 1, out int weekdayLast, out DateWord weekday, out int weekdayClitic)
                && weekday.Weekday is { } named && weekdayClitic == 0 && !weekday.NeedsContext)
            {
                // "أمس الجمعة", "يوم غد الأربعاء", "أمس (السبت)": the day and its weekday, one date.
                date.Weekday = named;
                last = weekdayLast;
                date.End = _tokens[last].End;
            }

            return true;
        }

        return false;
    }
    private ReadOnlySpan<char> Word(int k) => _tokens[k].Span.Slice(_text);

    // Whether the year that ends at word k has its era written: "2014م", "2014 م", "1436 هـ".
    private bool EraWritten(int k) => IsEraGlued(Word(k)) || (Lexicon(k, out _, out DateWord era, out _) && era.Era is not null);

    // Digits with an era glued: "1648م", "1436ه".
    private static bool IsEraGlued(ReadOnlySpan<char> word) => word.Length >= 4 && word[^1] is 'م' or 'ه' && char.IsAsciiDigit(word[^2]) && char.IsAsciiDigit(word[0]);

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

    private bool IsParticle(int k, DateParticle roles) => k >= 0 && k < _tokens.Length && DateParticles.Is(Word(k), roles);

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
        if (date.Kind == DateKind.Range && first > 0 && Spaced(first) && IsParticle(first - 1, DateParticle.RangeOpener))
        {
            date.Start = _tokens[first - 1].Start + (Word(first - 1)[0] == 'و' ? 1 : 0);
        }
    }
}
