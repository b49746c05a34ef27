using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;
using ArabicNews.Text;

namespace ArabicNews.Dates;

/// <summary>
/// The words and phrases of <c>date-words.tsv</c>, Search-normalized, matched at a word of a normalized text
/// with the clitics و، ف، ب، ل، ك before it; the longest phrase wins.
/// </summary>
internal static class DateLexicon
{
    // Phrases by their first word, longest first; a phrase's roles merged into one DateWord.
    private static readonly FrozenDictionary<string, (string[] Following, DateWord Word)[]> s_phrases = Load();
#if NET9_0_OR_GREATER
    private static readonly FrozenDictionary<string, (string[] Following, DateWord Word)[]>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_phrases.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>
    /// Gets the last three letters of every first word of a phrase that can open a date (a month, a weekday, a
    /// relative day, a period, a part, an introducer, a holiday…; not a direction, an era or a unit), to pass
    /// over most words with one bit test.
    /// </summary>
    public static WordEndings StartEndings { get; } = new(s_phrases
        .Where(p => p.Value.Any(v => CanStart(v.Word)))
        .Select(p => p.Key));

    /// <summary>Gets the last three letters of the first word of every phrase that is no date (عين اليوم، الربيع العربي).</summary>
    public static WordEndings NotDateEndings { get; } = new(s_phrases
        .Where(p => p.Value.Any(v => v.Word.IsNotDate))
        .Select(p => p.Key));

    /// <summary>Gets the last three letters of every future cue (سوف، سيزور، من المقرر).</summary>
    public static WordEndings FutureCueEndings { get; } = new(s_phrases
        .Where(p => p.Value.Any(v => (v.Word.Introducers & (DateIntroducer.FutureCue | DateIntroducer.ComingCue)) != 0))
        .Select(p => p.Key));

    /// <summary>Gets the last three letters of every unit word (يوم، أسابيع، العامين without its article).</summary>
    public static WordEndings UnitEndings { get; } = new(s_phrases
        .Where(p => p.Value.Any(v => v.Word.Unit is not null))
        .Select(p => p.Key));

