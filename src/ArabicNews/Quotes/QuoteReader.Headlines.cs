using System;

namespace ArabicNews.Quotes;

// Headline quotes ("الوزير: …") and the datelines and mastheads that look like them.
internal ref partial struct QuoteReader
{
    // "بوتين: اتفقنا مع …", "كوريا الشمالية: نحو 800 ألف …": a short line whose first words and a colon name the speaker.
    private bool TryHeadline(int i, out QuoteMention headline, out int last)
    {
        headline = default;
        last = i;
        int lineEnd = i;
        while (lineEnd + 1 < _t.Count && !_t.Gap(lineEnd + 1).Contains('\n'))
        {
            if (++lineEnd - i > 25)
            {
                return false; // a paragraph, not a headline: no need to walk to its end
            }
        }

        for (int k = i + 1; k <= Math.Min(i + 4, lineEnd); k++)
        {
            ReadOnlySpan<char> gap = _t.Gap(k);
            if (!gap.Contains(':'))
            {
                continue;
            }

            // "موسكو: أكدت وزيرة …" is a dateline: a cue right after the colon; so is "الجزائر: …", a place.
            if (gap.Trim().Length != 1 || IsMasthead(i, k) || lineEnd - k < 2 || QuoteWords.TryCue(_t, k, out _)
                || (QuoteLexicon.Places.TryGetValue(_t.Text[_t.Tokens[i].Start.._t.Tokens[k - 1].End].ToString(), out PlaceKind place) && place == PlaceKind.City)
                || (QuoteWords.IsCommonWord(_t.Word(i)) && !QuoteLexicon.TryRole(_t.Word(i), out _) && !QuoteLexicon.IsPlace(_t.Word(i))
                    && !(place is PlaceKind.Country or PlaceKind.Region)))
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

    // "مجلس التحرير: …", "المصدر: …", "اقرأ أيضا: …", "date 2024-11-02": not speakers.
    private bool IsMasthead(int from, int to)
    {
        ReadOnlySpan<char> first = _t.Word(from);
        return QuoteWords.IsMasthead(first) || char.IsAsciiDigit(first[0]) || to - from > 4;
    }
}
