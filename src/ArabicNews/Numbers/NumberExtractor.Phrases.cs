using System;
using System.Globalization;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <content>
/// Number phrases: digits and words with their scale, fractions and powers, digits grouped by spaces, and vague
/// quantities (عشرات، مئات الملايين).
/// </content>
public sealed partial class NumberExtractor
{
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
}
