using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Annotations;
using ArabicNews.Dates;
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
/// names ("تشرين الأول"). Numeric dates ("2024-11-02", "02/11/2024") and the numbers of a calendar date ("27 مايو",
/// "عام 1949") are left to <see cref="DateExtractor"/>; the count of a length of time or of units from today
/// ("منذ ثلاث سنوات", "قبل 12 شهرا") is a number as well as part of a date.
/// Instances are immutable and thread-safe; extraction runs in time linear in the text.
/// </remarks>
[Immutable]
public sealed partial class NumberExtractor
{
    /// <summary>Creates an extractor.</summary>
    /// <param name="options">What to report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public NumberExtractor(NumberExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    private static readonly WordEndings s_endings = new(
        NumberLexicon.Words.Keys.Concat(NumberLexicon.Words.Keys.Select(word => "ال" + word))
            .Concat(OrdinalLexicon.Words.Words.Keys).Concat(DualNouns.Words.Words.Keys));

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
        using var words = NormalizedWords.Create(text);
        OffsetMap map = words.Map;
        ReadOnlySpan<char> n = words.Text;
        ReadOnlySpan<WordToken> tokens = words.Tokens;
        var mentions = new List<NumberMention>();

        // The last mention that bounds its number on one side ("أكثر من 10"), and where it ends in the
        // normalized text: a bound on the other side right after it makes the two a range ("وأقل من 20").
        int boundIndex = -1;
        int boundEnd = -1;

        // The countries the text names, read once when a bare currency name first needs them.
        List<(string Name, string Code)>? countries = null;

        // Calendar dates own their digits and number words ("27 مايو", "عام 1949"): numbers never overlap them.
        var dates = new List<RawDate>();
        new DateRecognizer(n, tokens).Recognize(dates);
        int nextDate = 0;
        int i = 0;
        while (i < tokens.Length)
        {
            while (nextDate < dates.Count && dates[nextDate].End <= tokens[i].Start)
            {
                nextDate++;
            }

            // A length of time or a count of units from today ("منذ ثلاث سنوات", "قبل 12 شهرا", "الأيام الخمسة
            // الماضية") keeps its count as a number; any other date owns its digits and number words, and a word whose
            // clitic the date leaves out ("و15 يونيو", "و1973").
            bool insideCount = false;
            if (nextDate < dates.Count && tokens[i].End > dates[nextDate].Start)
            {
                if (!CountsUnits(dates[nextDate]))
                {
                    i++;
                    continue;
                }

                insideCount = true;
            }

            if (IsUrlStart(n, tokens[i]))
            {
                // Digits in a link ("…?id=305&q=30%25") are not quantities.
                int urlEnd = n[tokens[i].Start..].IndexOfAny(' ', '\n') is int gap and >= 0 ? tokens[i].Start + gap : n.Length;
                while (i < tokens.Length && tokens[i].Start < urlEnd)
                {
                    i++;
                }

                continue;
            }

            // Most words are no number word, ordinal or dual noun: one bit test passes over them.
            ReadOnlySpan<char> head = tokens[i].Span.Slice(n);
            if (!char.IsAsciiDigit(head[^1]) && !s_endings.MayEndLike(head) && !char.IsAsciiDigit(head[0]) && !(head.Length > 2 && char.IsAsciiDigit(head[1])))
            {
                i++;
                continue;
            }

            if (IsTelephoneNumber(n, tokens, i, out int phoneLast) || IsSpacedNumericDate(n, tokens, i, out phoneLast))
            {
                i = phoneLast + 1;
                continue;
            }

            if (TryReadNounAndHalf(n, tokens, i, out int noun, out int nounClitic, out int halfWord, out decimal nounAndHalf))
            {
                // "ساعة ونصف", "العام والنصف", "ساعتين ونصف", with a bound before the noun ("لا يتجاوز العام والنصف").
                int from = tokens[noun].Start + nounClitic;
                NumberQualifier bound = NumberQualifier.Exact;
                if (NumberMarkers.Before.TryMatchBefore(n, tokens, noun, out int boundFirst, out int boundClitic, out NumberMarker boundMarker) && !boundMarker.IsPercent)
                {
                    bound = boundMarker.Qualifier;
                    from = tokens[boundFirst].Start + boundClitic;
                }

                TextSpan halfSpan = map.ToOriginal(TextSpan.FromBounds(from, tokens[halfWord].End));
                if (mentions.Count > 0 && mentions[^1].Span.End > halfSpan.Start)
                {
                    i = halfWord + 1;
                    continue;
                }

                mentions.Add(new NumberMention(halfSpan.Start, halfSpan.Length, NumberKind.Cardinal, nounAndHalf, null, null, null, bound));
                boundIndex = -1;
                i = halfWord + 1;
                continue;
            }

            NumberKind kind;
            decimal? value = null, min = null, max = null;
            int last;
            int start;
            int gluedFirst = -1, gluedClitic = 0;
            NumberMarker gluedMarker = default;
            (string? Code, bool IsCurrency)? gluedUnit = null;
            int cutEnd = -1;
            if (TryReadPhrase(n, tokens, i, out last, out NumberPhrase phrase, out int clitic)
                && (last > i || !IsHomograph(head, clitic)))
            {
                start = tokens[i].Start + clitic;
                kind = NumberKind.Cardinal;
                value = phrase.Value;
                if (last >= i + 1 && tokens[last].Span.Slice(n) is "ونصف" or "نصف" && last + 1 < tokens.Length && tokens[last + 1].SpacedFromPrevious
                    && tokens[last + 1].Span.Slice(n) is ['ا', 'ل', .. var scaleWord]
                    && NumberLexicon.TryGet(scaleWord, out NumberWord again) && again.Kind == NumberWordKind.Scale && again.Value == phrase.LastScale)
                {
                    last++; // "مليون ونصف المليون ريال", "ثلاثة ملايين ونصف المليون": the scale again after the half
                }

                bool negated = IsNegated(n, tokens, i, out int signStart);
                int lead = negated && signStart < tokens[i].Start - 1 ? i - 1 : i;
                if (TryReadRangeEnd(n, tokens, lead, last, out int rangeLast, out NumberPhrase upper, out int introducer))
                {
                    kind = NumberKind.Range;
                    start = introducer >= 0 ? tokens[introducer].Start : negated ? signStart : start;
                    min = negated ? -phrase.Value : phrase.Value;
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
                        // "1995-01", "20-10", "2 - 1": a date, a code or a score, not a quantity.
                        i = last + 1;
                        continue;
                    }

                    if (min > max && introducer >= 0 && tokens[introducer].Span.Slice(n) is "بين" or "وبين" or "ما")
                    {
                        (min, max) = (max, min); // "بين 9300 و9250": between has no direction
                    }
                }
                else if (TryReadFraction(n, tokens, last, value, out int fractionLast, out decimal? fraction)
                    || TryReadPower(n, tokens, i, last, value, out fractionLast, out fraction))
                {
                    value = fraction;
                    last = fractionLast;
                }
                else if (last == i && ((clitic == 0 && IsFractionOfDefinite(n, tokens, i, out decimal part))
                    || IsVowelledAsFraction(map.ToOriginal(TextSpan.FromBounds(start, tokens[i].End)).Slice(text), n[start..tokens[i].End], out part)))
                {
                    value = part;
                }
                else if (IsBracketed(n, tokens, i, last) && last + 1 < tokens.Length
                    && NumberLexicon.TryGet(tokens[last + 1].Span.Slice(n), out NumberWord scale) && scale.Kind == NumberWordKind.Scale
                    && phrase.TryAdd(tokens[last + 1].Span.Slice(n), conjunction: false))
                {
                    // "(100) ألف ريال": digits in brackets, then the scale word that counts them.
                    value = phrase.Value;
                    last++;
                }
            }
            else if (!insideCount && TryReadGluedSuffix(n, tokens, i, out clitic, out decimal? suffixed, out gluedUnit, out int digitsEnd))
            {
                // "120مليار", "168سم", "100وظيفة": digits with a scale, a unit or the counted noun glued after them.
                start = tokens[i].Start + clitic;
                last = i;
                kind = gluedUnit is { } u ? (u.IsCurrency ? NumberKind.Money : NumberKind.Quantity) : NumberKind.Cardinal;
                value = suffixed;
                cutEnd = digitsEnd;
            }
            else if (!insideCount && TryReadGlued(n, tokens, i, out last, out int digitsAt, out NumberPhrase glued, out gluedFirst, out gluedClitic, out gluedMarker))
            {
                // "بحد أقصى600 ريال": a qualifier glued to its number.
                start = tokens[i].Start + digitsAt;
                kind = NumberKind.Cardinal;
                value = glued.Value;
            }
            else if (insideCount && TryReadDefiniteCount(n, tokens, i, out last, out clitic, out decimal unitCount))
            {
                // "الأعوام الأربعة الماضية": a count after its definite noun counts the units too.
                start = tokens[i].Start + clitic;
                kind = NumberKind.Cardinal;
                value = unitCount;
            }
            else if (insideCount)
            {
                // Inside a date only the count is a number: not a dual, a vague amount or an ordinal.
                i++;
                continue;
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
            else if (!IsTensBeforeCountedNoun(n, tokens, i) && TryReadOrdinal(n, tokens, i, out last, out clitic, out int position))
            {
                if (IsOrdinalHomograph(n, tokens, i, last))
                {
                }
                else if (last + 2 < tokens.Length && tokens[last + 1].SpacedFromPrevious && tokens[last + 2].SpacedFromPrevious
                    && tokens[last + 1].Span.Slice(n) is "الي" or "حتي" or "وحتي"
                    && TryReadOrdinal(n, tokens, last + 2, out int upperLast, out _, out int upper) && upper > position)
                {
                    // "المركز الأول وحتى الخامس": ranks from one to another.
                    TextSpan ranks = map.ToOriginal(TextSpan.FromBounds(tokens[i].Start + clitic, tokens[upperLast].End));
                    mentions.Add(new NumberMention(ranks.Start, ranks.Length, NumberKind.Range, null, position, upper, null, NumberQualifier.Exact));
                    last = upperLast;
                }
                else
                {
                    mentions.Add(Mention(map, tokens[i].Start + clitic, tokens[last].End, NumberKind.Ordinal, position));
                }

                i = last + 1;
                continue;
            }
            else if (TryReadDefiniteCount(n, tokens, i, out last, out clitic, out decimal count))
            {
                start = tokens[i].Start + clitic;
                kind = NumberKind.Cardinal;
                value = count;
            }
            else
            {
                i++;
                continue;
            }

            // A number alone in brackets ("(60)", "( 12.400.500 )") is read as if they were spaces: the unit after
            // the closing one and the qualifier before the opening one are its own.
            bool closed = IsBracketed(n, tokens, i, last);
            int numberLast = last;
            bool opened = closed || (last > i && IsBracketed(n, tokens, i, last - 1));
            string? unit = gluedUnit?.Code;
            NumberQualifier qualifier = NumberQualifier.Exact;
            int beforeUnit = last;
            int markerLast;
            NumberMarker after;
            if (cutEnd >= 0 || gluedUnit is not null)
            {
                // A counted noun or a unit glued to the digits: nothing after them is the number's unit.
            }
            else if (NumberMarkers.After.TryMatchAfter(n, tokens, last, out markerLast, out after, bracketed: closed) && after.IsPercent)
            {
                (kind, unit) = kind == NumberKind.Range ? (kind, "%") : (NumberKind.Percent, null);
                last = markerLast;
            }
            else if (Units.After.TryMatchAfter(n, tokens, last, out int unitLast, out (string? Code, bool IsCurrency) found, bracketed: closed)
                || (kind == NumberKind.Vague && TryMatchVagueUnit(n, tokens, last, out unitLast, out found)))
            {
                unit = found.Code;
                kind = kind is NumberKind.Range or NumberKind.Vague || unit is null ? kind : found.IsCurrency ? NumberKind.Money : NumberKind.Quantity;
                last = unitLast;
            }
            else if ((CurrencySymbol(n, tokens[i].Start - 1) ?? CurrencySymbol(n, tokens[last].End)) is { } symbol)
            {
                unit = symbol;
                kind = kind is NumberKind.Range or NumberKind.Vague ? kind : NumberKind.Money;
            }

            // A bare دينار, درهم, ليرة or جنيه is the currency of the one country that uses it and that the text names.
            if (kind != NumberKind.Percent
                && CurrencyCountries.Forms.TryMatchAfter(n, tokens, beforeUnit, out int bareLast, out string bare, bracketed: closed)
                && (unit is null || bareLast == last)
                && CurrencyCountries.Resolve(bare, n, tokens, ref countries) is { } code)
            {
                unit = code;
                kind = kind is NumberKind.Range or NumberKind.Vague ? kind : NumberKind.Money;
                last = bareLast;
            }

            // A half after the noun the number counts, or after its unit: "أربع ساعات ونصف", "5 كيلومترات ونصف".
            if (kind is NumberKind.Cardinal or NumberKind.Quantity or NumberKind.Money && value is { } whole && whole > 0 && decimal.IsInteger(whole)
                && TryReadHalfAfter(n, tokens, last + 1, unit is null, out int halfLast))
            {
                value = whole + 0.5m;
                last = halfLast;
            }

            // A qualifier after the number ("أو أكثر", "تقريباً"), or after the noun it counts ("20 هدفا أو أكثر",
            // "200 ألف شخص على الأقل"), unless its last word opens another number's qualifier: in "5000 أو أكثر
            // من 4500" the "أكثر من" is 4500's.
            bool orEqual = false;
            if (NumberMarkers.After.TryMatchAfter(n, tokens, last, out markerLast, out after, bracketed: closed && unit is null) && !after.IsPercent
                && !OpensAnotherNumber(n, tokens, markerLast))
            {
                qualifier = after.Qualifier;
                orEqual = after.OrEqual;
                last = markerLast;
            }
            else if (unit is null && kind is not (NumberKind.Vague or NumberKind.Range) && IsCountedNoun(n, tokens, last + 1)
                && NumberMarkers.After.TryMatchAfter(n, tokens, last + 1, out markerLast, out after) && !after.IsPercent && !after.OrEqual
                && after.Qualifier != NumberQualifier.Exact && !OpensAnotherNumber(n, tokens, markerLast))
            {
                qualifier = after.Qualifier;
                last = markerLast;
            }

            if (kind is not (NumberKind.Vague or NumberKind.Range) && IsNegated(n, tokens, i, out int negativeStart))
            {
                // "-5", "سالب خمسة", "ناقص 3": the sign belongs to the number.
                value = -value;
                start = negativeStart;
            }

            if (gluedFirst >= 0)
            {
                qualifier = gluedMarker.Qualifier;
                start = tokens[gluedFirst].Start + gluedClitic;
            }
            else if (NumberMarkers.Before.TryMatchBefore(n, tokens, i, out int beforeStart, out int markerClitic, out NumberMarker before, bracketed: opened)
                || (i > 1 && tokens[i - 1].Span.Slice(n) is "ال" && tokens[i].SpacedFromPrevious
                    && NumberMarkers.Before.TryMatchBefore(n, tokens, i - 1, out beforeStart, out markerClitic, out before))) // "تتجاوز الـ 60%"
            {
                if (before.IsMagnitude)
                {
                    // "بقوة 4.3 درجات": the strength of an earthquake, whose degrees are no unit.
                    (kind, unit) = unit == "°" ? (NumberKind.Cardinal, null) : (kind, unit);
                }
                else if (!before.IsPercent)
                {
                    // "أقل من 5000 أو يساوي": the bound includes the number. A bound after the number outweighs
                    // "يساوي" or "حوالي" before it ("حوالي 500 أو أقل" is at most 500).
                    qualifier = (before.Qualifier, orEqual) switch
                    {
                        (NumberQualifier.MoreThan, true) => NumberQualifier.AtLeast,
                        (NumberQualifier.LessThan, true) => NumberQualifier.AtMost,
                        (NumberQualifier.Exact or NumberQualifier.Approximate, _) when qualifier is not (NumberQualifier.Exact or NumberQualifier.Approximate) => qualifier,
                        _ => before.Qualifier,
                    };
                    start = tokens[beforeStart].Start + markerClitic;
                }
                else if (kind == NumberKind.Cardinal)
                {
                    // "نسبة ١٠", "بالمئة 10": the word before makes the number a percentage.
                    kind = NumberKind.Percent;
                    start = tokens[beforeStart].Start + markerClitic;
                }
            }
            else if (kind is not (NumberKind.Vague or NumberKind.Range) && TryComparisonSign(n, start, out int signAt, out NumberQualifier compared))
            {
                qualifier = compared;
                start = signAt;
            }
            else if (kind is not (NumberKind.Vague or NumberKind.Range) && qualifier == NumberQualifier.Exact && TrySplitBound(n, tokens, i, out NumberQualifier split))
            {
                // "يقل وزنها الإجمالي عن 3500 كيلوجرام": the verb's bound, past its subject (the span stays the number's).
                qualifier = split;
            }

            // "لا تتجاوز (60)": a span that holds the opening bracket holds the closing one.
            int end = cutEnd >= 0 && last == i ? cutEnd : tokens[last].End;
            if (closed && last == numberLast && start < tokens[i].GapStart)
            {
                end += n[end..(last + 1 < tokens.Length ? tokens[last + 1].Start : n.Length)].IndexOfAny(")»\"”]") + 1;
            }

            TextSpan span = map.ToOriginal(TextSpan.FromBounds(start, end));
            var mention = new NumberMention(span.Start, span.Length, kind, value, min, max, unit, qualifier);
            if (boundIndex == mentions.Count - 1 && boundIndex >= 0 && IsConjunctionGap(n, boundEnd, start)
                && TryJoinBounds(mentions[boundIndex], mention, out NumberMention range))
            {
                // "أكبر من 10 وأصغر من 20", "لا أكثر من 50 ولا أقل من 20": two bounds of one range.
                mentions[boundIndex] = range;
                boundIndex = -1;
            }
            else
            {
                mentions.Add(mention);
                bool bound = kind != NumberKind.Range && qualifier is not (NumberQualifier.Exact or NumberQualifier.Approximate);
                boundIndex = bound ? mentions.Count - 1 : -1;
            }

            boundEnd = tokens[last].End;
            i = last + 1;
        }

        return mentions;
    }

    private static bool IsDashRange(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int first, int last) =>
        last > first && IsDashGap(text, tokens, last);

    // Digits on both sides of one dash or tilde: "10-20", "1000 - 5000", "20~100", "20 ~ 100".
    private static bool IsDashGap(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index)
    {
        WordToken token = tokens[index];
        if (index == 0 || !char.IsAsciiDigit(text[token.Start]) || !char.IsAsciiDigit(text[tokens[index - 1].End - 1]))
        {
            return false;
        }

        ReadOnlySpan<char> gap = text[token.GapStart..token.Start];
        return gap.Length <= 3 && gap.Trim(' ') is "-" or "~" or "\u2013" && (gap.Length == 1 || gap[0] == ' ');
    }

    // "http://…", "https://…", "www.…": the start of a link.
    private static bool IsUrlStart(ReadOnlySpan<char> text, WordToken token)
    {
        ReadOnlySpan<char> word = token.Span.Slice(text);
        ReadOnlySpan<char> rest = text[token.End..];
        return word is "http" or "https" ? rest.StartsWith("://") : word is "www" && rest.StartsWith(".");
    }

    // A fraction after its numerator (tokens up to `last`): "واحد على عشرين", "1 على 3", "ثلاثة أجزاء من عشرة",
    // "واحد من كل خمسة" (one in five). "واحد من ثلاثة" is left alone: in news it counts ("one of three men").
    private static bool TryReadFraction(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int last, decimal? numerator, out int fractionLast, out decimal? value)
    {
        fractionLast = last;
        value = null;
        int next = last + 1;
        if (next + 1 >= tokens.Length || !tokens[next].SpacedFromPrevious)
        {
            return false;
        }

        ReadOnlySpan<char> word = tokens[next].Span.Slice(text);
        ReadOnlySpan<char> following = tokens[next + 1].Span.Slice(text);
        int denominatorStart = word switch
        {
            "علي" => next + 1,
            "جزء" or "اجزاء" when following is "من" => next + 2,
            "من" when following is "كل" => next + 2,
            _ => -1,
        };
        if (denominatorStart < 0 || denominatorStart >= tokens.Length || !tokens[denominatorStart].SpacedFromPrevious
            || !TryReadPhrase(text, tokens, denominatorStart, out int denominatorLast, out NumberPhrase denominator, out int clitic)
            || clitic != 0 || denominator.Value == 0)
        {
            return false;
        }

        fractionLast = denominatorLast;
        value = numerator is { } a && denominator.Value is { } b ? a / b : null;
        return true;
    }

    // A power of digits: "1.1^23", "2.5^-1" (the exponent a whole number of up to three digits).
    private static bool TryReadPower(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int first, int last, decimal? mantissa, out int powerLast, out decimal? value)
    {
        powerLast = last;
        value = null;
        int next = last + 1;
        if (last != first || next >= tokens.Length || !char.IsAsciiDigit(text[tokens[first].End - 1]))
        {
            return false;
        }

        ReadOnlySpan<char> gap = text[tokens[next].GapStart..tokens[next].Start];
        ReadOnlySpan<char> exponentText = tokens[next].Span.Slice(text);
        if (gap is not ("^" or "^+" or "^-") || !IsDigits(exponentText, 1, 3))
        {
            return false;
        }

        int exponent = int.Parse(exponentText, NumberStyles.None, CultureInfo.InvariantCulture);
        powerLast = next;
        value = mantissa is { } b ? Power(b, gap[^1] == '-' ? -exponent : exponent) : null;
        return true;
    }

    private static decimal? Power(decimal value, int exponent)
    {
        try
        {
            decimal result = 1;
            for (int k = 0; k < Math.Abs(exponent); k++)
            {
                result = checked(result * value);
            }

            return exponent >= 0 ? result : result == 0 ? null : 1 / result;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // خمس، سبع، تسع and عشر are also the fractions خُمس، سُبع، تُسع، عُشر: before a definite noun they are the
    // fraction ("خمس السكان", a fifth of the population), since a count takes an indefinite plural ("خمس سنوات").
    private static bool IsFractionOfDefinite(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out decimal part)
    {
        part = 0;
        if (index + 1 >= tokens.Length || !tokens[index + 1].SpacedFromPrevious)
        {
            return false;
        }

        ReadOnlySpan<char> noun = tokens[index + 1].Span.Slice(text);
        if (!noun.StartsWith("ال") || noun.Length < 4 || NumberLexicon.TryGet(noun[2..], out _) || OrdinalLexicon.Words.TryGetWithArticle(noun, out _, out _))
        {
            return false;
        }

        part = FractionOf(tokens[index].Span.Slice(text));
        return part != 0;
    }

    private static decimal FractionOf(ReadOnlySpan<char> word) => word switch
    {
        "خمس" => 0.2m,
        "سبع" => 1m / 7,
        "تسع" => 1m / 9,
        "عشر" => 0.1m,
        _ => 0,
    };

    // Whether a number follows the qualifier that ends at `markerLast`, after من, عن or على (its own last word or
    // the next): in "5000 أو أكثر من 4500" the "أكثر من" qualifies 4500.
    private static bool OpensAnotherNumber(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int markerLast)
    {
        int next = markerLast + 1;
        bool preposition = tokens[markerLast].Span.Slice(text) is "من" or "عن" or "علي";
        if (!preposition && next < tokens.Length && tokens[next].Span.Slice(text) is "من" or "عن" or "علي")
        {
            preposition = true;
            next++;
        }

        return preposition && next < tokens.Length && TryReadPhrase(text, tokens, next, out _, out _, out _);
    }

    // A telephone number: '+' then digit groups joined by spaces, dashes or slashes ("+1 222 2222 2222");
    // `last` is its last group.
    private static bool IsTelephoneNumber(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last)
    {
        last = index;
        WordToken token = tokens[index];
        if (token.Start == 0 || text[token.Start - 1] != '+' || !IsDigits(token.Span.Slice(text), 1, 4))
        {
            return false;
        }

        while (last + 1 < tokens.Length && last - index < 6 && IsDigits(tokens[last + 1].Span.Slice(text), 1, 12)
            && text[tokens[last + 1].GapStart..tokens[last + 1].Start].Trim(' ') is "" or "-" or "/")
        {
            last++;
        }

        return last > index;
    }

    // A comparison sign before a number (or its minus sign): ">30", "<= -30", "< = 100". "=>" and "<>" say
    // nothing about a bound.
    private static bool TryComparisonSign(ReadOnlySpan<char> text, int numberStart, out int signStart, out NumberQualifier qualifier)
    {
        signStart = numberStart;
        qualifier = NumberQualifier.Exact;
        Span<char> signs = stackalloc char[2];
        int count = 0;
        int p = numberStart - 1;
        for (int seen = 0; p >= 0 && seen < 4; p--, seen++)
        {
            char c = text[p];
            if (c is '<' or '>' or '=')
            {
                if (count == 2)
                {
                    return false;
                }

                signs[count++] = c;
                signStart = p;
            }
            else if (c != ' ')
            {
                break;
            }
        }

        // Read backwards: "<=" was collected as "=<".
        qualifier = signs[..count] switch
        {
            ">" => NumberQualifier.MoreThan,
            "<" => NumberQualifier.LessThan,
            "=>" => NumberQualifier.AtLeast,
            "=<" => NumberQualifier.AtMost,
            _ => NumberQualifier.Exact,
        };
        return qualifier != NumberQualifier.Exact;
    }

    // A و (or a comma) between two bounds.
    private static bool IsConjunctionGap(ReadOnlySpan<char> text, int end, int start) =>
        end >= 0 && start >= end && text[end..start].Trim(' ') is "و" or "،" or ",";

    // A lower bound and an upper bound, in either order, as one range with the first one's unit.
    private static bool TryJoinBounds(NumberMention first, NumberMention second, out NumberMention range)
    {
        static bool IsLower(NumberQualifier q) => q is NumberQualifier.MoreThan or NumberQualifier.AtLeast;
        static bool IsUpper(NumberQualifier q) => q is NumberQualifier.LessThan or NumberQualifier.AtMost;
        range = default;
        if (second.Kind is NumberKind.Range or NumberKind.Vague || first.Kind != second.Kind
            || !((IsLower(first.Qualifier) && IsUpper(second.Qualifier)) || (IsUpper(first.Qualifier) && IsLower(second.Qualifier))))
        {
            return false;
        }

        (decimal? low, decimal? high) = IsLower(first.Qualifier) ? (first.Value, second.Value) : (second.Value, first.Value);
        if (!(low < high))
        {
            return false; // "أكثر من 40 وأقل من 10" bounds nothing
        }

        string? unit = first.Kind == NumberKind.Percent ? "%" : first.Unit ?? second.Unit;
        range = new NumberMention(first.Start, second.Span.End - first.Start, NumberKind.Range, null, low, high, unit, NumberQualifier.Exact);
        return true;
    }

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
        if (IsDashGap(text, tokens, next))
        {
            // "10-20" rises; "1995-01" or "20-10" is a date or a code, not a range.
            return TryReadPhrase(text, tokens, next, out rangeLast, out upper, out _);
        }

        if (!token.SpacedFromPrevious)
        {
            return false;
        }

        if (word is "الي" or "حتي" or "وحتي")
        {
            if (first > 0 && tokens[first].SpacedFromPrevious && tokens[first - 1].Span.Slice(text) is "من" or "ومن")
            {
                introducer = first - 1;
            }

            // "المركز الـ6 وحتى الـ10": the article written apart before the upper end's digits.
            int upperStart = next + 1 < tokens.Length && tokens[next + 1].Span.Slice(text) is "ال" && next + 2 < tokens.Length
                && char.IsDigit(text[tokens[next + 2].Start]) ? next + 2 : next + 1;
            return upperStart < tokens.Length && tokens[next + 1].SpacedFromPrevious
                && TryReadPhrase(text, tokens, upperStart, out rangeLast, out upper, out _);
        }

        bool afterBetween = first > 0 && tokens[first].SpacedFromPrevious && tokens[first - 1].Span.Slice(text) is "بين" or "وبين";
        if (!afterBetween)
        {
            return false;
        }

        // "ما بين 20 و100": the ما belongs to the range too.
        introducer = first > 1 && tokens[first - 1].SpacedFromPrevious && tokens[first - 2].Span.Slice(text) is "ما" ? first - 2 : first - 1;

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
    internal static bool TryReadOrdinal(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last, out int clitic, out int position)
    {
        last = index;
        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        position = 0;
        // Two clitics before the word: "ولأول مرة", "وبالثاني".
        bool found = OrdinalLexicon.Words.TryGetWithArticle(word, out (int Value, bool CompoundOnly) ordinal, out clitic);
        if (!found && word.Length > 3 && word[0] is 'و' or 'ف' && word[1] is 'ل' or 'ب'
            && OrdinalLexicon.Words.TryGetWithArticle(word[1..], out ordinal, out clitic) && clitic == 1)
        {
            found = true;
            clitic = 2;
        }

        if (!found)
        {
            clitic = word.StartsWith("وال") || word.StartsWith("بال") ? 1 : 0;
            if (!word[clitic..].StartsWith("ال") || !NumberLexicon.TryGet(word[(clitic + 2)..], out NumberWord cardinal))
            {
                return false;
            }

            if (cardinal is { Kind: NumberWordKind.Ten, Form: NumberWordForm.None, Value: >= 20 })
            {
                position = (int)cardinal.Value;
                return true;
            }

            // A hundred with the article after a noun ("الذكرى المئة", "الكتاب المئة والخامس والعشرون"), but
            // not the percent of "في المئة" or "بالمئة".
            bool afterFi = index > 0 && tokens[index - 1].Span.Slice(text) is "في";
            if (cardinal.Kind != NumberWordKind.Hundred || cardinal.Form == NumberWordForm.Many || word.StartsWith("بال") || afterFi || index == 0)
            {
                return false;
            }

            position = (int)cardinal.Value;
            int next = index + 1;
            if (next + 1 < tokens.Length && tokens[next].Span.Slice(text) is "و")
            {
                next++;
            }

            // Then و and the rest of the position: "والخامس والعشرون".
            bool conjunction = tokens[next - 1].Span.Slice(text) is "و" || (next < tokens.Length && tokens[next].Span.Slice(text).StartsWith("وال"));
            if (next < tokens.Length && tokens[next].SpacedFromPrevious && conjunction
                && TryReadOrdinal(text, tokens, next, out int restLast, out _, out int rest) && rest < 100)
            {
                position += rest;
                last = restLast;
            }
            else if (next < tokens.Length && tokens[next].SpacedFromPrevious && (conjunction || tokens[next].Span.Slice(text).StartsWith("و"))
                && TryReadPhrase(text, tokens, next, out restLast, out NumberPhrase cardinalRest, out _) && cardinalRest.Value is > 0 and < 100)
            {
                // Written with cardinals: "المائة وخمسة وعشرون".
                position += (int)cardinalRest.Value;
                last = restLast;
            }

            return true;
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
    private static bool TryMatchVagueUnit(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int last, out int unitLast, out (string? Code, bool IsCurrency) found)
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
            && (token.Start == 1 || text[token.Start - 2] is ' ' or '\n' or '<' or '>' or '='))
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
    internal static bool TryReadPhrase(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int first, out int last, out NumberPhrase phrase, out int clitic)
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
            Span<char> digits = stackalloc char[(3 * groups) + tokens[first + groups - 1].Length];
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

        // The phrase as it stood after its last complete word: a numerator left without its denominator
        // ("عشرون وثلاثة" then no أخماس) is not part of it.
        NumberPhrase complete = phrase;
        int completeLast = first;
        int next = first + 1;
        while (next < tokens.Length && tokens[next].SpacedFromPrevious)
        {
            ReadOnlySpan<char> candidate = tokens[next].Span.Slice(text);
            if (candidate is "و"
                ? next + 1 < tokens.Length && (IsScaleAsLarge(tokens[next + 1].Span.Slice(text), phrase) || StartsAnotherScaledNumber(text, tokens, next + 2, phrase))
                : candidate.Length > 1 && candidate[0] == 'و' && (IsScaleAsLarge(candidate[1..], phrase) || StartsAnotherScaledNumber(text, tokens, next + 1, phrase)))
            {
                break;
            }

            if (candidate is "و")
            {
                if (next + 1 < tokens.Length && tokens[next + 1].SpacedFromPrevious
                    && !IsPartOfNumericDate(text, tokens, next + 1)
                    && phrase.TryAdd(tokens[next + 1].Span.Slice(text), conjunction: true))
                {
                    last = next + 1;
                    next += 2;
                    if (phrase.IsComplete)
                    {
                        (complete, completeLast) = (phrase, last);
                    }

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
            if (phrase.IsComplete)
            {
                (complete, completeLast) = (phrase, last);
            }
        }

        (phrase, last) = (complete, completeLast);
        return true;
    }

    // Whether word `scaleAt`, after و and a count, is a scale as large as the phrase's last one: "مليون وثلاثة
    // ملايين" is two numbers (one million and three million), while "مليون و500 ألف" is one.
    private static bool StartsAnotherScaledNumber(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int scaleAt, NumberPhrase phrase) =>
        scaleAt < tokens.Length && tokens[scaleAt].SpacedFromPrevious && IsScaleAsLarge(tokens[scaleAt].Span.Slice(text), phrase);

    // A scale word as large as the phrase's last scale ("ملايين ومليون" is two numbers; "مليون وألف" one).
    private static bool IsScaleAsLarge(ReadOnlySpan<char> word, NumberPhrase phrase) =>
        phrase.LastScale > 0 && NumberLexicon.TryGet(word, out NumberWord scale) && scale.Kind == NumberWordKind.Scale && scale.Value >= phrase.LastScale;

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
            && tokens[first + count].Start - tokens[first + count].GapStart == 1)
        {
            ReadOnlySpan<char> group = tokens[first + count].Span.Slice(text);
            if (IsDigits(group, 3, 3))
            {
                count++;
                continue;
            }

            // The last group may carry the decimals: "1 234 567.89".
            if (group.Length > 4 && group.Length <= 24 && group[3] is '.' or ',' && IsDigits(group[..3], 3, 3) && IsDigits(group[4..], 1, 20))
            {
                count++;
            }

            break;
        }

        return count;
    }

    internal static bool IsDigits(ReadOnlySpan<char> word, int min, int max)
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
    // واحد after أي or كل is a pronoun: "أي واحد تفضل؟", "كل واحد منهم".
    private static bool IsStandaloneOne(ReadOnlySpan<char> word, ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index) =>
        (word is "احد" or "احدي" or "باحد" or "باحدي" or "لاحد" or "لاحدي"
            && (index + 1 >= tokens.Length || tokens[index + 1].Span.Slice(text) is not ("عشر" or "عشره")))
        || (word is "واحد" or "واحده" && index > 0 && tokens[index].SpacedFromPrevious
            && tokens[index - 1].Span.Slice(text) is "اي" or "كل" or "لكل" or "بكل" or "وكل");

    // Digits joined to other digits by '/' (02/11/2024), or in a chain of three by '-' (2024-11-02), are a date,
    // left to the date extractor; two joined by '-' are a range ("10-20").
    private static bool IsPartOfNumericDate(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index)
    {
        if (!char.IsAsciiDigit(text[tokens[index].Start]))
        {
            return false;
        }

        // Two links either way are enough to tell (a chain of three, or a slash next to this number), and keep a
        // megabyte of "1-2-3-…" linear.
        int chain = 1;
        bool slash = false;
        for (int k = index; k > 0 && k > index - 2 && JoinedDigits(text, tokens, k, ref slash); k--)
        {
            chain++;
        }

        for (int k = index + 1; k < tokens.Length && k <= index + 2 && JoinedDigits(text, tokens, k, ref slash); k++)
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
