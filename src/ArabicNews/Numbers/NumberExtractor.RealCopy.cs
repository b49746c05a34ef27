using System;
using System.Globalization;
using ArabicNews.Dates;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <content>
/// The readings that real news copy asks for: counts with the article, halves after a noun, numbers in brackets,
/// letters glued to digits, and words that only look like numbers or ranks.
/// </content>
public sealed partial class NumberExtractor
{
    // A half after a noun that counts one or two on its own: "ساعة ونصف" (1.5), "العام والنصف", "ساعتين و نصف"
    // (2.5). Word `index` is the half (ونصف، والنصف، or نصف after a separate و); `noun` is the noun before it.
    private static bool TryReadNounAndHalf(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int noun, out int clitic, out int halfLast, out decimal value)
    {
        noun = index - 1;
        clitic = 0;
        halfLast = index;
        value = 0;
        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        if (word is "نصف" or "النصف" && index > 0 && tokens[index].SpacedFromPrevious && tokens[index - 1].Span.Slice(text) is "و")
        {
            noun = index - 2;
        }
        else if (word is not ("ونصف" or "والنصف"))
        {
            return false;
        }

        if (noun < 0 || !tokens[noun + 1].SpacedFromPrevious || !tokens[index].SpacedFromPrevious)
        {
            return false;
        }

        if (RepeatsAfterHalf(text, tokens, noun, index))
        {
            halfLast = index + 1; // "ساعة ونصف الساعة", "عام ونصف العام"
        }
        else if (index + 1 < tokens.Length && tokens[index + 1].SpacedFromPrevious && tokens[index + 1].Span.Slice(text).StartsWith("ال"))
        {
            return false;
        }

        ReadOnlySpan<char> nounWord = tokens[noun].Span.Slice(text);
        if (DualNouns.Singulars.TryGetWithArticle(nounWord, out _, out clitic))
        {
            // "المليون ونصف المليون": a scale and a half is a scale's worth and a half of it (1,500,000).
            ReadOnlySpan<char> bare = nounWord[clitic..];
            bare = bare.StartsWith("ال") ? bare[2..] : bare;
            value = NumberLexicon.TryGet(bare, out NumberWord scale) && scale.Kind == NumberWordKind.Scale ? scale.Value + (scale.Value / 2) : 1.5m;
        }
        else if (DualNouns.Words.TryGetWithArticle(nounWord, out _, out clitic))
        {
            value = 2.5m;
        }

        return value > 0;
    }

    // "مسح أولي", "تقييم أولي": written with ي and without the article, أولي is the adjective "preliminary", not the
    // feminine ordinal أولى (the two are one word once normalized).
    private static bool IsPreliminary(ReadOnlySpan<char> original, OffsetMap map, ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, int last)
    {
        WordToken token = tokens[index];
        if (last != index || !text.Slice(token.Start, token.Length).SequenceEqual("اولي")
            || (index + 1 < tokens.Length && tokens[index + 1].SpacedFromPrevious && tokens[index + 1].Span.Slice(text).StartsWith("ال")))
        {
            return false; // "أولي المحاولات": before a definite noun, the ordinal written with ي
        }

        TextSpan span = map.ToOriginal(token.Start, token.Length);
        return span.Length > 0 && original[span.Start + span.Length - 1] == '\u064A';
    }

    // A decimal written with a right-to-left mark after its point has its two parts swapped (one outlet's copy: "زلزال
    // قوته 5.‏7 درجة" is the 7.5 of its headline, "92.‏5 مليار" is 5.92 billion): the value of the phrase whose first
    // word is `token`, with that word's digits read back in order.
    private static decimal? UnswapDecimal(ReadOnlySpan<char> original, OffsetMap map, ReadOnlySpan<char> text, WordToken token, int clitic, decimal? value)
    {
        ReadOnlySpan<char> digits = text.Slice(token.Start + clitic, token.Length - clitic);
        int dot = digits.IndexOf('.');
        if (value is not { } whole || dot <= 0 || dot == digits.Length - 1 || digits.LastIndexOf('.') != dot)
        {
            return value; // no single point: nothing to read back (and no offset mapping on the common path)
        }

        TextSpan span = map.ToOriginal(token.Start + clitic, token.Length - clitic);
        if (original.Slice(span.Start, span.Length).IndexOf(".\u200F") <= 0
            || !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal read) || read == 0)
        {
            return value;
        }

