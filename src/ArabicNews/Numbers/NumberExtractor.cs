using System;
using System.Collections.Generic;
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

        // The temperature scale the text last named ("درجة مئوية"), which a bare "درجة" after it keeps.
        string? temperatureScale = null;

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
            if (!char.IsAsciiDigit(head[^1]) && !s_endings.MayEndLike(head) && !char.IsAsciiDigit(head[0]) && !(head.Length > 2 && char.IsAsciiDigit(head[1]))
                && !(head.Length > 4 && head[^2] == 'ه' && head[^1] is 'ا' or 'م' && s_endings.MayEndLike(head[..^2])))
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
                value = UnswapDecimal(text, map, n, tokens[i], clitic, phrase.Value);
                if (last >= i + 1 && tokens[last].Span.Slice(n) is "ونصف" or "نصف" && last + 1 < tokens.Length && tokens[last + 1].SpacedFromPrevious
                    && tokens[last + 1].Span.Slice(n) is ['ا', 'ل', .. var scaleWord]
                    && NumberLexicon.TryGet(scaleWord, out NumberWord again) && again.Kind == NumberWordKind.Scale && again.Value == phrase.LastScale)
                {
                    last++; // "مليون ونصف المليون ريال", "ثلاثة ملايين ونصف المليون": the scale again after the half
                }

                bool negated = IsNegated(n, tokens, i, out int signStart);
                int lead = negated && signStart < tokens[i].Start - 1 ? i - 1 : i;
                if (TryReadRangeEnd(n, tokens, lead, last, phrase.Value, out int rangeLast, out NumberPhrase upper, out int introducer))
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

                    bool between = introducer >= 0
                        ? tokens[introducer].Span.Slice(n) is "بين" or "وبين" or "ما"
                        : lead > 0 && tokens[lead - 1].Span.Slice(n) is "بين" or "وبين";
                    if (min >= max && IsDashRange(n, tokens, i, last) && !(min > max && (between || IsMeasuredAfter(n, tokens, last))))
                    {
                        // "1995-01", "20-10", "2 - 1": a date, a code or a score, not a quantity; but "بين 250-180
                        // مترا" and "90-80 في المائة" are ranges typed in reading order.
                        i = last + 1;
                        continue;
                    }

                    if (min > max && (between || IsDashRange(n, tokens, i, last)))
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
                if (IsOrdinalHomograph(n, tokens, i, last) || IsPreliminary(text, map, n, tokens, i, last))
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
                else if (i > 0 && tokens[i].SpacedFromPrevious && tokens[i - 1].Span.Slice(n) is "بين" && last + 1 < tokens.Length
                    && tokens[last + 1].SpacedFromPrevious && tokens[last + 1].Span.Slice(n) is ['و', 'ا', 'ل', ..]
                    && TryReadOrdinal(n, tokens, last + 1, out int andLast, out int andClitic, out int second) && andClitic > 0 && second > position)
                {
                    // "أعمارهم بين السابعة والثامنة": between one rank and the next, a range.
                    TextSpan ranks = map.ToOriginal(TextSpan.FromBounds(tokens[i].Start + clitic, tokens[andLast].End));
                    mentions.Add(new NumberMention(ranks.Start, ranks.Length, NumberKind.Range, null, position, second, null, NumberQualifier.Exact));
                    last = andLast;
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
                if (last + 2 < tokens.Length && tokens[last + 1].SpacedFromPrevious && tokens[last + 2].SpacedFromPrevious
                    && tokens[last + 1].Span.Slice(n) is "الي" or "حتي" && TryReadDefiniteCount(n, tokens, last + 2, out int upperLast, out int upperClitic, out decimal upper)
                    && upperClitic == 0 && upper > count)
                {
                    // "الأشهر الستة إلى التسعة المقبلة": a definite count up to another.
                    (kind, value, min, max, last) = (NumberKind.Range, null, count, upper, upperLast);
                }
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

            // "14.800 متر مكعب", "741.500 مستفيد": a point before three digits that groups thousands.
            if (kind is NumberKind.Cardinal or NumberKind.Quantity or NumberKind.Money && numberLast == i && gluedUnit is null && gluedFirst < 0 && cutEnd < 0
                && start >= tokens[i].Start && value is { } pointed && pointed == phrase.Value && IsPointGroupingThousands(n, tokens, i, start - tokens[i].Start, closed, unit))
            {
                value = decimal.Truncate(pointed * 1000); // 14.800 is 14800, with no decimals left
            }

            // A half after the noun the number counts, or after its unit: "أربع ساعات ونصف", "5 كيلومترات ونصف".
            if (kind is NumberKind.Cardinal or NumberKind.Quantity or NumberKind.Money && value is { } whole && whole > 0 && decimal.IsInteger(whole)
                && TryReadHalfAfter(n, tokens, last + 1, unit is null, whole, out int halfLast, out decimal half))
            {
                value = whole + half;
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
                    && NumberMarkers.Before.TryMatchBefore(n, tokens, i - 1, out beforeStart, out markerClitic, out before)) // "تتجاوز الـ 60%"
                || (i > 1 && last == i && tokens[i].Span.Slice(n) is "واحد" or "واحده" && tokens[i].SpacedFromPrevious && tokens[i - 1].SpacedFromPrevious
                    && IsCountedNoun(n, tokens, i - 1) && NumberMarkers.Before.TryMatchBefore(n, tokens, i - 1, out beforeStart, out markerClitic, out before)
                    && (tokens[i - 2].Span.Slice(n) is "من" or "علي" or "عن" || before.Qualifier == NumberQualifier.Approximate))) // "أكثر من يوم واحد", not "تحت سقف واحد"
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

            // "الرياض 44 درجة مئوية. مكة المكرمة 42 درجة": a bare degree after a named scale is on that scale.
            if (unit is "°C" or "°F")
            {
                temperatureScale = unit;
            }
            else if (unit is "°" && temperatureScale is not null)
            {
                unit = temperatureScale;
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

    // "http://…", "https://…", "www.…": the start of a link.
    private static bool IsUrlStart(ReadOnlySpan<char> text, WordToken token)
    {
        ReadOnlySpan<char> word = token.Span.Slice(text);
        ReadOnlySpan<char> rest = text[token.End..];
        return word is "http" or "https" ? rest.StartsWith("://") : word is "www" && rest.StartsWith(".");
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

    private static NumberMention Mention(OffsetMap map, int start, int end, NumberKind kind, decimal value)
    {
        TextSpan span = map.ToOriginal(TextSpan.FromBounds(start, end));
        return new NumberMention(span.Start, span.Length, kind, value, null, null, null, NumberQualifier.Exact);
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
}
