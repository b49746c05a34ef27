using System;
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
        var state = new State();
        int i = 0;
        bool any = false;
        TextSpan pendingConjunction = default;
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
                if (!pendingConjunction.IsEmpty || !any)
                {
                    failed = token;
                    return false;
                }

                pendingConjunction = token;
                continue;
            }

            bool conjunction = !pendingConjunction.IsEmpty;
            pendingConjunction = default;
            if (!TryReadToken(word, ref conjunction, out NumberWord entry, out decimal? literal, out bool isLiteral)
                || !state.Add(entry, literal, isLiteral, conjunction && any))
            {
                failed = token;
                return false;
            }

            any = true;
        }

        if (!any || !pendingConjunction.IsEmpty)
        {
            failed = any ? pendingConjunction : new TextSpan(text.Length, 0);
            return false;
        }

        failed = default;
        result = new ParsedNumber(state.Total);
        return true;
    }

    // One token: a number word (with at most a conjunction and a preposition attached) or a literal.
    private static bool TryReadToken(ReadOnlySpan<char> word, ref bool conjunction, out NumberWord entry, out decimal? literal, out bool isLiteral)
    {
        entry = default;
        literal = null;
        isLiteral = false;

        // stage 0: nothing stripped; 1: و or ف stripped; 2: ب, ل or ك stripped.
        for (int stage = 0; word.Length > 0;)
        {
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
            else
            {
                return false;
            }

            word = word[1..];
        }

        return false;
    }

    private static bool IsLiteralStart(ReadOnlySpan<char> word) =>
        char.IsAsciiDigit(word[0]) || (word.Length > 1 && word[0] is '-' or '+' && char.IsAsciiDigit(word[1]));

    // Digits with '.' and ',' (after normalization, also what ٫ and ٬ were): the last separator is the
    // decimal point when both appear; a lone ',' followed by exactly three digits, or any separator that
    // appears more than once, groups thousands; otherwise the separator is the decimal point.
    internal static bool TryParseLiteral(ReadOnlySpan<char> text, out decimal? value)
    {
        value = null;
        bool negative = text[0] == '-';
        if (text[0] is '-' or '+')
        {
            text = text[1..];
        }

        int dots = text.Count('.');
        int commas = text.Count(',');
        char decimalPoint = '\0';
        if (dots > 0 && commas > 0)
        {
            decimalPoint = text.LastIndexOf('.') > text.LastIndexOf(',') ? '.' : ',';
        }
        else if (dots == 1)
        {
            decimalPoint = '.';
        }
        else if (commas == 1 && text.Length - text.IndexOf(',') - 1 != 3)
        {
            decimalPoint = ',';
        }

        if ((decimalPoint == '.' && dots > 1) || (decimalPoint == ',' && commas > 1))
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
            else if (c == decimalPoint && scale == 0 && char.IsAsciiDigit(previous))
            {
                scale = 1;
            }
            else if (c is '.' or ',' && c != decimalPoint && char.IsAsciiDigit(previous))
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

    // The running total and the group that a scale word will count.
    private struct State
    {
        private decimal _total;
        private decimal _group;
        private bool _hasGroup;
        private bool _lastWasUnit;
        private decimal _lastScale;
        private bool _overflow;

        public readonly decimal? Total
        {
            get
            {
                if (_overflow)
                {
                    return null;
                }

                try
                {
                    return checked(_total + _group);
                }
                catch (OverflowException)
                {
                    return null;
                }
            }
        }

        public bool Add(NumberWord word, decimal? literal, bool isLiteral, bool conjunction)
        {
            try
            {
                return AddChecked(word, literal, isLiteral, conjunction);
            }
            catch (OverflowException)
            {
                _overflow = true;
                return true;
            }
        }

        private bool AddChecked(NumberWord word, decimal? literal, bool isLiteral, bool conjunction)
        {
            bool wasUnit = _lastWasUnit;
            _lastWasUnit = false;
            if (isLiteral)
            {
                if (_hasGroup && !conjunction)
                {
                    return false;
                }

                _overflow |= literal is null;
                _group = checked(_group + (literal ?? 0));
                _hasGroup = true;
                return true;
            }

            switch (word.Kind)
            {
                case NumberWordKind.Unit:
                    if (word.Value == 10 && wasUnit && !conjunction)
                    {
                        _group += 10; // a teen: ثلاثة عشر
                        return true;
                    }

                    if (_hasGroup && !conjunction)
                    {
                        return false;
                    }

                    _group += word.Value;
                    _hasGroup = true;
                    _lastWasUnit = word.Value is >= 1 and <= 9;
                    return true;

                case NumberWordKind.Ten:
                    if (_hasGroup && !conjunction)
                    {
                        return false;
                    }

                    _group += word.Value;
                    _hasGroup = true;
                    return true;

                case NumberWordKind.Hundred:
                    if (word.Form == NumberWordForm.Many)
                    {
                        return false;
                    }

                    if (_hasGroup && !conjunction)
                    {
                        if (word.Form != NumberWordForm.One || _group is < 1 or > 9 || decimal.Truncate(_group) != _group)
                        {
                            return false;
                        }

                        _group *= 100; // ثلاث مئة
                        return true;
                    }

                    _group += word.Value; // the dual مئتان is 200 in the lexicon
                    _hasGroup = true;
                    return true;

                case NumberWordKind.Scale:
                    if (!_hasGroup || conjunction)
                    {
                        if (conjunction && _hasGroup)
                        {
                            // "مئة وألف": the group counts nothing; it is added, and so is the scale.
                            _total = checked(_total + _group);
                            _group = 0;
                            _hasGroup = false;
                        }

                        if (!conjunction && _total > 0 && word.Value > _lastScale && word.Form == NumberWordForm.One)
                        {
                            _total = checked(_total * word.Value); // ألف مليون
                            _lastScale = word.Value;
                            return true;
                        }

                        if (word.Form == NumberWordForm.Many || (_total > 0 && !conjunction))
                        {
                            return false;
                        }

                        _total = checked(_total + (word.Value * (word.Form == NumberWordForm.Two ? 2 : 1)));
                    }
                    else
                    {
                        _total = checked(_total + (_group * word.Value));
                        _group = 0;
                        _hasGroup = false;
                    }

                    _lastScale = word.Value;
                    return true;

                case NumberWordKind.Fraction:
                    if (conjunction && !_hasGroup && _lastScale > 0)
                    {
                        _total = checked(_total + (word.Value * _lastScale)); // مليون ونصف
                        return true;
                    }

                    if (conjunction && _hasGroup)
                    {
                        _group += word.Value; // خمسة ونصف
                        return true;
                    }

                    if (!_hasGroup && !conjunction && _total == 0)
                    {
                        _group = word.Value; // نصف مليون
                        _hasGroup = true;
                        return true;
                    }

                    return false;

                default:
                    return false;
            }
        }
    }
}