        Span<char> swapped = stackalloc char[digits.Length];
        digits[(dot + 1)..].CopyTo(swapped);
        swapped[digits.Length - dot - 1] = '.';
        digits[..dot].CopyTo(swapped[(digits.Length - dot)..]);
        return decimal.TryParse(swapped, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal inOrder)
            ? whole / read * inOrder / 1.000000000000000000000000000000000m // without trailing zeros
            : value;
    }

    // Whether the word after the half at `half` is the word at `noun` again with the article: "عام ونصف العام",
    // "مليون ونصف المليون", "المليون ونصف المليون" (a year and a half, a million and a half).
    internal static bool RepeatsAfterHalf(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int noun, int half)
    {
        if (noun < 0 || half + 1 >= tokens.Length || !tokens[half + 1].SpacedFromPrevious)
        {
            return false;
        }

        ReadOnlySpan<char> nounWord = tokens[noun].Span.Slice(text);
        nounWord = nounWord.StartsWith("ال") ? nounWord[2..] : nounWord; // "العام ونصف العام"
        ReadOnlySpan<char> after = tokens[half + 1].Span.Slice(text);
        return after.Length == nounWord.Length + 2 && after.StartsWith("ال") && after[2..].SequenceEqual(nounWord);
    }

    // Digits with letters glued after them: a scale before a currency or unit ("120مليار ريال"), a unit of measure
    // ("168سم", "1000م2", and "م" for metres after a number that is no year: "100م", "1٫92م"), or the noun the
    // digits count ("14جنديا", "4عقارات", whose span is the digits). "2015م" and "1436هـ" are years, left to the
    // dates. `digitsEnd` is where the digits end when the letters are not the number's, otherwise -1.
    private static bool TryReadGluedSuffix(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int clitic, out decimal? value, out (string? Code, bool IsCurrency)? unit, out int digitsEnd)
    {
        value = null;
        unit = null;
        digitsEnd = -1;
        WordToken token = tokens[index];
        ReadOnlySpan<char> word = token.Span.Slice(text);
        clitic = 0;
        while (clitic < 2 && clitic + 1 < word.Length && word[clitic] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && !char.IsAsciiDigit(word[clitic + 1]))
        {
            clitic++;
        }

        if (clitic + 1 < word.Length && word[clitic] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && char.IsAsciiDigit(word[clitic + 1]))
        {
            clitic++;
        }

        word = word[clitic..];
        int split = 0;
        while (split < word.Length && (char.IsAsciiDigit(word[split]) || (word[split] is '.' or ',' && split + 1 < word.Length && char.IsAsciiDigit(word[split + 1]))))
        {
            split++;
        }

        ReadOnlySpan<char> suffix = word[split..];
        if (split == 0 || suffix.IsEmpty || suffix[0] is < '\u0621' or > '\u064A' || suffix is "ه" or "ر"
            || !NumberPhraseParser.TryParseLiteral(word[..split], out decimal? digits) || digits is not { } number)
        {
            return false;
        }

        // Recognizers-Text reads no number into digits glued to letters ("١مليون ليست رقم"); news copy glues them by
        // mistake. A glued scale counts when a currency or unit follows it, which shows a quantity.
        bool yearLike = split == 4 && number is >= 1300 and <= 2100 && decimal.IsInteger(number);
        if (NumberLexicon.TryGet(suffix, out NumberWord scale) && scale.Kind == NumberWordKind.Scale)
        {
            value = scale.Form is NumberWordForm.Many or NumberWordForm.One ? number * scale.Value : null;
            return value is not null && Units.After.TryMatchAfter(text, tokens, index, out _, out (string? Code, bool IsCurrency) after) && after.Code is not null;
        }

        if (suffix is "م")
        {
            ReadOnlySpan<char> previous = index > 0 ? tokens[index - 1].Span.Slice(text) : default;
            previous = previous.Length > 3 && previous[0] is 'و' or 'ف' or 'ب' or 'ل' ? previous[1..] : previous;
            bool afterYearWord = previous is "عام" or "العام" or "سنه" or "السنه" or "لعام" or "بعام";
            if (yearLike || afterYearWord)
            {
                return false;
            }

            (value, unit) = (number, ("m", false));
            return true;
        }

        if (Units.After.TryMatchWord(suffix, out (string? Code, bool IsCurrency) found))
        {
            // A unit of measure or a currency ("168سم", "20ريالا"). Recognizers-Text's number model leaves a glued
            // currency alone ("20دولار أمريكي"); news copy glues it by mistake and means the amount.
            (value, unit) = (number, found);
            return found.Code is not null;
        }

        // The counted noun in the accusative that follows 11 to 99 ("14جنديا", "25عاما"), or in the plural in ات that
        // follows 3 to 10 ("4عقارات"); a noun glued after 1 or 2 is a name ("1ماليزيا").
        bool plural = number is >= 3 and <= 10 && suffix.Length >= 4 && suffix.EndsWith("ات");
        if (yearLike || suffix.Length < 3 || !(suffix[^1] == 'ا' || plural) || number < 3 || NumberLexicon.TryGet(suffix, out _))
        {
            return false;
        }

        value = number;
        digitsEnd = token.Start + clitic + split;
        return true;
    }

    // Digits glued to the last word of a qualifier before them ("أقصى600", "نحو50"), then any scale words
    // ("أقصى600 ألف"). Letters glued to digits are otherwise left alone: "آيفون6" is a name.
    private static bool TryReadGlued(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last, out int digitsAt, out NumberPhrase phrase, out int markerFirst, out int markerClitic, out NumberMarker marker)
    {
        last = index;
        phrase = default;
        markerFirst = -1;
        markerClitic = 0;
        marker = default;
        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        digitsAt = word.IndexOfAnyInRange('0', '9');
        if (digitsAt < 2 || word[..digitsAt].ContainsAnyInRange('0', '9') || !char.IsLetter(word[digitsAt - 1])
            || !NumberMarkers.Before.TryMatchGluedBefore(text, tokens, index, word[..digitsAt], out markerFirst, out markerClitic, out marker)
            || marker.IsPercent || marker.IsMagnitude || !phrase.TryAdd(word[digitsAt..], conjunction: false))
        {
            markerFirst = -1;
            return false;
        }

        while (last + 1 < tokens.Length && tokens[last + 1].SpacedFromPrevious && NumberLexicon.TryGet(tokens[last + 1].Span.Slice(text), out NumberWord scale)
            && scale.Kind == NumberWordKind.Scale && phrase.TryAdd(tokens[last + 1].Span.Slice(text), conjunction: false))
        {
            last++;
        }

        return true;
    }

    // An indefinite word after a number, which the number counts ("هدفا", "شخص", "ساعات"): no number word, no
    // digits, no article; after nothing but spaces, or after the bracket that closes the number's.
    private static bool IsCountedNoun(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, bool afterBracket = false)
    {
        if (index >= tokens.Length || !(tokens[index].SpacedFromPrevious || afterBracket))
        {
            return false;
        }

        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        bool definite = word.StartsWith("ال") || (word.Length > 3 && word[1..].StartsWith("ال")) || word.StartsWith("لل");
        return word.Length >= 3 && !definite && word[0] != 'و' && !word.ContainsAnyInRange('0', '9')
            && !NumberLexicon.TryGet(word, out _) && word is not ("علي" or "حتي");
    }

    // "ونصف" or "و نصف" at word `index` (after the counted noun when `afterNoun`), not the half of something
    // definite ("ونصف المصابين"); `halfLast` is the last word of the half and `half` what it adds to `whole`: 0.5, or
    // half a scale named again ("نسمة ونصف المليون").
    private static bool TryReadHalfAfter(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, bool afterNoun, decimal whole, out int halfLast, out decimal half)
    {
        halfLast = index;
        half = 0.5m;
        if (afterNoun)
        {
            if (!IsCountedNoun(text, tokens, index))
            {
                return false;
            }

            index++;
        }

        if (index >= tokens.Length || !tokens[index].SpacedFromPrevious)
        {
            return false;
        }

        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        if (word is "و" && index + 1 < tokens.Length && tokens[index + 1].SpacedFromPrevious && tokens[index + 1].Span.Slice(text) is "نصف")
        {
            index++;
        }
        else if (word is not "ونصف")
        {
            return false;
        }

        halfLast = index;
        if (index + 1 >= tokens.Length || !tokens[index + 1].SpacedFromPrevious || !tokens[index + 1].Span.Slice(text).StartsWith("ال"))
        {
            return true;
        }

        // "خمس سنوات ونصف السنة", "ثلاث ساعات ونصف الساعة": the half of the unit counted, named again in the singular.
        ReadOnlySpan<char> repeated = tokens[index + 1].Span.Slice(text)[2..];
        if (afterNoun && DualNouns.Singulars.TryGet(repeated, out _) && !NumberLexicon.TryGet(repeated, out _))
        {
            halfLast = index + 1;
            return true;
        }

        // "خمسة ملايين نسمة ونصف المليون": the half of the number's scale, after the noun it counts (5,500,000).
        if (afterNoun && NumberLexicon.TryGet(repeated, out NumberWord scale) && scale.Kind == NumberWordKind.Scale
            && whole >= scale.Value && whole % scale.Value == 0)
        {
            halfLast = index + 1;
            half = scale.Value / 2;
            return true;
        }

        return false;
    }

    // Whether words first to last stand alone between brackets or quotation marks: "(60)", "( 12.400.500 )", "«5»".
    private static bool IsBracketed(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int first, int last)
    {
        WordToken token = tokens[first];
        ReadOnlySpan<char> before = text[token.GapStart..token.Start].Trim(' ');
        if (before.Length != 1 || before[0] is not ('(' or '«' or '"' or '“' or '['))
        {
            return false;
        }

        int end = tokens[last].End;
        int next = last + 1 < tokens.Length ? tokens[last + 1].Start : text.Length;
        ReadOnlySpan<char> after = text[end..next].Trim(' ');
        return after.Length == 1 && after[0] == before[0] switch
        {
            '(' => ')',
            '«' => '»',
            '“' => '”',
            '[' => ']',
            _ => '"',
        };
    }

    // Whether a date only counts units of time ("خلال 7 أشهر", "بعد ثلاث سنوات", "الأسابيع الثلاثة القادمة"): its
    // count is a quantity as well, while the digits and words of a calendar date are the date's.
    private static bool CountsUnits(RawDate date) =>
        date.Kind is DateKind.Duration or DateKind.Relative || (date.Kind == DateKind.Range && date.RelativeSpan);

    // خمس، سبع، تسع and عشر written with a damma on their first letter are the fractions (خُمس، سُبع، تُسع، عُشر)
    // wherever they stand; a fatha (خَمس) or no vowel leaves the count.
    private static bool IsVowelledAsFraction(ReadOnlySpan<char> written, ReadOnlySpan<char> word, out decimal part)
    {
        part = written.Length >= 2 && written[1] == '\u064F' ? FractionOf(word) : 0;
        return part != 0;
    }

    // Three digit groups joined by slashes with spaces around them, "19 / 6 / 1436هـ": a date written loosely,
    // left to the dates (those joined by bare slashes are caught by IsPartOfNumericDate); `last` is its last group.
    private static bool IsSpacedNumericDate(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last)
    {
        last = index;
        while (last - index < 2 && last + 1 < tokens.Length && char.IsAsciiDigit(text[tokens[last].Start]) && char.IsAsciiDigit(text[tokens[last + 1].Start])
            && text[tokens[last + 1].GapStart..tokens[last + 1].Start].Trim(' ') is "/")
        {
            last++;
        }

        return last - index == 2 && IsDigits(tokens[index].Span.Slice(text), 1, 4) && IsDigits(tokens[index + 1].Span.Slice(text), 1, 4);
    }

    // A cardinal from three to ten with the article, after the definite noun it counts or standing for it:
    // "الوزارات الأربع", "السنوات العشر", "الأربعة الجدد", "للثلاثة"; a teen ("الخمس عشرة") or a ten after و
    // ("الخمسة والعشرين") completes it. الواحد، الاثنين and الأحد are left alone: weekdays, or "the one".
    private static bool TryReadDefiniteCount(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out int last, out int clitic, out decimal value)
    {
        last = index;
        value = 0;
        if (!TryDefiniteNumberWord(tokens[index].Span.Slice(text), out clitic, out NumberWord number))
        {
            return false;
        }

        int next = index + 1;
        if (number is { Kind: NumberWordKind.Scale, Form: NumberWordForm.One or NumberWordForm.Two })
        {
            // "الألف متر", "يتجاوز الألفي ريال": one or two of the scale, with the article, before the unit they count
            // ("الألف" alone is also the letter, "المليون الأول" a rank).
            value = number.Form == NumberWordForm.Two ? 2 * number.Value : number.Value;
            return Units.After.TryMatchAfter(text, tokens, index, out _, out _);
        }

        if (number is { Kind: NumberWordKind.Ten } && next < tokens.Length && tokens[next].SpacedFromPrevious && IsAccusativeNoun(text, tokens, next))
        {
            value = number.Value; // "ما يقارب العشرين عامًا": the tens count the noun after them (an ordinal has a definite one before it)
            return true;
        }

        if (number is not { Kind: NumberWordKind.Unit, Form: NumberWordForm.None, Value: >= 3 and <= 10 })
        {
            return false;
        }

        value = number.Value;
        if (next < tokens.Length && tokens[next].SpacedFromPrevious && value < 10 && tokens[next].Span.Slice(text) is "عشر" or "عشره")
        {
            value += 10;
            last = next;
        }
        else if (value < 10 && next < tokens.Length && tokens[next].SpacedFromPrevious && TryReadOrdinalTen(text, tokens, next, out int tenLast, out int ten))
        {
            value += ten;
            last = tenLast;
        }

        next = last + 1;
        if (next < tokens.Length && tokens[next].SpacedFromPrevious && NumberLexicon.TryGet(tokens[next].Span.Slice(text), out NumberWord scale)
            && scale is { Kind: NumberWordKind.Scale, Form: NumberWordForm.Many or NumberWordForm.One })
        {
            value *= scale.Value; // "الستة ملايين", "العشرة آلاف"
            last = next;
        }

        return true;
    }

    // A number word with the article, after و or ف, then ب, ك or ل; ل before the article drops its alif ("للثلاثة").
    // `clitic` is how many letters come before the article.
    private static bool TryDefiniteNumberWord(ReadOnlySpan<char> word, out int clitic, out NumberWord number)
    {
        clitic = word.Length > 1 && word[0] is 'و' or 'ف' ? 1 : 0;
        if (word.Length > clitic + 1 && word[clitic] is 'ب' or 'ك' && word[(clitic + 1)..].StartsWith("ال"))
        {
            clitic++;
        }

        ReadOnlySpan<char> rest = word[clitic..];
        ReadOnlySpan<char> body = rest.StartsWith("ال") ? rest[2..] : rest.StartsWith("لل") ? rest[2..] : default;
        if (rest.StartsWith("لل"))
        {
            clitic++;
        }

        number = default;
        return !body.IsEmpty && NumberLexicon.TryGet(body, out number);
    }

    // Tens with the article before the accusative noun they count ("العشرين عامًا", "بالعشرين عاما"): a count, not a
    // rank; the same words TryReadDefiniteCount reads as a count.
    private static bool IsTensBeforeCountedNoun(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index) =>
        index + 1 < tokens.Length && tokens[index + 1].SpacedFromPrevious
        && TryDefiniteNumberWord(tokens[index].Span.Slice(text), out _, out NumberWord number) && number.Kind == NumberWordKind.Ten
        && IsAccusativeNoun(text, tokens, index + 1);

    // An indefinite noun in the accusative after a number that counts it: "عامًا", "شخصا" (ا, not a number word).
    private static bool IsAccusativeNoun(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index)
    {
        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        return word.Length >= 3 && word[^1] == 'ا' && !word.StartsWith("ال") && !NumberLexicon.TryGet(word, out _);
    }

    // A word that is another word when it stands alone, as written or after any of its clitics: "كمية"
    // (quantity, not ك + the Egyptian مية), "ولست" (and I am not).
    private static bool IsHomograph(ReadOnlySpan<char> word, int clitic)
    {
        for (int k = 0; k <= clitic && k < word.Length; k++)
        {
            if (NumberLexicon.Homographs.TryGet(word[k..], out _))
            {
                return true;
            }
        }

        return false;
    }

    // An ordinal word that means something else where it stands: after a noun of ordinal-homographs.tsv ("من جهة
    // ثانية", on the other hand; "الجندي أول", a military grade), and the "second" of time after a count ("30 ثانية")
    // or before واحدة.
    private static bool IsOrdinalHomograph(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, int last)
    {
        ReadOnlySpan<char> word = tokens[index].Span.Slice(text);
        ReadOnlySpan<char> previous = index > 0 && tokens[index].SpacedFromPrevious ? tokens[index - 1].Span.Slice(text) : default;
        if (last != index)
        {
            return false;
        }

        // "آل ثاني": a noun as short as the article, looked up as written.
        if (previous.Length == 2 && OrdinalLexicon.Homographs.TryGet(previous, out string? family) && word.SequenceEqual(family))
        {
            return true;
        }

        // "الملازم الأول": the article on both words.
        if (!previous.IsEmpty && OrdinalLexicon.Homographs.TryGetWithArticle(previous, out string? ordinal, out int clitic)
            && (word.SequenceEqual(ordinal) || (previous[clitic..].StartsWith("ال") && word.StartsWith("ال") && word[2..].SequenceEqual(ordinal))))
        {
            return true;
        }

        ReadOnlySpan<char> following = index + 1 < tokens.Length && tokens[index + 1].SpacedFromPrevious ? tokens[index + 1].Span.Slice(text) : default;
        return word is "ثانيه" && (following is "واحده"
            || (!previous.IsEmpty && (char.IsAsciiDigit(previous[^1]) || NumberLexicon.TryGet(previous, out _))));
    }

    // The most words a verb of comparison's subject runs over ("يقل عدد المصانع السعودية العاملة في تعبئة المياه عن").
    private const int MaxSplitSubjectWords = 8;

    // "يقل وزنها الإجمالي عن 3500", "لا يتجاوز عمر المتقدم عن 35": a verb of comparison, its subject, and the
    // verb's preposition right before the number, in one clause.
    private static bool TrySplitBound(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, int index, out NumberQualifier qualifier)
    {
        qualifier = NumberQualifier.Exact;
        if (index < 3 || !tokens[index].SpacedFromPrevious)
        {
            return false;
        }

        ReadOnlySpan<char> preposition = tokens[index - 1].Span.Slice(text);
        if (preposition is not ("عن" or "علي"))
        {
            return false;
        }

        for (int k = index - 2; k > 0 && index - 2 - k < MaxSplitSubjectWords; k--)
        {
            if (!tokens[k + 1].SpacedFromPrevious)
            {
                return false; // punctuation ends the clause
            }

            if (NumberMarkers.Split.TryMatchBefore(text, tokens, k, out _, out _, out (NumberMarker Marker, string Preposition) verb)
                && preposition.SequenceEqual(verb.Preposition))
            {
                qualifier = verb.Marker.Qualifier;
                return true;
            }
        }

        return false;
    }
}