    /// <summary>Looks up a date word of one word exactly as written (no clitic): "الجمعه", "اليوم", "يوم".</summary>
    public static bool TryGetWord(ReadOnlySpan<char> word, out DateWord found)
    {
        found = default;
#if NET9_0_OR_GREATER
        if (!s_lookup.TryGetValue(word, out (string[] Following, DateWord Word)[]? candidates))
#else
        if (!s_phrases.TryGetValue(word.ToString(), out (string[] Following, DateWord Word)[]? candidates))
#endif
        {
            return false;
        }

        foreach ((string[] following, DateWord candidate) in candidates)
        {
            if (following.Length == 0)
            {
                found = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the longest phrase that starts at word <paramref name="index"/>, its first word with or without one clitic.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="index">The first word.</param>
    /// <param name="last">The last word of the phrase.</param>
    /// <param name="word">What the phrase stands for.</param>
    /// <param name="cliticLength">How many leading characters of the first word are a clitic.</param>
    public static bool TryMatch(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last, out DateWord word, out int cliticLength)
    {
        ReadOnlySpan<char> first = tokens[index].Span.Slice(text);
        for (cliticLength = 0; cliticLength <= 1 && first.Length > cliticLength; cliticLength++)
        {
            if (cliticLength == 1 && first[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك'))
            {
                break;
            }

            if (TryMatchRest(text, tokens, index, first[cliticLength..], out last, out word))
            {
                return true;
            }
        }

        if (first.Length > 3 && first.StartsWith("لل"))
        {
            // "للعام": ل before the article, which then loses its alef.
            Span<char> definite = stackalloc char[first.Length];
            "ال".AsSpan().CopyTo(definite);
            first[2..].CopyTo(definite[2..]);
            if (TryMatchRest(text, tokens, index, definite, out last, out word))
            {
                cliticLength = 1;
                return true;
            }
        }

        last = index;
        word = default;
        return false;
    }

    private static bool TryMatchRest(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, ReadOnlySpan<char> first, out int last, out DateWord word)
    {
        last = index;
        word = default;
#if NET9_0_OR_GREATER
        if (!s_lookup.TryGetValue(first, out (string[] Following, DateWord Word)[]? candidates))
#else
        if (!s_phrases.TryGetValue(first.ToString(), out (string[] Following, DateWord Word)[]? candidates))
#endif
        {
            return false;
        }

        foreach ((string[] rest, DateWord candidate) in candidates)
        {
            if (index + rest.Length >= tokens.Length && rest.Length > 0)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < rest.Length && match; k++)
            {
                WordToken token = tokens[index + 1 + k];
                match = token.SpacedFromPrevious && token.Span.Slice(text).SequenceEqual(rest[k]);
            }

            if (match)
            {
                last = index + rest.Length;
                word = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool CanStart(DateWord word) =>
        word.IsMonth || word.Weekday is not null || word.DayOffset is not null || word.Period is not null || word.IsThis
        || word.Part != DatePart.None || (word.Introducers & ~(DateIntroducer.Agreeing | DateIntroducer.FutureCue | DateIntroducer.ComingCue | DateIntroducer.YearCue | DateIntroducer.CountCue | DateIntroducer.Forward)) != 0 || word.Holiday is not null
        || word.Season != 0 || word.Decade != 0 || word.IsQuarter || word.DayOfMonth != 0;

    private static FrozenDictionary<string, (string[] Following, DateWord Word)[]> Load()
    {
        var phrases = new Dictionary<string, DateWord>(StringComparer.Ordinal);

        // The hand-written words, then the future verbs counted from the corpus (سيقوم، ستعمل) as future cues.
        foreach (string[] fields in LexiconLoader.ReadEntries("date-words.tsv").Concat(LexiconLoader.ReadEntries("future-verbs.tsv")))
        {
            if (fields.Length < 3)
            {
                throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("date-words.tsv", fields[0]));
            }

            string phrase = ArabicNormalizer.Search.Normalize(fields[0]);
            string[] flags = fields.Length > 3 ? fields[3..] : [];
            bool context = flags.Contains("context");
            DateWord word = phrases.GetValueOrDefault(phrase);
            phrases[phrase] = Add(word, fields[1], fields[2], flags, context, fields[0]);
        }

        return phrases
            .Select(p => (Words: p.Key.Split(' '), p.Value))
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Words.Length).Select(p => (p.Words[1..], p.Value)).ToArray(),
                StringComparer.Ordinal);
    }

    // "gregorian:12-25", "hijri:10-1", "easter", and two feasts of one calendar, the nearer of which is meant
    // ("hijri:10-1|hijri:12-10").
    private static Holiday ParseHoliday(string value, string entry)
    {
        if (value == "easter")
        {
            return new Holiday(DateCalendar.Gregorian, 0, 0);
        }

        int or = value.IndexOf('|', StringComparison.Ordinal);
        if (or > 0)
        {
            Holiday first = ParseHoliday(value[..or], entry);
            Holiday other = ParseHoliday(value[(or + 1)..], entry);
            return other.Calendar == first.Calendar && !other.IsEaster
                ? first with { OtherMonth = other.Month, OtherDay = other.Day }
                : throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("date-words.tsv", entry));
        }

        string[] parts = value.Split(':', '-');
        return parts.Length == 3 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out int month) && int.TryParse(parts[2], CultureInfo.InvariantCulture, out int day)
            ? new Holiday(parts[0] == "hijri" ? DateCalendar.Hijri : DateCalendar.Gregorian, month, day)
            : throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("date-words.tsv", entry));
    }

    private static DateWord Add(DateWord word, string role, string value, string[] allFlags, bool context, string entry)
    {
        string flag = allFlags.Length > 0 ? allFlags[0] : "";
        int Number() => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n)
            ? n : throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("date-words.tsv", entry));
        DateGrain Grain() => value switch
        {
            "decade" => DateGrain.Year,
            "day" => DateGrain.Day,
            "week" => DateGrain.Week,
            "month" => DateGrain.Month,
            "year" => DateGrain.Year,
            _ => throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("date-words.tsv", entry)),
        };

        return role switch
        {
            "month" => word with { Month = Number(), NeedsContext = word.NeedsContext || context, NeedsPair = word.NeedsPair || allFlags.Contains("paired") },
            "hijri-month" => word with { HijriMonth = Number(), NeedsContext = word.NeedsContext || context },
            "weekday" => word with { Weekday = (DayOfWeek)Number(), NeedsContext = word.NeedsContext || context },
            "day" => word with { DayOffset = Number(), NeedsContext = word.NeedsContext || context, IsNoun = word.IsNoun || allFlags.Contains("noun") },
            "day-of-month" => word with { DayOfMonth = Number() },
            "time-of-day" => word with { IsTimeOfDay = true },
            "not-date" => word with { IsNotDate = true },
            "period" => word with { Period = Grain(), PeriodFactor = value == "decade" ? 10 : 1, PeriodHijri = flag == "hijri" },
            "unit" => word with { Unit = Grain(), UnitFactor = value == "decade" ? 10 : 1, UnitCount = flag switch { "one" => 1, "two" => 2, _ => 0 } },
            "direction" => word with
            {
                Direction = value switch
                {
                    "past" => DateDirectionWord.Past,
                    "future" => DateDirectionWord.Future,
                    "after-next" => DateDirectionWord.AfterNext,
                    "before-last" => DateDirectionWord.BeforeLast,
                    _ => DateDirectionWord.Current,
                },
            },
            "this" => word with { IsThis = true },
            "part" => word with
            {
                Part = value switch
                {
                    "early" => DatePart.Early,
                    "middle" => DatePart.Middle,
                    "rest" => DatePart.Rest,
                    _ => DatePart.Late,
                },
                PartNeedsContext = context,
            },
            "holiday" => word with { Holiday = ParseHoliday(value, entry) with { Next = flag == "next" }, NeedsContext = word.NeedsContext || context },
            "season" => word with { Season = Number(), NeedsContext = word.NeedsContext || context },
            "decade" => word with { Decade = Number() },
            "quarter-word" => word with { YearPartMonths = value == "-" ? 3 : Number() },
            "era" => word with { Era = value == "hijri" ? DateCalendar.Hijri : DateCalendar.Gregorian },
            "year-word" => word with { Introducers = word.Introducers | DateIntroducer.YearWord, IsDual = word.IsDual || flag == "two" },
            "month-word" => word with { Introducers = word.Introducers | DateIntroducer.MonthWord },
            "day-word" => word with { Introducers = word.Introducers | DateIntroducer.DayWord, IsDual = word.IsDual || flag == "two", NeedsContext = word.NeedsContext || context },
            "agreeing" => word with { Introducers = word.Introducers | DateIntroducer.Agreeing },
            "since" => word with { Introducers = word.Introducers | DateIntroducer.Since },
            "during" => word with { Introducers = word.Introducers | DateIntroducer.During },
            "ago" => word with { Introducers = word.Introducers | DateIntroducer.Ago },
            "after" => word with { Introducers = word.Introducers | DateIntroducer.After },
            "future-cue" => word with { Introducers = word.Introducers | DateIntroducer.FutureCue },
            "coming-cue" => word with { Introducers = word.Introducers | DateIntroducer.ComingCue },
            "year-cue" => word with { Introducers = word.Introducers | DateIntroducer.YearCue },
            "count-cue" => word with { Introducers = word.Introducers | DateIntroducer.CountCue },
            "forward" => word with { Introducers = word.Introducers | DateIntroducer.Forward },
            _ => throw new InvalidOperationException(ArabicNewsMessages.BadLexiconEntry("date-words.tsv", entry)),
        };
    }
}
