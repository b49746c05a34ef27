using System;

namespace ArabicNews.Numbers;

/// <summary>
/// A number phrase read word by word: the running total and the group that the next scale word will
/// count. <see cref="TryAdd(System.ReadOnlySpan{char}, bool)"/> leaves the phrase as it was when the word cannot continue it, so an extractor
/// can grow a phrase until the first word that does not belong.
/// </summary>
internal struct NumberPhrase
{
    private bool _hasWords;
    private decimal _total;
    private decimal _group;
    private bool _hasGroup;
    private bool _lastWasUnit;
    private decimal _lastScale;
    private bool _overflow;
    private bool _lastWasHundred;

    // The last count added to the group (a unit, a ten, a literal), which a denominator divides; 0 when the
    // last word was not one, or a denominator closed the phrase.
    private decimal _lastCount;
    private bool _closed;

    // A unit after a ten and و, which only a denominator can complete ("عشرون وثلاثة" + "أخماس").
    private bool _pendingNumerator;

    // After فاصلة: the whole part, and whether the words now write the digits after the point.
    private decimal _whole;
    private bool _afterPoint;

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
                decimal value = checked(_total + _group);
                if (_afterPoint)
                {
                    // "واحد فاصلة خمسة وعشرون" is 1.25: the words after the point are its digits.
                    decimal scale = 1;
                    while (scale <= value)
                    {
                        scale *= 10;
                    }

                    value = _whole + (value / scale);
                }

