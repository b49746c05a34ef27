using System;

namespace ArabicNews.Quotes;

// Where reported clauses and the claims of claim verbs begin and end.
internal ref partial struct QuoteReader
{
    // Whether word k lies on the text's first line (its headline).
    private readonly bool InFirstLine(int k) => _t.Tokens[k].Start < _firstLineEnd;

    // The last word of a reported clause that starts at word `first`: before the sentence ends or another statement starts.
    private int ClauseEnd(int first)
    {
        int end = first;
        while (end + 1 < _t.Count && !_t.EndsSentence(end + 1) && !StartsAnotherStatement(end + 1))
        {
            end++;
        }

        return end;
    }

    // Where the claim that a cue's object states begins: after the speaker named after the cue (or right after the cue
    // when none is), past a preposition (عن، من، على، إلى) or an adverb; 0 when no claim follows in the sentence or the
    // speaker is one unknown word ("أعلن صافرة النهاية").
    private readonly int ClaimStart(int cue, Person? speaker, SpeakerEvidence evidence)
    {
        if (speaker is null)
        {
            return 0;
        }

        int k = cue + 1;
        if (speaker is not null && evidence is SpeakerEvidence.Name or SpeakerEvidence.Body or SpeakerEvidence.Reference
            && speaker.MentionStart >= _t.Tokens[cue].End)
        {
            k = _t.FirstTokenAfter(speaker.MentionStart + speaker.MentionLength, cue + 1);
        }

        if (evidence == SpeakerEvidence.Name && speaker is { Tokens.Length: 1, Title: null } && !QuoteWords.IsGivenName(speaker.Tokens[0])
            && !QuoteWords.IsFamilyName(speaker.Tokens[0])
            && !(speaker.Tokens[0].StartsWith("ال", StringComparison.Ordinal) && k < _t.Count && _t.Word(k) is "علي" or "عن" or "الي"))
        {
            // "أعلن صافرة النهاية": one unknown word is too weak a subject to report a claim by; "أكد الجبير" is not, nor
            // one with the article before the verb's preposition ("وأكد العليان على أهمية").
            return 0;
        }

        // The words before the object: prepositions and particles, time words ("أعلنت السلطات السبت عن"), and a comma
        // before the verb's preposition ("أعلنت وزارة الصحة، عن تسجيل"); a cue that points ("لفت", "ألمح") has its claim
        // after إلى or ل, past a noun of attention ("لافتا النظر إلى ضرورة"), and none without ("لفت نظري شيء").
        bool pointing = QuoteWords.TryCue(_t, cue, out QuoteCue pointer) && QuoteLexicon.Is(pointer.Lemma, QuoteWordClass.Pointing);
        bool pointedAt = false;
        while (k < _t.Count && k - cue < 12 && !_t.EndsSentence(k)
            && (_t.Gap(k).Trim().IsEmpty || (_t.Gap(k).Trim() is "،" or "," && _t.Word(k) is "علي" or "عن" or "الي"))
            && (QuoteWords.IsFunctionWord(_t.Word(k)) || _t.Word(k) is "رسميا" || QuoteWords.IsTimePhraseWord(_t.Word(k), inPhrase: false)
                || (pointing && !pointedAt && QuoteLexicon.Is(_t.Word(k), QuoteWordClass.Attention)))
            && !QuoteWords.IsComplementizer(_t.Word(k)))
        {
            pointedAt |= _t.Word(k) is "الي";
            k++;
        }

        if (pointing && !pointedAt && !(k < _t.Count && _t.Word(k) is { Length: > 3 } withLam && withLam[0] == 'ل' && !QuoteWords.IsFunctionWord(withLam)))
        {
            // "وأشار التقرير إلى": past the name of a speaker named before, to إلى within the clause.
            int to = k;
            while (to < _t.Count && to - k < 6 && !_t.EndsSentence(to) && (to == k || _t.Gap(to).Trim().IsEmpty) && _t.Word(to) is not "الي"
                && !QuoteWords.IsComplementizer(_t.Word(to)) && !QuoteWords.IsCue(_t, to))
            {
                to++;
            }

            if (to >= _t.Count || _t.Word(to) is not "الي" || to + 1 >= _t.Count || !_t.Gap(to + 1).Trim().IsEmpty)
            {
                return 0;
            }

            k = to + 1;
        }

        return k < _t.Count && !_t.EndsSentence(k) && _t.Gap(k).Trim().IsEmpty && k + 1 < _t.Count && !_t.EndsSentence(k + 1)
            && !QuoteWords.IsCue(_t, k) && !char.IsDigit(_t.Word(k)[0])
            ? k
            : 0;
    }

    // The word after the reported clause that opens at `complementizer`.
    private int SkipClause(int complementizer)
    {
        int end = complementizer + 1;
        while (end < _t.Count && !_t.EndsSentence(end) && !StartsAnotherStatement(end))
        {
            end++;
        }

        _clauseEnd = end < _t.Count ? _t.Tokens[end].Start : _t.Text.Length;
        return end;
    }

    // Whether أن opens a clause within `words` words from word k, in the same sentence and before any quotation.
    private readonly bool ClauseOpensWithin(int k, int words)
    {
        for (int j = k; j < _t.Count && j - k < words; j++)
        {
            if ((j > k && _t.EndsSentence(j)) || (j > k && QuotationAfter(j, out _) >= 0 && !IsCredit(j - 1)))
            {
                return false;
            }

            if (IsClauseOpener(j))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the sentence ends within one word after a closing mark ("بأنه “توسع خطير” للصراع."), or the text does.
    private bool ClauseEndsAt(int close, int from)
    {
        int k = _t.FirstTokenAfter(close, from);
        for (int words = 0; words <= 1; words++, k++)
        {
            if (k >= _t.Count || _t.EndsSentence(k) || _t.Gap(k).IndexOfAny("،,") >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // A cue after a comma ("، قائلاً", "، بينما ذكر", "، وقال إنه"): the reported clause before it ends there.
    private bool StartsAnotherStatement(int k)
    {
        // "…، وهي خطوة وصفها الغرب بأنها": a cue a few words after a comma, with its own subject after it.
        bool afterComma = false;
        for (int j = k; j > Math.Max(0, k - 3) && !afterComma; j--)
        {
            afterComma = _t.Gap(j).IndexOfAny("،,") >= 0;
        }

        // A word after a plain space, not joined by و, with no comma in the three gaps before it starts nothing, cue or
        // not: most words of a clause, passed without looking them up.
        ReadOnlySpan<char> gap = _t.Gap(k);
        bool punctuated = !gap.Trim().IsEmpty;
        if ((!afterComma && !punctuated && _t.Word(k)[0] != 'و') || !QuoteWords.TryCue(_t, k, out QuoteCue cue))
        {
            return false;
        }

        if (gap.IndexOfAny("،,") >= 0 || (k > 0 && _t.Word(k - 1) is "بينما" or "فيما" or "كما" && _t.Gap(k - 1).IndexOfAny("،,") >= 0)
            || (cue.IsParticiple && punctuated))
        {
            return true;
        }

        if (_t.Word(k)[0] == 'و' && !cue.IsParticiple && IntroducesColon(k))
        {
            return true; // "… حفظهم الله جميعاً وقال معاليه: «": a cue that opens speech after a colon starts a statement
        }

        return afterComma && HasOwnSubject(k, cue);
    }

    // Whether a colon follows the cue at k within a speaker's phrase, with no other punctuation before it.
    private readonly bool IntroducesColon(int k)
    {
        for (int j = k + 1; j < _t.Count && j - k <= MaxColonPhrase; j++)
        {
            ReadOnlySpan<char> gap = _t.Gap(j).Trim();
            if (!gap.IsEmpty)
            {
                return gap[0] == ':';
            }
        }

        return false;
    }

    // The most words between a cue and the colon of the speech it opens ("وقال مدير عام الشرطة اللواء سعد العتيبي:").
    private const int MaxColonPhrase = 8;

    // Whether the cue at k, no participle, has a subject of its own right after it: a name, a title or a place.
    private readonly bool HasOwnSubject(int k, QuoteCue cue) =>
        !cue.IsParticiple && k + 1 < _t.Count && _t.Gap(k + 1).Trim().IsEmpty
        && (QuoteWords.IsNameWord(_t, k + 1) || QuoteLexicon.TryRole(_t.Word(k + 1), out _) || QuoteLexicon.IsPlace(_t.Word(k + 1)));

    // "… المنطقة. وقال جون هاموند إن": a sentence that opens with a cue and a speaker of its own, which ends speech
    // after a colon that runs on in its paragraph.
    private readonly bool StartsNamedStatement(int k) => QuoteWords.TryCue(_t, k, out QuoteCue cue) && HasOwnSubject(k, cue);

    // "… ريال. وأضاف: …": a sentence that opens with a cue, which ends speech after a colon that runs on.
    private readonly bool StartsStatement(int k) => QuoteWords.TryCue(_t, k, out _) && !IsAdjectivalParticiple(k);
}
