using System;
using System.Collections.Generic;
using ArabicNews.Text;

namespace ArabicNews.Quotes;

// Sources: بحسب، حسب، وفقا، نقلا عن, and the claim they are the source of.
internal ref partial struct QuoteReader
{
    // "وبحسب المصادر فإن …", "ووفقا للروايات فإن …", "وحسب البيان، فإن …", "…، بحسب الوزارة.": a source and the claim it
    // is the source of, after فإن/فقد or a comma, or before the source when it closes the sentence.
    private int ReadSource(List<QuoteMention> found, int c, QuoteCue cue, string cueText)
    {
        int from = c + 1;
        if (from < _t.Count && _t.Word(from) is "عن")
        {
            from++; // نقلا عن
        }

        int k = from;
        while (k < _t.Count && k - from < 8 && !_t.EndsSentence(k) && (k == from || _t.Gap(k).IndexOfAny("،,") < 0)
            && !IsSourceClauseOpener(_t.Word(k)) && !(k > from && QuoteWords.IsFutureVerb(_t.Word(k)) && !QuoteWords.IsRelativePronoun(_t.Word(k - 1)))
            && !(k > from && QuoteWords.IsCue(_t, k)))
        {
            k++;
        }

        if (k > from && k < _t.Count && !_t.EndsSentence(k) && _t.Gap(k).Trim().Trim("\"،,").Trim().IsEmpty && QuoteWords.IsCue(_t, k))
        {
            // "وبحسب «رويترز» ذكر نوفاك أنه", "وحسب فضائية "الجزيرة"، قال "المعلم"": the source relays a cue with its
            // own speaker, which reads on from there.
            return k;
        }

        // "وطبقا لبراءة الاختراع ستعمل أجهزة …": a verb of the future ends the source and opens the claim.
        bool verbOpens = k < _t.Count && k > from && QuoteWords.IsFutureVerb(_t.Word(k)) && !QuoteWords.IsRelativePronoun(_t.Word(k - 1));

        if (k == from || from >= _t.Count)
        {
            return c + 1;
        }

        int clitic = _t.Word(from) is { Length: > 2 } first && first[0] == 'ل' && !first.StartsWith("لا") ? 1 : 0;
        ReadOnlySpan<char> head = _t.Word(from)[clitic..];
        ReadOnlySpan<char> bare = head.StartsWith("ال") ? head[2..] : clitic == 1 && head.StartsWith("ل") ? head[1..] : head; // "للخطة"
        bool speechNoun = (head.Length > 3 && head.EndsWith("ها") && QuoteLexicon.Is(head[..^2], QuoteWordClass.SpeechNoun))
            || (head.Length > 2 && head[^1] == 'ه' && QuoteLexicon.Is(head[..^1], QuoteWordClass.SpeechNoun));
        if (QuoteWords.IsFunctionWord(head) || QuoteLexicon.Is(head, QuoteWordClass.Rule) || QuoteLexicon.Is(bare, QuoteWordClass.Rule))
        {
            return c + 1; // "وفق نظام", "حسب بنود الاتفاق": a rule, not a source
        }

        // "حسب قوله": his saying, the last speaker's.
        Person? speaker = speechNoun ? _context.Speaker ?? _people.LastSpeaker : _people.Register(_t, from, k, null, SpeakerGender.Unmarked, isBody: true, clitic: clitic);
        var context = new Context(speaker, cueText, cue.Stance, speechNoun ? SpeakerEvidence.Continuation : SpeakerEvidence.Body, -1);
        int clause = k;
        if (clause < _t.Count && !_t.EndsSentence(clause) && IsSourceClauseOpener(_t.Word(clause)))
        {
            clause++; // past فإن, فقد
        }

        if (clause < _t.Count && !_t.EndsSentence(clause) && _options.IncludeIndirect && clause > k - 1 && (clause > k || verbOpens || _t.Gap(k).IndexOfAny("،,") >= 0))
        {
            int end = ClauseEnd(clause);
            if (end > clause)
            {
                found.Add(Mention(_t.Tokens[clause].Start, _t.Tokens[end].End, QuoteKind.Indirect, context));
                _clauseEnd = _t.Tokens[end].End;
                return end + 1;
            }
        }

        // "…، بحسب الوزارة.": the clause before the source, back to the start of its sentence.
        if (_options.IncludeIndirect && c > 0 && (k >= _t.Count || _t.EndsSentence(k)) && (_t.Gap(c).IndexOfAny("،,") >= 0 || k - from <= 3))
        {
            int start = c - 1;
            while (start > 0 && !_t.EndsSentence(start) && _t.Tokens[start - 1].Start >= _clauseEnd)
            {
                start--;
            }

            int clauseStart = _t.Map.ToOriginal(new TextSpan(_t.Tokens[start].Start, 0)).Start;
            bool quoted = found.Count > 0 && found[^1].Start + found[^1].Length > clauseStart && found[^1].Kind != QuoteKind.Partial;
            bool credit = _t.Gap(from).Contains('"') || QuoteLexicon.QuotedNames.Contains(_t.Word(from)[clitic..].ToString());
            if (c - start >= 3 && _t.Tokens[start].Start >= _clauseEnd && !quoted && !credit)
            {
                // The partial quotes of the clause are the source's too ("… «لأسباب أمنية» بحسب الوزارة"); a clause
                // someone is already quoted in ("وقال المصدر: «…»، حسب «رويترز»") has its speaker, and the outlet is a
                // credit.
                for (int q = found.Count - 1; q >= 0 && found[q].Start >= clauseStart; q--)
                {
                    if (found[q].Kind == QuoteKind.Partial)
                    {
                        found[q] = Mention(found[q], context);
                    }
                }

                found.Add(Mention(_t.Tokens[start].Start, _t.Tokens[c - 1].End, QuoteKind.Indirect, context));
            }
        }

        return k;
    }

    private static bool IsSourceClauseOpener(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.SourceOpener);
}