                // Dividing by 1.000… drops trailing zeros that scaling leaves: 5.5 مليار is 5500000000, not 5500000000.0.
                return value / 1.0000000000000000000000000000m;
            }
            catch (OverflowException)
            {
                return null;
            }
        }
    }

    /// <summary>Gets whether the words so far make a number: false while a numerator waits for its denominator.</summary>
    public readonly bool IsComplete => _hasWords && !_pendingNumerator;

    /// <summary>Gets whether a word has been added.</summary>
    public readonly bool HasWords => _hasWords;

    /// <summary>Gets whether the phrase ends with a scale word that nothing follows ("عشرة آلاف").</summary>
    public readonly bool EndsWithScale => _hasWords && !_hasGroup && _lastScale > 0;

    /// <summary>Gets whether the phrase holds a scale word at all.</summary>
    public readonly bool HasScale => _lastScale > 0;

    /// <summary>Gets the last scale word's value (1000 for "عشرة آلاف"), or 0.</summary>
    public readonly decimal LastScale => _lastScale;

    /// <summary>Gets the value: null for a number too large for decimal.</summary>
    public readonly decimal? Value => Total;

    /// <summary>
    /// Adds a token (a number word with its clitics, or a literal); <paramref name="conjunction"/> says a
    /// separate و came before it. Returns false, changing nothing, when the token cannot continue the phrase.
    /// </summary>
    public bool TryAdd(ReadOnlySpan<char> token, bool conjunction) => TryAdd(token, conjunction, out _);

    /// <summary>As <see cref="TryAdd(ReadOnlySpan{char}, bool)"/>, and says how many leading characters were clitics (و، ب، ال…).</summary>
    public bool TryAdd(ReadOnlySpan<char> token, bool conjunction, out int cliticLength)
    {
        NumberPhrase saved = this;
        if (!NumberPhraseParser.TryReadToken(token, ref conjunction, out NumberWord word, out decimal? literal, out bool isLiteral, out cliticLength))
        {
            return false;
        }

        bool added;
        try
        {
            added = AddChecked(word, literal, isLiteral, conjunction && _hasWords);
        }
        catch (OverflowException)
        {
            _overflow = true;
            added = true;
        }

        if (!added)
        {
            this = saved;
            return false;
        }

        _hasWords = true;
        return true;
    }

    private bool AddChecked(NumberWord word, decimal? literal, bool isLiteral, bool conjunction)
    {
        if (_closed || (_pendingNumerator && word.Kind != NumberWordKind.Denominator) || (_pendingNumerator && isLiteral))
        {
            return false;
        }

        bool wasUnit = _lastWasUnit;
        bool wasHundred = _lastWasHundred;
        decimal lastCount = _lastCount;
        _lastWasUnit = false;
        _lastWasHundred = false;
        _lastCount = 0;

        // Colloquial copy drops the و after hundreds: "متين واحد وعشرين" is 221.
        if (wasHundred && !conjunction && !isLiteral && word.Kind is NumberWordKind.Unit or NumberWordKind.Ten && word.Form != NumberWordForm.Many)
        {
            conjunction = true;
        }

        if (isLiteral)
        {
            // Digits never compound with و the way number words do: "2022 و2024" is two numbers, but
            // "مليون و500 ألف" continues after a scale word, and so does a smaller number without و
            // ("4 آلاف 3 مئة", as words do in "ألف خمس مئة").
            // After hundreds, digits below a hundred join with و ("٣ مئة و ٢١"), as words do.
            bool afterHundreds = _hasGroup && wasHundred && conjunction && literal is < 100 and >= 0;
            if ((_hasGroup && !afterHundreds) || (_total != 0 && !conjunction && !(literal < _lastScale)))
            {
                return false;
            }

            _overflow |= literal is null;
            _group = checked(_group + (literal ?? 0));
            _hasGroup = true;
            _lastCount = literal ?? 0;
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

                // After و a unit follows only a round group: hundreds ("مئة وخمسة") or nothing since the last
                // scale ("ألف وثلاثة"); "عشرة وخمسة عشر" is two numbers, not 25. After a ten it can only be
                // the numerator of a fraction that must follow ("عشرون وثلاثة أخماس").
                if (_hasGroup && !conjunction)
                {
                    return false;
                }

                if (_hasGroup && _group % 100 != 0)
                {
                    if (word.Value is < 1 or > 9)
                    {
                        return false;
                    }

                    _pendingNumerator = true;
                }

                _group += word.Value;
                _hasGroup = true;
                _lastWasUnit = word.Value is >= 1 and <= 9;
                _lastCount = word.Value;
                return true;

            case NumberWordKind.Ten:
                // A ten follows a unit ("خمسة وعشرون") or hundreds ("مئة وعشرون"), never another ten or a teen.
                if ((_hasGroup && (!conjunction || _group % 100 is not (0 or (>= 1 and <= 9)) || decimal.Truncate(_group) != _group))
                    || word.Form == NumberWordForm.Many)
                {
                    return false;
                }

                _group += word.Value;
                _hasGroup = true;
                _lastCount = word.Value;
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
                    _lastWasHundred = true;
                    return true;
                }

                if (_hasGroup && _group != 0)
                {
                    return false; // "ثلاثمائة ومائتين" is two numbers
                }

                _group += word.Value; // the dual مئتان is 200 in the lexicon
                _hasGroup = true;
                _lastWasHundred = true;
                return true;

            case NumberWordKind.Denominator:
                if (lastCount <= 0 || conjunction || _afterPoint)
                {
                    return false;
                }

                if (lastCount <= 10 && lastCount >= word.Value && _total + _group == lastCount)
                {
                    return false; // "آخر أربعة أرباع": a count of quarters (of a year), not 4/4; "ثلاثة أرباع" is 3/4
                }

                // A unit after و is the numerator alone ("عشرون وثلاثة أخماس" is 20 + 3/5); otherwise the whole
                // count is ("واحد وعشرون أخماس" is 21/5, "ثلاثة أرباع" 3/4).
                if (lastCount <= 10 && _total + _group != lastCount)
                {
                    _group = _group - lastCount + (lastCount / word.Value);
                }
                else
                {
                    _total /= word.Value;
                    _group /= word.Value;
                }

                _closed = true;
                _pendingNumerator = false;
                return true;

            case NumberWordKind.Point:
                if (_afterPoint || (!_hasGroup && _total == 0 && !_hasWords))
                {
                    return false;
                }

                _whole = checked(_total + _group);
                _total = 0;
                _group = 0;
                _hasGroup = false;
                _lastScale = 0;
                _afterPoint = true;
                return true;

            case NumberWordKind.Scale:
                if (_afterPoint)
                {
                    return false;
                }

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
