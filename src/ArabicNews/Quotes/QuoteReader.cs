using System;
using System.Collections.Generic;
using ArabicNews.Text;

namespace ArabicNews.Quotes;

/// <summary>
/// One pass over the words of a Search-normalized article: quotation marks are paired first (linearly, dropping
/// a mark left open too long), then cues, quotes and headlines are read in order, with the speakers named so far.
/// </summary>
internal ref partial struct QuoteReader
{
    private readonly QuoteText _t;
    private readonly QuoteExtractionOptions _options;
    private readonly SpeakerRegistry _people;

    // The article's quotation marks, paired: opening and closing positions in the normalized text.
    private List<(int Open, int Close)> _marks;

    // The speaker of the sentence being read: set by a cue, cleared at the end of the sentence.
    private Context _context;

    // The end of the reported clause being read: a cue inside it ("أن الغرب قال مرارا إن …") is reported
    // speech within reported speech, and names no speaker of the article's.
    private int _clauseEnd;

    // Where the first line (the headline) ends, in the normalized text.
    private readonly int _firstLineEnd;

    // Where the sentence being read starts (normalized position): a participle's speaker is its subject.
    private int _sentenceStart;

    // Where the sentence before it starts: a continuation within these two sentences is a recent speaker's.
    private int _previousSentenceStart;

    // Where the paragraph being read starts (normalized position): a cue with no subject in a paragraph that turned to
    // someone new is theirs rather than a speaker's of paragraphs before.
    private int _paragraphStart;
    private int _paragraphStartWord;

    // The first words of the two sentences (word indices).
    private int _sentenceStartWord;
    private int _previousSentenceStartWord;

    // Whether the people named after a title are registered (ReadTitledNames).
    private bool _titledNamesRead;

    // How many paragraphs end with a question, up to InterviewQuestions (-1: not counted yet).
    private int _questions;

    public QuoteReader(in QuoteText text, QuoteExtractionOptions options)
    {
        _t = text;
        _options = options;
        _people = new SpeakerRegistry();
        _marks = [];
        _firstLineEnd = text.Text.IndexOf('\n') is var lineEnd and >= 0 ? lineEnd : text.Text.Length;
        _context = default;
        _clauseEnd = -1;
        _sentenceStart = 0;
        _titledNamesRead = false;
        _questions = -1;
    }

    public void Read(List<QuoteMention> found)
    {
        _marks = QuoteMarks.Pair(_t);
        List<(int Open, int Close)> marks = _marks;
        int nextMark = 0;
        int i = 0;
        while (i < _t.Count)
        {
            WordToken token = _t.Tokens[i];
            if (_t.EndsSentence(i))
            {
                _context = default;
                _previousSentenceStart = _sentenceStart;
                _sentenceStart = token.Start;
                _previousSentenceStartWord = _sentenceStartWord;
                _sentenceStartWord = i;
                if (_t.IsLineStart(i))
                {
                    _paragraphStart = token.Start;
                    _paragraphStartWord = i;
                }
            }

            if (_t.IsLineStart(i) && TryHeadline(i, out QuoteMention headline, out int headlineLast))
            {
                found.Add(headline);
                i = headlineLast + 1;
                continue;
            }

            if (_t.IsLineStart(i) && TryAnswer(i, out QuoteMention answer, out int answerLast))
            {
                found.Add(answer);
                i = answerLast + 1;
                continue;
            }

            while (nextMark < marks.Count && marks[nextMark].Close < token.Start)
            {
                nextMark++;
            }

            if (nextMark < marks.Count && marks[nextMark].Open < token.Start)
            {
                // The first word inside a quotation: read the quote, then go on after it.
                (int open, int close) = marks[nextMark++];
                int after = _t.FirstTokenAfter(close, i);
                ReadTitledNames();
                ReadQuote(found, open, close, i, after);
                i = Math.Max(after, i + 1);
                continue;
            }

            if (token.Start >= _clauseEnd && QuoteWords.TryCue(_t, i, out QuoteCue cue, out string cueText) && !IsAdjectivalParticiple(i))
            {
                ReadTitledNames();
                i = ReadCue(found, i, cue, cueText, marks, nextMark);
                continue;
            }

            i++;
        }

        _people.Canonicalize(found);
    }

    // The people the article names after a title, registered before anyone is read as a speaker: once, when the first
    // quotation, cue or headline is met, so that an article with none (a quarter of the corpus) skips the pass.
    private void ReadTitledNames()
    {
        if (!_titledNamesRead)
        {
            _titledNamesRead = true;
            _people.RegisterTitledNames(_t, _marks);
        }
    }

    // A quote found before, attributed again to the speaker of `context`.
    private readonly QuoteMention Mention(QuoteMention quote, Context context)
    {
        QuoteSpeaker? speaker = null;
        if (context.Speaker is { } person)
        {
            TextSpan mention = person.MentionStart >= 0 ? _t.Map.ToOriginal(new TextSpan(person.MentionStart, person.MentionLength)) : default;
            speaker = new QuoteSpeaker(person.Name, mention.Start, mention.Length, person.Title);
        }

        SpeakerEvidence evidence = speaker is null ? SpeakerEvidence.None : context.Evidence;
        return quote with { Speaker = speaker, Cue = context.CueText, Stance = context.Stance, Evidence = evidence, Confidence = QuoteCalibration.Confidence(evidence) };
    }

    private QuoteMention Mention(int start, int end, QuoteKind kind, Context context = default)
    {
        Context used = context.CueText is null && context.Speaker is null ? _context : context;
        TextSpan span = _t.Map.ToOriginal(TextSpan.FromBounds(start, end));
        span = Trim(span);
        QuoteSpeaker? speaker = null;
        if (used.Speaker is { } person)
        {
            TextSpan mention = person.MentionStart >= 0 ? _t.Map.ToOriginal(new TextSpan(person.MentionStart, person.MentionLength)) : default;
            speaker = new QuoteSpeaker(person.Name, mention.Start, mention.Length, person.Title);
        }

        SpeakerEvidence evidence = speaker is null ? SpeakerEvidence.None : used.Evidence;
        return new QuoteMention(span.Start, span.Length, kind, speaker, used.CueText, used.Stance, QuoteCalibration.Confidence(evidence), evidence);
    }

    private TextSpan Trim(TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && (char.IsWhiteSpace(_t.Original[start]) || _t.Original[start] is '"' or '“' or '”' or '«' or '»'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(_t.Original[end - 1]) || _t.Original[end - 1] is '.' or '"' or '“' or '”' or '«' or '»'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    // The speaker of the sentence being read, and where its direct quote may start.
    private readonly record struct Context(Person? Speaker, string? CueText, CueStance Stance, SpeakerEvidence Evidence, int QuoteAt)
    {
        // A cue of saying (or a colon before the quote) makes a quote after it direct; "دعا إلى “…”" is partial.
        public bool Saying { get; init; }
    }
}
