using System;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <content>
/// The bounds and ranges of a number: a dash or a conjunction between two numbers, the end of a range in words, a
/// comparison sign, and a minus sign.
/// </content>
public sealed partial class NumberExtractor
{
    private static bool IsDashRange(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int first, int last) =>
        last > first && IsDashGap(text, tokens, last);

    // Digits on both sides of one dash or tilde: "10-20", "1000 - 5000", "20~100", "20 ~ 100", and percentages
    // "50%-43%".
    private static bool IsDashGap(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index)
    {
        WordToken token = tokens[index];
        if (index == 0 || !char.IsAsciiDigit(text[token.Start]) || !(char.IsAsciiDigit(text[tokens[index - 1].End - 1]) || IsGluedPercent(text, tokens, index - 1)))
        {
            return false;
        }

        ReadOnlySpan<char> gap = text[token.GapStart..token.Start];
        return gap.Length <= 3 && gap.Trim(' ') is "-" or "~" or "\u2013" && (gap.Length == 1 || gap[0] == ' ');
    }

    // A percent sign or word, or a unit of measure or currency, right after a number: what a score never has.
    private static bool IsMeasuredAfter(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int last) =>
        (NumberMarkers.After.TryMatchAfter(text, tokens, last, out _, out NumberMarker marker) && marker.IsPercent)
        || (Units.After.TryMatchAfter(text, tokens, last, out _, out (string? Code, bool IsCurrency) unit) && unit.Code is not null);

    // A percent sign right after digits ("50%").
    private static bool IsGluedPercent(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index) =>
        index > 0 && tokens[index].Span.Slice(text) is "%" && tokens[index].Start == tokens[index - 1].End && char.IsAsciiDigit(text[tokens[index - 1].End - 1]);

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

    // The upper end of a range whose lower end, `lower`, is tokens [first, last]: "X إلى Y", "من X إلى Y", "X حتى Y",
    // "بين X و Y" (with و apart or attached), "X-Y" for digits, and "X أو X+1".
    // `introducer` is the word that opens the range (بين، من), which the mention's span includes; -1 if none.
    private static bool TryReadRangeEnd(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int first, int last, decimal? lower, out int rangeLast, out NumberPhrase upper, out int introducer)
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

        if (IsGluedPercent(text, tokens, next) && next + 1 < tokens.Length && IsDashGap(text, tokens, next + 1))
        {
            // "50%-43%": two percentages joined by a dash ("5% - 3 نقاط" is two numbers).
            return TryReadPhrase(text, tokens, next + 1, out rangeLast, out upper, out _) && rangeLast + 1 < tokens.Length
                && IsGluedPercent(text, tokens, rangeLast + 1);
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

        if (word is "او" && next + 1 < tokens.Length && tokens[next + 1].SpacedFromPrevious && lower is { } low && decimal.IsInteger(low)
            && TryReadPhrase(text, tokens, next + 1, out int orLast, out NumberPhrase alternative, out int orClitic) && orClitic == 0
            && alternative.Value == low + 1 && !alternative.HasScale)
        {
            // "ثلاث أو أربع سنوات", "أكثر من أربع أو خمس": two numbers in a row offered as alternatives are a range.
            (rangeLast, upper) = (orLast, alternative);
            return true;
        }

        if (word.Length > 2 && word[0] == 'و' && !char.IsDigit(text[tokens[last].Start]) && lower is { } small && decimal.IsInteger(small) && small is >= 1 and < 10
            && TryReadPhrase(text, tokens, next, out int andLast, out NumberPhrase following, out int andClitic) && andClitic == 1 && andLast == next
            && following.Value == small + 1 && !following.HasScale && andLast + 1 < tokens.Length && tokens[andLast + 1].SpacedFromPrevious
            && !TryReadPhrase(text, tokens, andLast + 1, out _, out _, out _) && !tokens[andLast + 1].Span.Slice(text).StartsWith("و"))
        {
            // "أربع وخمس طبقات": two number words in a row joined by و before what they count offer alternatives.
            (rangeLast, upper) = (andLast, following);
            return true;
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
}
