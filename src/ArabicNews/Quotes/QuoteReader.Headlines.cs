using System;

namespace ArabicNews.Quotes;

// Headline quotes ("الوزير: …") and the datelines and mastheads that look like them.
internal ref partial struct QuoteReader
{
    // How far into the body a headline's speaker is looked for, and how close after a cue.
    private const int LeadWords = 60;
    private const int SpeakerWords = 6;

    // "بوتين: اتفقنا مع …", "كوريا الشمالية: نحو 800 ألف …": a short line whose first words and a colon name the speaker.
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

        for (int k = i + 1; k <= Math.Min(i + 6, lineEnd); k++)
        {
            ReadOnlySpan<char> gap = _t.Gap(k);
            if (!gap.Contains(':'))
            {
                continue;
            }

            // "موسكو: أكدت وزيرة …" is a dateline: a cue right after the colon; so is "الجزائر: …", a place. A common
            // word is a label ("تحذير: …") unless the lead names it again as who speaks ("الجوازات:" and "المديرية
            // العامة للجوازات", "صالحي:" and "قال علي أكبر صالحي").
            bool quotedSpeaker = _t.Gap(i).Trim().IndexOfAny("\"“”«»") >= 0;
            if (gap.Trim().Trim("\"“”«»").Length != 1 || (gap.Trim().Length != 1 && !quotedSpeaker) || IsMasthead(i, k, lineEnd) || lineEnd - k < 2 || QuoteWords.TryCue(_t, k, out _)
                || (QuoteLexicon.Places.TryGetValue(_t.Text[_t.Tokens[i].Start.._t.Tokens[k - 1].End].ToString(), out PlaceKind place) && place == PlaceKind.City)
                || (QuoteWords.IsCommonWord(_t.Word(i)) && !QuoteLexicon.TryRole(_t.Word(i), out _) && !QuoteLexicon.IsPlace(_t.Word(i))
                    && !(place is PlaceKind.Country or PlaceKind.Region) && !SpeaksInLead(k - 1, lineEnd)))
            {
                return false;
            }

            int contentEnd = k;
            while (contentEnd + 1 <= lineEnd && !_t.Gap(contentEnd + 1).Contains('|'))
            {
                contentEnd++;
            }

            ReadTitledNames();
            Person speaker = _people.Register(_t, i, k, null, SpeakerGender.Unmarked);
            speaker.LastSpoke = _t.Tokens[i].Start;
            var context = new Context(speaker, null, CueStance.Neutral, SpeakerEvidence.Headline, -1);
            headline = Mention(_t.Tokens[k].Start, _t.Tokens[contentEnd].End, QuoteKind.Headline, context);
            last = lineEnd;
            return true;
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

        // Without ل, ب, و and the article: "للجوازات" is "الجوازات".
        static ReadOnlySpan<char> Bare(ReadOnlySpan<char> w)
        {
            w = w.Length > 4 && w.StartsWith("لل") ? w[2..] : w.Length > 3 && w[0] is 'و' or 'ب' or 'ل' && !w.StartsWith("ال") ? w[1..] : w;
            return w.Length > 4 && w.StartsWith("ال") ? w[2..] : w;
        }
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
