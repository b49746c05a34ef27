using System;

namespace ArabicNews.Quotes;

// Interviews: the paragraph after a question is the answer of the person the article interviews.
internal ref partial struct QuoteReader
{
    // The fewest questions that end paragraphs for an article to be read as an interview.
    private const int InterviewQuestions = 3;

    // "* ما الطرق المناسبة لمواجهته؟ / - انتشار الإسلام …": at the start of a line right after a paragraph that ends
    // with a question, in an article with InterviewQuestions such paragraphs, the line is a direct quote by the
    // article's first-named person (the headline's speaker, when there is one). A question-and-answer column that
    // names no one (a doctor's "سؤال وجواب") still quotes its answers, with no speaker.
    private bool TryAnswer(int i, out QuoteMention answer, out int last)
    {
        answer = default;
        last = i;
        if (i == 0 || !EndsQuestion(_t.Gap(i)) || !IsInterview())
        {
            return false;
        }

        int lineEnd = i;
        while (lineEnd + 1 < _t.Count && !_t.Gap(lineEnd + 1).Contains('\n'))
        {
            lineEnd++;
        }

        if (lineEnd - i < 2 || EndsQuestion(lineEnd + 1 < _t.Count ? _t.Gap(lineEnd + 1) : _t.Text[_t.Tokens[lineEnd].End..]))
        {
            return false; // a question after a question, or a one-word line
        }

        // The answer's own words end where it quotes someone else, before the cue and its speaker's phrase
        // (SpeakerWords, as for a headline's speaker in the lead: "… فقال المولى: «…»").
        for (int k = i + 1; k <= lineEnd; k++)
        {
            if (_t.Gap(k).IndexOfAny(":\"«“") >= 0)
            {
                int cut = k - 1;
                for (int c = k - 1; c > i && c >= k - SpeakerWords; c--)
                {
                    if (QuoteWords.TryCue(_t, c, out _))
                    {
                        cut = c - 1;
                        break;
                    }
                }

                lineEnd = Math.Max(i + 1, cut);
                break;
            }
        }

        var context = new Context(_people.FirstPerson(), null, CueStance.Neutral, SpeakerEvidence.Interview, -1);
        answer = Mention(_t.Tokens[i].Start, _t.Tokens[lineEnd].End, QuoteKind.Direct, context);
        _clauseEnd = _t.Tokens[lineEnd].End;
        last = lineEnd;
        return true;
    }

    // Whether an article's paragraphs end with a question at least InterviewQuestions times (counted once).
    private bool IsInterview()
    {
        if (_questions < 0)
        {
            _questions = 0;
            for (int k = 1; k < _t.Count && _questions < InterviewQuestions; k++)
            {
                if (EndsQuestion(_t.Gap(k)))
                {
                    _questions++;
                }
            }
        }

        return _questions >= InterviewQuestions;
    }

    // A gap that ends a paragraph with a question mark: "؟\n\n - ".
    private static bool EndsQuestion(ReadOnlySpan<char> gap)
    {
        int line = gap.IndexOf('\n');
        int question = gap.IndexOfAny('؟', '?');
        return line >= 0 && question >= 0 && question < line;
    }
}
