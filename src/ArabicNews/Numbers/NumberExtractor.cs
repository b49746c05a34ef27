using System;
using System.Buffers;
using System.Collections.Generic;
using ArabicNews.Annotations;
using ArabicNews.Normalization;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <summary>
/// Finds the quantities of a text: numbers in digits or words (with their scale words and clitics), with the
/// qualifier before or after them ("أكثر من 600 ألف", "نحو 20 مليون", "5% تقريباً") and percentages
/// ("خمسة في المئة", "٣٫٥٪"). Spans point into the original text, qualifier words included.
/// </summary>
/// <remarks>
/// Also ranges ("ثمانية إلى عشرة آلاف", "بين 10 و20", "10-20"), money and units after the number
/// ("5.5 مليار دولار", "500 كيلومتر مربع", "$5"), and vague quantities ("عشرات", "مئات الملايين").
/// Ordinals ("الخامس", "رابع أكبر", "الحادي عشر") are mentions of their own kind, except inside month
/// names ("تشرين الأول"). Numeric dates ("2024-11-02", "02/11/2024") are left to the date extractor.
/// Instances are immutable and thread-safe; extraction runs in time linear in the text.
/// </remarks>
[Immutable]
public sealed class NumberExtractor
{
    /// <summary>Creates an extractor.</summary>
    /// <param name="options">What to report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public NumberExtractor(NumberExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>Gets the shared extractor with <see cref="NumberExtractionOptions.Default"/>.</summary>
    public static NumberExtractor Default { get; } = new(NumberExtractionOptions.Default);

    /// <summary>Gets what this extractor reports.</summary>
    public NumberExtractionOptions Options { get; }

