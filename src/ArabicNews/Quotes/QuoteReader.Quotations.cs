using System;
using System.Collections.Generic;

namespace ArabicNews.Quotes;

// Quotations in marks: quotes, and the names, credits and outlets that marks also hold.
internal ref partial struct QuoteReader
{
    // "لـ«عكاظ»", "لـ"واس"", "لعكاظ", "لوكالة الأنباء", "لصحيفة الوطن": the outlet a statement was made to.
    private readonly bool IsCredit(int k)
    {
        ReadOnlySpan<char> word = _t.Word(k);
        if (word.Length < 1 || word[0] != 'ل' || word.StartsWith("لا"))
        {
            return false;
        }

        if (word.Length == 1)
        {
            // "لـ"واس"", "لـ(إيه.بي.سي)": an outlet in marks or in parentheses, not a number ("لـ(10) أيام").
            return k + 1 < _t.Count && (_t.Gap(k + 1).Contains('"') || (_t.Gap(k + 1).Contains('(') && !char.IsAsciiDigit(_t.Word(k + 1)[0])));
        }

        ReadOnlySpan<char> rest = word[1..];
        return QuoteLexicon.Is(rest, QuoteWordClass.Media) || QuoteLexicon.QuotedNames.Contains(rest.ToString())
            || (rest.StartsWith("ل") && QuoteLexicon.QuotedNames.Contains("ال" + rest[1..].ToString()));
    }

    // The word after a credit at k: past its quoted name, or past the outlet's words up to a complementizer.
    private readonly int SkipCredit(int k)
    {
        if (k + 1 < _t.Count && _t.Word(k).Length == 1 && _t.Gap(k + 1).Contains('('))
        {
            // "لـ(إيه.بي.سي)": past the closing parenthesis, a few words on (the points inside end no sentence).
            for (int j = k + 2; j < _t.Count && j - k - 1 <= MaxCreditWords; j++)
            {
                if (_t.Gap(j).Contains(')'))
                {
                    return j;
                }
            }

            return k + 1;
        }

        int pastName = k + 1 < _t.Count ? QuotationAfter(k + 1, out _) : -1;
        return pastName >= 0 ? pastName : k + 1;
    }

    // The most words an outlet's name in parentheses after لـ holds ("إيه.بي.سي" is three).
    private const int MaxCreditWords = 6;

    // The word after a quoted name that opens before word k ("الوطن" told a statement), or k when there is none. A
    // quotation after a colon is what was said, never a name to skip ("وقال ترامب: “سنفرض رسوما”").
    private readonly int SkipQuotedName(int k)
    {
        if (_t.Gap(k).Contains(':'))
        {
            return k;
        }

        int after = QuotationAfter(k, out int first);
        return after >= 0 && IsName(first, after) ? after : k;
    }

    // Whether the only quotation mark in the gap before word k closes a quotation (a credit's, a name's).
    private readonly bool ClosesQuotation(int k)
    {
        int gapStart = _t.Tokens[k].GapStart, start = _t.Tokens[k].Start;
        int last = LastMarkOpeningBefore(start);
        return last >= 0 && _marks[last].Open < gapStart && _marks[last].Close >= gapStart && _marks[last].Close < start;
    }

    // The quotation whose opening mark lies in the gap before word k: its first word and the word after it (-1: none).
    private readonly int QuotationAfter(int k, out int first)
    {
        first = k;
        int last = LastMarkOpeningBefore(_t.Tokens[k].Start);
        return last >= 0 && _marks[last].Open >= _t.Tokens[k].GapStart ? _t.FirstTokenAfter(_marks[last].Close + 1, k) : -1;
    }

    // The last pair of marks that opens before `position` (the pairs are in order and do not cross), or -1.
    private readonly int LastMarkOpeningBefore(int position) =>
        SortedPositions.FirstAtOrAfter(_marks, position, static m => m.Open) - 1;

    // A quote from mark `open` to mark `close`, whose first word is `first`; `after` is the first word after it.
    private void ReadQuote(List<QuoteMention> found, int open, int close, int first, int after)
    {
        int words = after - first;
        int before = first - 1;
        // "شركة «أرامكو»" names the company, but "وقال رئيس مجلس الإدارة: «…»" quotes him: a colon is no name's.
        bool nameNoun = before >= 0 && _t.Tokens[before].End <= open && (QuoteWords.IsNameNoun(_t.Word(before)) || _t.Word(before) is "ل")
            && !_t.Gap(first).Contains(':');
        bool introduced = before >= 0 && _t.Tokens[before].End <= open && (QuoteWords.IsComplementizer(_t.Word(before)) || _t.Word(before) is "ب");
        introduced |= _context.QuoteAt >= 0 && _context.QuoteAt <= first && _t.Gap(first).Contains(':'); // "وقال ترامب: “سنفرض رسوما”"
        if (nameNoun || IsName(first, after, introduced))
        {
            return; // «عكاظ», لـ"واس", «تويتر», "gis", a name the article gives: names, not quotes
        }

        if (_context.Speaker is not null || _context.CueText is not null)
        {
            bool colon = _t.Gap(first).Contains(':');
            bool direct = _context.QuoteAt >= 0 && _context.QuoteAt <= first && (colon || _context.Saying);
            QuoteKind kind = direct && (colon || words >= 3) ? QuoteKind.Direct : QuoteKind.Partial;
            if (!direct && words <= 2 && _context.Speaker is null)
            {
                return;
            }

            if (!direct && words == 1 && !introduced && !SaidBefore(before))
            {
                return; // "تجربة «داعش»", "من خلال "شيطنة" العدو": one word in marks after a noun or preposition is a term
            }

            found.Add(Mention(open + 1, close, kind, _context));
            _context = _context with { QuoteAt = -1 };
            return;
        }

        // "«…»، قال فلان", "«…»، هكذا علّق المدرب": the cue after the quote.
        int k = after;
        if (k < _t.Count && _t.Word(k) is "هكذا")
        {
            k++;
        }

        if (k < _t.Count && after < _t.Count && !_t.EndsSentence(after) && QuoteWords.TryCue(_t, k, out QuoteCue cue, out string cueText) && !cue.IsParticiple)
        {
            int end = k + 1;
            while (end < _t.Count && end - k <= 12 && !_t.EndsSentence(end) && _t.Gap(end).IndexOfAny(":\"") < 0 && !QuoteWords.IsComplementizer(_t.Word(end)))
            {
                end++;
            }

            SpeakerEvidence evidence;
            Person? speaker;
            if (end > k + 1)
            {
                speaker = SpeakerPhrase.Read(_t, _people, k + 1, end, cue.Gender, out evidence);
            }
            else
            {
                speaker = _people.Continue(cue.Gender);
                evidence = SpeakerEvidence.Continuation;
            }

            var context = new Context(speaker, cueText, cue.Stance, evidence, -1);
            found.Add(Mention(open + 1, close, QuoteKind.Direct, context));
            if (speaker is not null)
            {
                _people.LastSpeaker = speaker;
                speaker.LastSpoke = open;
            }

            return;
        }

        // A long quotation with no cue: speech, probably the last speaker's; a short one is a name or a term.
        if (words >= 6 && _people.LastSpeaker is not null)
        {
            found.Add(Mention(open + 1, close, QuoteKind.Direct, new Context(_people.LastSpeaker, null, CueStance.Neutral, SpeakerEvidence.LastSpeaker, -1)));
        }
    }

    // Whether one word in marks after word `before` is what someone said: after a verb ("ستكون «نظيفة»", "يتهمونها
    // «بالتدخل»"), a verbal noun with its pronoun ("تقديمه “أدلة”"), or the preposition of a cue ("معربا عن “امتنان”").
    private readonly bool SaidBefore(int before)
    {
        if (before < 0)
        {
            return false;
        }

        ReadOnlySpan<char> word = _t.Word(before);
        bool verb = word.Length >= 4 && word[0] is 'ي' or 'ت' or 'ن' or 'س' && word[^1] != 'ه' && !word.StartsWith("ال") && !QuoteWords.IsFunctionWord(word);
        bool withPronoun = word.Length >= 5 && word[^1] == 'ه' && _t.OriginalLastChar(before) == 'ه' && !word.StartsWith("ال");
        bool cuePreposition = QuoteWords.IsFunctionWord(word) && before > 0 && QuoteWords.IsCue(_t, before - 1);
        return verb || withPronoun || cuePreposition;
    }

    // Latin letters by name, the first with the article or not.
    private readonly bool IsAcronym(int first, int after)
    {
        for (int k = first; k < after; k++)
        {
            ReadOnlySpan<char> word = _t.Word(k);
            word = k == first && word.Length > 3 && word.StartsWith("ال") ? word[2..] : word;
            if (!QuoteLexicon.Is(word, QuoteWordClass.LetterName))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the quotation of words [first, after) is a name: an outlet, agency or platform, Latin letters and digits
    // only, or a person the article names.
    private readonly bool IsName(int first, int after, bool introduced = false)
    {
        if (after - first > 6 || after <= first)
        {
            return false;
        }

        bool latin = true;
        for (int k = first; k < after && latin; k++)
        {
            foreach (char ch in _t.Word(k))
            {
                latin &= char.IsAscii(ch);
            }
        }

        if (latin)
        {
            return true;
        }

        // "جنيف 2", "ويندوز 10": a name with a number in it; "جبل العليقة", "مركز الملك سلمان للإغاثة": a place or
        // an institution by its type noun.
        for (int k = first; k < after; k++)
        {
            if (char.IsDigit(_t.Word(k)[0]))
            {
                return true;
            }
        }

        if (QuoteWords.IsNameNoun(_t.Word(first)) && !introduced)
        {
            return true;
        }

        string content = _t.Text[_t.Tokens[first].Start.._t.Tokens[after - 1].End].ToString();
        if (QuoteLexicon.QuotedNames.Contains(content) || (content.Length > 2 && content[0] is 'ب' or 'ل' && QuoteLexicon.QuotedNames.Contains(content[1..])))
        {
            return true;
        }

        if (!introduced && QuoteLexicon.RecurringQuotations.Contains(content))
        {
            // «الشياطين الحمر», «عاصفة الحزم»: what the corpus quotes on many days is a name or a term, unless it is
            // introduced as speech ("وصفها بـ«…»").
            return true;
        }

        if (after - first >= 2 && _t.Word(first) is "ابو" or "ابي" or "ابا" or "ام" or "ابن" && PersonName.End(_t, _people, first, after) == after)
        {
            return true; // «أبو عبيدة», «أبي حمزة السنحاني»: a name by its kunya, wherever it stands
        }

        Person? person = _people.Known(_t, first, after);
        if (person is { IsBody: false } && person.Tokens.Length >= after - first)
        {
            return true;
        }

        if (after - first >= 2 && (IsAcronym(first, after) || _people.NamesBeginning(_t.Word(first))
            || (QuoteLexicon.TryRole(_t.Word(first), out SpeakerRole role) && role.Kind == SpeakerRoleKind.Title && !_t.Word(first + 1).StartsWith("ال")
                && PersonName.End(_t, _people, first + 1, after) == after)))
        {
            // «اف سي ايه», «الجي بي إس»: Latin letters by name; «باركليز زيمبابوي»: a body the article names, and
            // more; «الرائد نايف الشريف»: a title and a name.
            return true;
        }

        // "يوسف يعقوب الأحوازي", "ابن ريحان", "أ،ب،ج": names and labels, words the corpus never counts as common.
        bool names = true, labels = true;
        for (int k = first; k < after; k++)
        {
            ReadOnlySpan<char> word = _t.Word(k);
            labels &= word.Length <= 2;
            names &= QuoteWords.IsNameConnector(word) || QuoteWords.IsGivenName(word) || QuoteWords.IsFamilyName(word)
                || (!QuoteWords.IsCommonWord(word) && !QuoteWords.IsFunctionWord(word) && !QuoteWords.IsCue(_t, k) && word.Length > 2);
        }

        // After بأنها or بـ ("وصفها بأنها “حشو وضجيج”") rare words are speech, not a name.
        return labels || (names && !introduced && (after - first >= 2 || QuoteWords.IsGivenName(_t.Word(first)) || QuoteWords.IsFamilyName(_t.Word(first))));
    }
}
