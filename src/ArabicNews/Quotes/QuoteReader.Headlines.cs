using System;

namespace ArabicNews.Quotes;

// Headline quotes ("الوزير: …") and the datelines and mastheads that look like them.
internal ref partial struct QuoteReader
{
    // How far into the body a headline's speaker is looked for, and how close after a cue.
    private const int LeadWords = 60;
    private const int SpeakerWords = 6;

    // How far into the body a headline's common word is looked for as a name the article uses.
    private const int BodyWords = 400;

    // "بوتين: اتفقنا مع …", "كوريا الشمالية: نحو 800 ألف …": a short line whose first words and a colon name the speaker;
    // so may a part of the title after ".." ("قوات الأسد تتراجع.. وحزب الله: هي معركة لبنان", "بالفيديو.. ابنة
    // المعلمة: …").
    private bool TryHeadline(int i, out QuoteMention headline, out int last)
    {
        headline = default;
        last = i;
        if (QuoteWords.TryCue(_t, i, out _))
        {
            return false; // "وأضاف الرئيس: …": a line that opens with a cue is its speaker's statement, read by the cue
        }

        int lineEnd = i;
        while (lineEnd + 1 < _t.Count && !_t.Gap(lineEnd + 1).Contains('\n'))
        {
            if (++lineEnd - i > 25)
            {
                return false; // a paragraph, not a headline: no need to walk to its end
            }
        }

        if (TryHeadlineAt(i, lineEnd, out headline))
        {
            last = lineEnd;
            return true;
        }

        for (int part = i + 1; part <= lineEnd - 2 && InFirstLine(i); part++)
        {
            if (_t.Gap(part).Contains("..", StringComparison.Ordinal) && !QuoteWords.TryCue(_t, part, out _) && TryHeadlineAt(part, lineEnd, out headline))
            {
                last = lineEnd;
                return true;
            }
        }

        return false;
    }

    // The headline whose speaker is the words from `i` to a colon within six words, its content up to `lineEnd`.
    private bool TryHeadlineAt(int i, int lineEnd, out QuoteMention headline)
    {
        headline = default;
        for (int k = i + 1; k <= Math.Min(i + 6, lineEnd); k++)
        {
            ReadOnlySpan<char> gap = _t.Gap(k);
            if (!gap.Contains(':'))
            {
                if (k == i + 1 && gap.Contains("..", StringComparison.Ordinal) && QuoteWords.IsMasthead(_t.Word(i)))
                {
                    return TryHeadlineAt(k, lineEnd, out headline); // "بالفيديو.. ابنة المعلمة: …": past the label
                }

                continue;
            }

            // "كيري لـ «الشرق الأوسط»: …": the outlet the speaker spoke to is no part of the speaker, nor is a cue
            // ("روحاني قال: …").
            int speakerEnd = k;
            for (int w = i + 1; w < k; w++)
            {
                if (_t.Word(w) is "ل" || QuoteWords.IsMediaCredit(_t.Word(w)) || QuoteWords.IsCue(_t, w))
                {
                    speakerEnd = w;
                    break;
                }
            }

            // "موسكو: أكدت وزيرة …" is a dateline: a cue right after the colon; so is "الجزائر: …", a place. A common
            // word is a label ("تحذير: …", "أولا: …") unless the lead names it again as who speaks, or, the title's one
            // word, the body names it again ("ناسا:" and "وكالة ناسا", "صالحي:" and "علي أكبر صالحي").
            bool quotedSpeaker = _t.Gap(i).Trim().IndexOfAny("\"“”«»") >= 0 || speakerEnd < k;
            if (!IsHeadlineColon(gap, quotedSpeaker) || IsMasthead(i, speakerEnd, lineEnd) || lineEnd - k < 2 || QuoteWords.TryCue(_t, k, out _)
                || (QuoteLexicon.Places.TryGetValue(_t.Text[_t.Tokens[i].Start.._t.Tokens[speakerEnd - 1].End].ToString(), out PlaceKind place) && place == PlaceKind.City)
                || (QuoteWords.IsCommonWord(_t.Word(i)) && !QuoteLexicon.TryRole(_t.Word(i), out _) && !QuoteLexicon.IsPlace(_t.Word(i))
                    && !(place is PlaceKind.Country or PlaceKind.Region) && !SpeaksInLead(speakerEnd - 1, lineEnd) && !(speakerEnd == i + 1 && InFirstLine(i) && NamedInBody(i, lineEnd))))
            {
                return false;
            }

            int contentEnd = k;
            while (contentEnd + 1 <= lineEnd && !_t.Gap(contentEnd + 1).Contains('|'))
            {
                contentEnd++;
            }

            ReadTitledNames();
            Person speaker = _people.Register(_t, i, speakerEnd, null, SpeakerGender.Unmarked, clitic: !_t.IsLineStart(i) && JoinedByWa(_t.Word(i)) ? 1 : 0);
            speaker.LastSpoke = _t.Tokens[i].Start;
            var context = new Context(speaker, null, CueStance.Neutral, SpeakerEvidence.Headline, -1);
            // The content from the mark that opens it, if any ("أوباما: “تكساس” …").
            int colon = gap.IndexOf(':'), contentStart = colon + 1;
            while (contentStart < gap.Length && char.IsWhiteSpace(gap[contentStart]))
            {
                contentStart++;
            }

            headline = Mention(_t.Tokens[k].GapStart + contentStart, _t.Tokens[contentEnd].End, QuoteKind.Headline, context);
            return true;
        }

        return false;
    }

    // The colon after a headline's speaker: alone, or with the marks that close a quoted speaker or credit before it
    // ("«موبايلي»:", "لـ «الشرق الأوسط»:") and those that open the content after it ("أوباما: “تكساس”", ": ( 354863 )").
    private static bool IsHeadlineColon(ReadOnlySpan<char> gap, bool quotedSpeaker)
    {
        ReadOnlySpan<char> trimmed = gap.Trim();
        int colon = trimmed.IndexOf(':');
        ReadOnlySpan<char> before = trimmed[..colon].Trim(), after = trimmed[(colon + 1)..].Trim();
        return (before.IsEmpty || (quotedSpeaker && before.Trim("\"“”«»}{ ").IsEmpty)) && after.Trim("\"“”«»({[ ").IsEmpty;
    }

    // "وحزب الله" after "..": و joins the part to the line, unless it begins a word of its own ("وزير", "واشنطن", "وليد").
    private static bool JoinedByWa(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[0] == 'و' && !QuoteLexicon.Roles.TryGet(word, out _) && !QuoteLexicon.IsPlace(word) && !QuoteWords.IsGivenName(word);

    // Whether the article's body names a headline's one word `last` again as written, within BodyWords ("ناسا:" and
    // "وكالة الفضاء ناسا").
    private readonly bool NamedInBody(int last, int lineEnd)
    {
        ReadOnlySpan<char> word = _t.Word(last);
        if (word.Length < 3)
        {
            return false;
        }

        for (int k = lineEnd + 1; k < _t.Count && k - lineEnd <= BodyWords; k++)
        {
            // As written, or after و، ب or ل ("وصالحي"); not a noun with the article ("تحذير" and "التحذير").
            ReadOnlySpan<char> other = _t.Word(k);
            if (other.SequenceEqual(word) || (other.Length == word.Length + 1 && other[0] is 'و' or 'ب' or 'ل' && other[1..].SequenceEqual(word)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the lead (the words after the headline, up to LeadWords) names the headline's word `last` again as who
    // speaks: within SpeakerWords after a cue and before its speech, or right after a title or a body ("وزارة الصحة").
    private readonly bool SpeaksInLead(int last, int lineEnd)
    {
        ReadOnlySpan<char> word = Bare(_t.Word(last));
        int lastCue = -1;
        for (int k = lineEnd + 1; k < _t.Count && k - lineEnd <= LeadWords; k++)
        {
            if (QuoteWords.TryCue(_t, k, out _))
            {
                lastCue = k;
                continue;
            }

            if (QuoteWords.IsComplementizer(_t.Word(k)) || _t.Gap(k).IndexOfAny(":\"“”«»") >= 0)
            {
                lastCue = -1; // the speech, past the speaker's phrase
            }

            if (word.Length > 2 && Bare(_t.Word(k)).SequenceEqual(word)
                && ((lastCue >= 0 && k - lastCue <= SpeakerWords) || (k > 0 && QuoteLexicon.TryRole(_t.Word(k - 1), out _))))
            {
                return true;
            }
        }

        return false;
    }

    // Without ل, ب, و and the article: "للجوازات" is "الجوازات".
    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> w)
    {
        w = w.Length > 4 && w.StartsWith("لل") ? w[2..] : w.Length > 3 && w[0] is 'و' or 'ب' or 'ل' && !w.StartsWith("ال") ? w[1..] : w;
        return w.Length > 4 && w.StartsWith("ال") ? w[2..] : w;
    }

    // "مجلس التحرير: …", "المصدر: …", "اقرأ أيضا: …", "date 2024-11-02": not speakers; nor more than four words,
    // unless the lead names the first again as who speaks ("ابن المواطنة المتهمة بالسحر بالقصيم:" and "نفى ابن
    // المواطنة"), up to six.
    private bool IsMasthead(int from, int to, int lineEnd)
    {
        ReadOnlySpan<char> first = _t.Word(from);
        return QuoteWords.IsMasthead(first) || char.IsAsciiDigit(first[0]) || (to - from > 4 && !(to - from <= 6 && SpeaksInLead(from, lineEnd)));
    }
}
