using System;
using System.Globalization;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <summary>
/// The number-phrase grammar over Search-normalized text. Words are read left to right into a running
/// total and the group that the next scale word will count:
/// units, teens, tens and hundreds add to the group ("خمسة وعشرون"); a unit before مئة multiplies it
/// ("ثلاث مئة"); a scale word multiplies the group, or stands for one (two when dual) when nothing counts it
/// or when it follows و ("مليون وألفان"); a larger scale after a complete total multiplies the total
/// ("ألف مليون"); a fraction after و adds that part of the last scale ("مليون ونصف").
/// </summary>
internal static class NumberPhraseParser
{
    public static bool TryParse(ReadOnlySpan<char> text, out ParsedNumber result, out TextSpan failed)
    {
        result = default;
        var phrase = default(NumberPhrase);
        int i = 0;
        TextSpan pendingConjunction = default;
        TextSpan lastToken = default;
        while (true)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            int start = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }

            var token = new TextSpan(start, i - start);
            ReadOnlySpan<char> word = token.Slice(text);
            if (word is "و")
            {
                if (!pendingConjunction.IsEmpty || !phrase.HasWords)
                {
                    failed = token;
                    return false;
                }

                pendingConjunction = token;
                continue;
            }

            bool conjunction = !pendingConjunction.IsEmpty;
            pendingConjunction = default;
            if (!phrase.TryAdd(word, conjunction))
            {
                failed = token;
                return false;
            }