    /// <summary>Finds the number mentions of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The mentions, with spans into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<NumberMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(text.AsSpan());
    }

    /// <summary>Finds the number mentions of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The mentions, with spans into <paramref name="text"/>.</returns>
    public IReadOnlyList<NumberMention> Extract(ReadOnlySpan<char> text)
    {

        // The normalized text, its offset map and the words live in rented buffers while extraction runs, so
        // what is allocated is the list of mentions.
        OffsetMap map = ArabicNormalizer.Search.NormalizeRented(text, out char[] rentedText, out int length, out OffsetEdit[]? rentedEdits);
        ReadOnlySpan<char> n = rentedText.AsSpan(0, length);
        ReadOnlySpan<WordToken> tokens = WordTokenizer.Tokenize(n, out WordToken[] buffer);
        var mentions = new List<NumberMention>();
        int i = 0;
        while (i < tokens.Length)
        {
            NumberKind kind;
            decimal? value = null, min = null, max = null;
            int last;
            int start;
            if (TryReadPhrase(n, tokens, i, out last, out NumberPhrase phrase, out int clitic))
            {
                start = tokens[i].Start + clitic;
                kind = NumberKind.Cardinal;
                value = phrase.Value;
                if (TryReadRangeEnd(n, tokens, i, last, out int rangeLast, out NumberPhrase upper, out int introducer))
                {
                    kind = NumberKind.Range;
                    start = introducer >= 0 ? tokens[introducer].Start : start;
                    min = phrase.Value;
                    max = upper.Value;
                    value = null;
                    last = rangeLast;

                    // The scale of the upper end counts the lower end too: "ثمانية إلى عشرة آلاف" is 8,000–10,000.
                    if (!phrase.HasScale && upper.EndsWithScale && min is { } low)
                    {
                        min = low * upper.LastScale;
                    }

                    if (min >= max && IsDashRange(n, tokens, i, last))
                    {
                        // "1995-01", "20-10": a date or a code, not a quantity.
                        i = last + 1;
                        continue;
                    }
                }
            }
            else if (TryReadVague(n, tokens, i, out last, out clitic, out decimal lowerBound))
            {
                start = tokens[i].Start + clitic;
                kind = NumberKind.Vague;
                min = lowerBound;
            }
            else if (Options.IncludeDualNouns && tokens[i].Length > 3 && DualNouns.Words.TryGetWithArticle(tokens[i].Span.Slice(n), out _, out clitic))
            {
                mentions.Add(Mention(map, tokens[i].Start + clitic, tokens[i].End, NumberKind.Cardinal, 2));
                i++;
                continue;
            }
            else if (TryReadOrdinal(n, tokens, i, out last, out clitic, out int position))
            {
                mentions.Add(Mention(map, tokens[i].Start + clitic, tokens[last].End, NumberKind.Ordinal, position));
                i = last + 1;
                continue;
            }
            else
            {
                i++;
                continue;
            }

            string? unit = null;
            NumberQualifier qualifier = NumberQualifier.Exact;
            if (NumberMarkers.After.TryMatchAfter(n, tokens, last, out int markerLast, out NumberMarker after) && after.IsPercent)
            {
                (kind, unit) = kind == NumberKind.Range ? (kind, "%") : (NumberKind.Percent, null);
                last = markerLast;
            }
            else if (Units.After.TryMatchAfter(n, tokens, last, out int unitLast, out (string Code, bool IsCurrency) found)
                || (kind == NumberKind.Vague && TryMatchVagueUnit(n, tokens, last, out unitLast, out found)))
            {
                unit = found.Code;
                kind = kind is NumberKind.Range or NumberKind.Vague ? kind : found.IsCurrency ? NumberKind.Money : NumberKind.Quantity;
                last = unitLast;
            }
            else if ((CurrencySymbol(n, tokens[i].Start - 1) ?? CurrencySymbol(n, tokens[last].End)) is { } symbol)
            {
                unit = symbol;
                kind = kind is NumberKind.Range or NumberKind.Vague ? kind : NumberKind.Money;
            }

            if (NumberMarkers.After.TryMatchAfter(n, tokens, last, out markerLast, out after) && !after.IsPercent)
            {
                qualifier = after.Qualifier;
                last = markerLast;
            }

            if (kind is not (NumberKind.Vague or NumberKind.Range) && IsNegated(n, tokens, i, out int signStart))
            {
                // "-5", "سالب خمسة", "ناقص 3": the sign belongs to the number.
                value = -value;
                start = signStart;
            }

            if (NumberMarkers.Before.TryMatchBefore(n, tokens, i, out int beforeStart, out int markerClitic, out NumberMarker before)
                && !before.IsPercent)
            {
                qualifier = before.Qualifier;
                start = tokens[beforeStart].Start + markerClitic;
            }

            TextSpan span = map.ToOriginal(TextSpan.FromBounds(start, tokens[last].End));
            mentions.Add(new NumberMention(span.Start, span.Length, kind, value, min, max, unit, qualifier));
            i = last + 1;
        }

        ArrayPool<WordToken>.Shared.Return(buffer);
        ArrayPool<char>.Shared.Return(rentedText);
        if (rentedEdits is not null)
        {
            ArrayPool<OffsetEdit>.Shared.Return(rentedEdits);
        }

        return mentions;
    }

    private static bool IsDashRange(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int first, int last) =>
        last > first && tokens[last].Start - tokens[last].GapStart == 1 && text[tokens[last].GapStart] == '-';

    // The upper end of a range whose lower end is tokens [first, last]: "X إلى Y", "من X إلى Y", "X حتى Y",
    // "بين X و Y" (with و apart or attached), "X-Y" for digits.
    // `introducer` is the word that opens the range (بين، من), which the mention's span includes; -1 if none.
    private static bool TryReadRangeEnd(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int first, int last, out int rangeLast, out NumberPhrase upper, out int introducer)
    {
        rangeLast = last;
        upper = default;
        introducer = -1;
        int next = last + 1;
        if (next >= tokens.Length)
        {
            return false;
        }

        WordToken token = tokens[next];
        ReadOnlySpan<char> word = token.Span.Slice(text);
        bool dash = token.Start - token.GapStart == 1 && text[token.GapStart] == '-' && char.IsAsciiDigit(text[tokens[last].End - 1]);
        if (dash)
        {
            // "10-20" rises; "1995-01" or "20-10" is a date or a code, not a range.
            return TryReadPhrase(text, tokens, next, out rangeLast, out upper, out _);
        }

        if (!token.SpacedFromPrevious)
        {
            return false;
        }

        if (word is "الي" or "حتي")
        {
            if (first > 0 && tokens[first].SpacedFromPrevious && tokens[first - 1].Span.Slice(text) is "من" or "ومن")
            {
                introducer = first - 1;
            }

            return next + 1 < tokens.Length && tokens[next + 1].SpacedFromPrevious
                && TryReadPhrase(text, tokens, next + 1, out rangeLast, out upper, out _);
        }

        bool afterBetween = first > 0 && tokens[first].SpacedFromPrevious && tokens[first - 1].Span.Slice(text) is "بين" or "وبين";
        if (!afterBetween)
        {
            return false;
        }

        introducer = first - 1;

        if (word is "و")
        {
            return next + 1 < tokens.Length && tokens[next + 1].SpacedFromPrevious
                && TryReadPhrase(text, tokens, next + 1, out rangeLast, out upper, out _);
        }

        return word.Length > 1 && word[0] == 'و' && TryReadPhrase(text, tokens, next, out rangeLast, out upper, out _);
    }

    // A quantity named by its order alone: عشرات، مئات، آلاف، ملايين (with clitics), and a scale with the
    // article after it ("مئات الآلاف", "بعشرات الملايين"). The lower bound is three of the unit, the least
    // that the Arabic plural counts.
    private static bool TryReadVague(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last, out int clitic, out decimal lowerBound)
    {
        last = index;
        lowerBound = 0;
        bool conjunction = false;
        if (!NumberPhraseParser.TryReadToken(tokens[index].Span.Slice(text), ref conjunction, out NumberWord word, out _, out bool isLiteral, out clitic)
            || isLiteral || word.Form != NumberWordForm.Many)
        {
            return false;
        }

        lowerBound = 3 * word.Value;
        int next = index + 1;
        while (next < tokens.Length && tokens[next].SpacedFromPrevious)
        {
            ReadOnlySpan<char> following = tokens[next].Span.Slice(text);
            if (!following.StartsWith("ال") || !NumberLexicon.TryGet(following[2..], out NumberWord scale)
                || scale.Kind != NumberWordKind.Scale || scale.Form != NumberWordForm.Many)
            {
                break;
            }

            lowerBound *= scale.Value;
            last = next;
            next++;
        }

        return true;
    }

    // An ordinal word, with the article and clitics; then عشر for a teen ("الحادي عشر") or و and a ten for a
    // compound ("الخامس والعشرون"); or a ten with the article alone ("العشرين"). An ordinal inside a month name
    // (تشرين الأول، كانون الثاني، ربيع الأول، جمادى الآخرة) belongs to a date, and "أول أمس" is a relative date.
    private static bool TryReadOrdinal(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last, out int clitic, out int position)
    {
        last = index;
        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        position = 0;
        if (!OrdinalLexicon.Words.TryGetWithArticle(word, out (int Value, bool CompoundOnly) ordinal, out clitic))
        {
            clitic = word.StartsWith("وال") || word.StartsWith("بال") ? 1 : 0;
            return word[clitic..].StartsWith("ال") && NumberLexicon.TryGet(word[(clitic + 2)..], out NumberWord ten)
                && ten is { Kind: NumberWordKind.Ten, Form: NumberWordForm.None, Value: >= 20 }
                && (position = (int)ten.Value) > 0;
        }

        (position, bool compoundOnly) = ordinal;
        if (index > 0 && tokens[index].SpacedFromPrevious && tokens[index - 1].Span.Slice(text) is "تشرين" or "كانون" or "ربيع" or "جمادي")
        {
            return false;
        }

        bool compound = false;
        if (index + 1 < tokens.Length && tokens[index + 1].SpacedFromPrevious && position < 10)
        {
            ReadOnlySpan<char> next = tokens[index + 1].Span.Slice(text);
            if (next is "امس")
            {
                return false;
            }

            if (next is "عشر" or "عشره")
            {
                position += 10;
                last = index + 1;
                compound = true;
            }
            else if (TryReadOrdinalTen(text, tokens, index + 1, out int tenLast, out int ten))
            {
                position += ten;
                last = tenLast;
                compound = true;
            }
        }

        return compound || !compoundOnly;
    }

    // "والعشرون", "و العشرين", "وعشرون": the ten of a compound ordinal, after its unit.
    private static bool TryReadOrdinalTen(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last, out int ten)
    {
        last = index;
        ten = 0;
        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        if (word is "و" && index + 1 < tokens.Length && tokens[index + 1].SpacedFromPrevious)
        {
            last = index + 1;
            word = tokens[last].Span.Slice(text);
        }
        else if (word.Length > 1 && word[0] == 'و')
        {
            word = word[1..];
        }
        else
        {
            return false;
        }

        if (word.StartsWith("ال"))
        {
            word = word[2..];
        }

        if (NumberLexicon.TryGet(word, out NumberWord entry) && entry is { Kind: NumberWordKind.Ten, Form: NumberWordForm.None, Value: >= 20 })
        {
            ten = (int)entry.Value;
            return true;
        }

        return false;
    }

    private static NumberMention Mention(OffsetMap map, int start, int end, NumberKind kind, decimal value)
    {
        TextSpan span = map.ToOriginal(TextSpan.FromBounds(start, end));
        return new NumberMention(span.Start, span.Length, kind, value, null, null, null, NumberQualifier.Exact);
    }

    // The unit of a vague quantity, definite and often after من: "مئات الملايين من الدولارات", "مئات الكيلومترات المربعة".
    private static bool TryMatchVagueUnit(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int last, out int unitLast, out (string Code, bool IsCurrency) found)
    {
        if (Units.After.TryMatchAfter(text, tokens, last, out unitLast, out found, definite: true))
        {
            return true;
        }

        return last + 1 < tokens.Length && tokens[last + 1].SpacedFromPrevious && tokens[last + 1].Span.Slice(text) is "من"
            && Units.After.TryMatchAfter(text, tokens, last + 1, out unitLast, out found, definite: true);
    }

    // A minus sign right before digits, at the start or after a space, or the words سالب and ناقص before.
    private static bool IsNegated(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int signStart)
    {
        WordToken token = tokens[index];
        signStart = token.Start;
        if (char.IsAsciiDigit(text[token.Start]) && token.Start > 0 && text[token.Start - 1] == '-'
            && (token.Start == 1 || text[token.Start - 2] == ' ' || text[token.Start - 2] == '\n'))
        {
            signStart = token.Start - 1;
            return true;
        }

        if (index > 0 && token.SpacedFromPrevious && tokens[index - 1].Span.Slice(text) is "سالب" or "ناقص")
        {
            signStart = tokens[index - 1].Start;
            return true;
        }

        return false;
    }

    // A currency sign written next to the digits: "$5", "5€".
    private static string? CurrencySymbol(ReadOnlySpan<char> text, int index) =>
        index < 0 || index >= text.Length ? null : text[index] switch
        {
            '$' => "USD",
            '€' => "EUR",
            '£' => "GBP",
            '¥' => "JPY",
            _ => null,
        };

    // The longest number phrase that starts at token `first`: words joined by spaces, and a separate و
    // before a word that continues the phrase.
    // The span of a mention starts after the clitics of its first word (و، ب، ال): `clitic` counts them.
    private static bool TryReadPhrase(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int first, out int last, out NumberPhrase phrase, out int clitic)
    {
        last = first;
        phrase = default;
        clitic = 0;
        ReadOnlySpan<char> word = tokens[first].Span.Slice(text);
        if (IsStandaloneOne(word, text, tokens, first) || IsPartOfNumericDate(text, tokens, first))
        {
            return false;
        }

        // Thousands grouped by spaces: "1 414 021 100" (a first group of one to three digits, then groups of three).
        int groups = SpaceGroupedDigits(text, tokens, first);
        if (groups > 1)
        {
            Span<char> digits = stackalloc char[3 * groups];
            int length = 0;
            for (int k = first; k < first + groups; k++)
            {
                tokens[k].Span.Slice(text).CopyTo(digits[length..]);
                length += tokens[k].Length;
            }

            last = first + groups - 1;
            return phrase.TryAdd(digits[..length], conjunction: false);
        }

        if (!phrase.TryAdd(word, conjunction: false, out clitic))
        {
            return false;
        }

        int next = first + 1;
        while (next < tokens.Length && tokens[next].SpacedFromPrevious)
        {
            ReadOnlySpan<char> candidate = tokens[next].Span.Slice(text);
            if (candidate is "و")
            {
                if (next + 1 < tokens.Length && tokens[next + 1].SpacedFromPrevious
                    && !IsPartOfNumericDate(text, tokens, next + 1)
                    && phrase.TryAdd(tokens[next + 1].Span.Slice(text), conjunction: true))
                {
                    last = next + 1;
                    next += 2;
                    continue;
                }

                break;
            }

            if (IsPartOfNumericDate(text, tokens, next) || !phrase.TryAdd(candidate, conjunction: false))
            {
                break;
            }

            last = next;
            next++;
        }

        return true;
    }

    // How many space-separated digit groups start at `first`: 1 unless they read as one number with its
    // thousands set apart by spaces (a first group of 1–3 digits, then groups of exactly 3).
    private static int SpaceGroupedDigits(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int first)
    {
        if (!IsDigits(tokens[first].Span.Slice(text), 1, 3) || (first > 0 && tokens[first].SpacedFromPrevious && IsDigits(tokens[first - 1].Span.Slice(text), 1, 3)))
        {
            return 1;
        }

        int count = 1;
        while (first + count < tokens.Length && count < 7 && tokens[first + count].SpacedFromPrevious
            && tokens[first + count].Start - tokens[first + count].GapStart == 1
            && IsDigits(tokens[first + count].Span.Slice(text), 3, 3))
        {
            count++;
        }

        return count;
    }

    private static bool IsDigits(ReadOnlySpan<char> word, int min, int max)
    {
        if (word.Length < min || word.Length > max)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // أحد and إحدى alone mean "one of" ("أحد الجنود", "بإحدى المدن"); they count only in a teen ("أحد عشر").
    private static bool IsStandaloneOne(ReadOnlySpan<char> word, ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index) =>
        word is "احد" or "احدي" or "باحد" or "باحدي" or "لاحد" or "لاحدي"
        && (index + 1 >= tokens.Length || tokens[index + 1].Span.Slice(text) is not ("عشر" or "عشره"));

    // Digits joined to other digits by '/' (02/11/2024), or in a chain of three by '-' (2024-11-02), are a date,
    // left to the date extractor; two joined by '-' are a range ("10-20").
    private static bool IsPartOfNumericDate(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index)
    {
        if (!char.IsAsciiDigit(text[tokens[index].Start]))
        {
            return false;
        }

        int chain = 1;
        bool slash = false;
        for (int k = index; k > 0 && JoinedDigits(text, tokens, k, ref slash); k--)
        {
            chain++;
        }

        for (int k = index + 1; k < tokens.Length && JoinedDigits(text, tokens, k, ref slash); k++)
        {
            chain++;
        }

        return slash || chain >= 3;
    }

    // Whether token k is digits joined to the digits before it by one '-' or '/'.
    private static bool JoinedDigits(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int k, ref bool slash)
    {
        WordToken token = tokens[k];
        if (token.Start - token.GapStart != 1 || text[token.GapStart] is not ('-' or '/')
            || !char.IsAsciiDigit(text[token.Start]) || !char.IsAsciiDigit(text[tokens[k - 1].End - 1]))
        {
            return false;
        }

        slash |= text[token.GapStart] == '/';
        return true;
    }
}