            lastToken = token;
        }

        if (!phrase.HasWords || !pendingConjunction.IsEmpty || !phrase.IsComplete)
        {
            // A phrase that ends on و, or on a numerator without its denominator ("عشرون وثلاثة").
            failed = !phrase.HasWords ? new TextSpan(text.Length, 0) : !pendingConjunction.IsEmpty ? pendingConjunction : lastToken;
            return false;
        }

        failed = default;
        result = new ParsedNumber(phrase.Value);
        return true;
    }

    // One token: a number word (with at most a conjunction and a preposition attached) or a literal.
    internal static bool TryReadToken(ReadOnlySpan<char> word, ref bool conjunction, out NumberWord entry, out decimal? literal, out bool isLiteral, out int cliticLength)
    {
        int length = word.Length;
        cliticLength = 0;

        // A word that is itself a number word keeps its first letter, even where it also reads as و + a word
        // ("واحد" is one word, not و + أحد, for the span of a mention).
        bool wholeWord = NumberLexicon.TryGet(word, out _);
        entry = default;
        literal = null;
        isLiteral = false;

        // stage 0: nothing stripped; 1: و or ف stripped; 2: ب, ل or ك stripped.
        for (int stage = 0; word.Length > 0;)
        {
            cliticLength = wholeWord ? 0 : length - word.Length;
            if (IsLiteralStart(word))
            {
                isLiteral = true;
                return TryParseLiteral(word, out literal);
            }

            // و before a word is a conjunction even where the whole token is a word too: "وأحد" is "و" +
            // "أحد", though it normalizes to "واحد" (the same value, read without the conjunction).
            bool conjunctionFirst = stage == 0 && word.Length > 1 && word[0] == 'و'
                && (IsLiteralStart(word[1..]) || NumberLexicon.TryGet(word[1..], out _));
            if (!conjunctionFirst && NumberLexicon.TryGet(word, out entry))
            {
                return true;
            }

            char first = word[0];
            if (stage == 0 && first is 'و' or 'ف' && word.Length > 1)
            {
                conjunction |= first == 'و';
                stage = 1;
            }
            else if (stage < 2 && first is 'ب' or 'ل' or 'ك' && word.Length > 1)
            {
                stage = 2;
            }
            else if (stage < 2 && word.Length > 2 && word.StartsWith("ال") && char.IsAsciiDigit(word[2]))
            {
                // The article before digits: "الـ10" (number words with the article, such as الاثنين, are
                // left alone: they are often weekdays).
                stage = 2;
                word = word[1..];
            }
            else
            {
                return false;
            }

            word = word[1..];
        }

        return false;
    }

    private static bool ThousandsGroupsAreWhole(ReadOnlySpan<char> text, char decimalPoint)
    {
        int run = -1; // digits since the last thousands separator; -1 before the first one
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                run = run >= 0 ? run + 1 : run;
            }
            else if (c == decimalPoint || (c == '،' && decimalPoint == ',' && !text.Contains(',')))
            {
                if (run is >= 0 and not 3)
                {
                    return false;
                }

                run = int.MinValue; // digits after the point are not grouped
            }
            else if (c is '.' or ',' or '،' && run != int.MinValue)
            {
                if (run is >= 0 and not 3)
                {
                    return false;
                }

                run = 0;
            }
        }

        return run is < 0 or 3;
    }

    private static bool TryParseReversedGroups(ReadOnlySpan<char> text, bool negative, out decimal? value)
    {
        value = null;
        if (text.Length > 40 || text[0] == 'ر' || text[^1] == 'ر')
        {
            return false;
        }

        // Written g0 ر g1 ر … ر gn: the number reads gn … g1, then g0 as its decimals unless g0 has three digits.
        Span<char> digits = stackalloc char[text.Length + 1];
        int length = 0;
        int end = text.Length;
        int firstCut = text.IndexOf('ر');
        while (end > firstCut + 1)
        {
            int cut = text[..end].LastIndexOf('ر');
            ReadOnlySpan<char> group = text[(cut + 1)..end];
            if (group.IsEmpty || group.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            group.CopyTo(digits[length..]);
            length += group.Length;
            end = cut;
        }

        ReadOnlySpan<char> first = text[..firstCut];
        if (first.IsEmpty || first.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        if (first.Length != 3)
        {
            digits[length++] = '.';
        }

        first.CopyTo(digits[length..]);
        length += first.Length;
        bool parsed = TryParseLiteral(digits[..length], out value);
        value = negative ? -value : value;
        return parsed;
    }

    // value × 10^exponent, or null beyond what decimal holds.
    private static decimal? ScaleByPowerOfTen(decimal value, int exponent)
    {
        try
        {
            for (int k = 0; k < Math.Abs(exponent); k++)
            {
                value = exponent > 0 ? checked(value * 10) : value / 10;
            }

            return value / 1.0000000000000000000000000000m;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    internal static bool IsLiteralStart(ReadOnlySpan<char> word) =>
        char.IsAsciiDigit(word[0]) || (word.Length > 1 && word[0] is '-' or '+' or '.' && char.IsAsciiDigit(word[1]));

    // Digits with '.' and ',' (after normalization, also what ٫ and ٬ were): the last separator is the
    // decimal point when both appear; a lone ',' followed by exactly three digits (not after a lone 0), a lone '.'
    // followed by "000", or any separator that appears more than once, groups thousands; otherwise the separator is
    // the decimal point.
    internal static bool TryParseLiteral(ReadOnlySpan<char> text, out decimal? value)
    {
        value = null;
        bool negative = text[0] == '-';
        if (text[0] is '-' or '+')
        {
            text = text[1..];
        }

        // Digit groups joined by ر, as wire copy writes them in visual order: "3ر5" is 5.3, "83ر51" is 51.83 and
        // "000ر22" is 22,000 (a last-written group of three digits groups thousands).
        if (text.Contains('ر'))
        {
            return TryParseReversedGroups(text, negative, out value);
        }

        // A fraction of two digit runs: "77/100" (the extractor never sees one: it splits words at '/').
        int slash = text.IndexOf('/');
        if (slash > 0)
        {
            if (!TryParseLiteral(text[..slash], out decimal? numerator) || slash + 1 >= text.Length
                || !char.IsAsciiDigit(text[slash + 1]) || !TryParseLiteral(text[(slash + 1)..], out decimal? denominator))
            {
                return false;
            }

            value = numerator is { } a && denominator is { } b && b != 0 ? (negative ? -a : a) / b : null;
            return denominator != 0;
        }

        // Scientific notation: "1e10", "12.32e+14", "-12e-1" (the exponent a whole number of up to three digits).
        int exponentAt = text.IndexOfAny('e', 'E');
        if (exponentAt > 0)
        {
            ReadOnlySpan<char> exponentText = text[(exponentAt + 1)..];
            bool negativeExponent = exponentText.Length > 1 && exponentText[0] == '-';
            exponentText = exponentText.Length > 1 && exponentText[0] is '-' or '+' ? exponentText[1..] : exponentText;
            if (exponentText.Length is < 1 or > 3 || exponentText.ContainsAnyExceptInRange('0', '9')
                || !TryParseLiteral(text[..exponentAt], out decimal? mantissa))
            {
                return false;
            }

            int exponent = int.Parse(exponentText, NumberStyles.None, CultureInfo.InvariantCulture);
            value = mantissa is { } m ? ScaleByPowerOfTen(negative ? -m : m, negativeExponent ? -exponent : exponent) : null;
            return true;
        }

        // A leading point: ".77" is 0.77.
        if (text.Length > 1 && text[0] == '.' && char.IsAsciiDigit(text[1]))
        {
            bool parsed = TryParseLiteral(("0" + text.ToString()).AsSpan(), out value);
            value = negative ? -value : value;
            return parsed;
        }

        int dots = text.Count('.');
        int commas = text.Count(',') + text.Count('،');
        char decimalPoint = '\0';
        if (text.Contains('،') && text.Count(',') == 1 && dots == 0)
        {
            // The Arabic comma groups thousands and the Latin comma marks decimals: "12،220,13".
            decimalPoint = ',';
            commas = 1;
        }
        else if (dots > 0 && commas > 0)
        {
            decimalPoint = text.LastIndexOf('.') > Math.Max(text.LastIndexOf(','), text.LastIndexOf('،')) ? '.' : ',';
        }
        else if (dots == 1 && !(text.EndsWith(".000") && text.Length > 4))
        {
            // One point is decimal, but ".000" groups thousands: "100.000 ريال" is no 100.0.
            decimalPoint = '.';
        }
        else if (commas == 1 && (text.Length - text.IndexOfAny(',', '،') - 1 != 3 || text.IndexOfAny(',', '،') == 1 && text[0] == '0'))
        {
            // A lone comma is decimal unless three digits follow it, and then too after a lone zero ("0,272"):
            // thousands are never grouped after 0.
            decimalPoint = ',';
        }

        if ((decimalPoint == '.' && dots > 1) || (decimalPoint == ',' && commas > 1))
        {
            return false;
        }

        // A thousands separator is followed by exactly three digits: "192.168.1.2" is no number.
        if (!ThousandsGroupsAreWhole(text, decimalPoint))
        {
            return false;
        }

        decimal total = 0;
        decimal scale = 0;
        bool digits = false;
        bool overflow = false;
        char previous = '\0';
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits = true;
                if (!overflow)
                {
                    try
                    {
                        if (scale == 0)
                        {
                            total = checked((total * 10) + (c - '0'));
                        }
                        else
                        {
                            scale /= 10;
                            total += (c - '0') * scale;
                        }
                    }
                    catch (OverflowException)
                    {
                        overflow = true;
                    }
                }
            }
            else if ((c == decimalPoint || (c == '،' && decimalPoint == ',' && !text.Contains(','))) && scale == 0 && char.IsAsciiDigit(previous))
            {
                scale = 1;
            }
            else if (c is '.' or ',' or '،' && c != decimalPoint && !(c == '،' && decimalPoint == ',' && !text.Contains(',')) && char.IsAsciiDigit(previous))
            {
                // A thousands separator.
            }
            else
            {
                return false;
            }

            previous = c;
        }

        if (!digits || !char.IsAsciiDigit(previous))
        {
            return false;
        }

        value = overflow ? null : negative ? -total : total;
        return true;
    }
}
