using System;
using System.Collections.Generic;
using ArabicNews.Text;

namespace ArabicNews.Quotes;

/// <summary>
/// One pass over the words of a Search-normalized article: quotation marks are paired first (linearly, dropping
/// a mark left open too long), then cues, quotes and headlines are read in order, with the speakers named so far.
/// </summary>
internal ref struct QuoteReader
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<WordToken> _tokens;
    private readonly OffsetMap _map;
    private readonly ReadOnlySpan<char> _original;
    private readonly QuoteExtractionOptions _options;
    private readonly List<Person> _people;

    // The speaker of the sentence being read: set by a cue, cleared at the end of the sentence.
    private Context _context;
    private Person? _lastSpeaker;

    // The end of the reported clause being read: a cue inside it ("أن الغرب قال مرارا إن …") is reported
    // speech within reported speech, and names no speaker of the article's.
    private int _clauseEnd;

    public QuoteReader(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, OffsetMap map, ReadOnlySpan<char> original, QuoteExtractionOptions options)
    {
        _text = text;
        _tokens = tokens;
        _map = map;
        _original = original;
        _options = options;
        _people = [];
        _context = default;
        _lastSpeaker = null;
        _clauseEnd = -1;
    }

    public void Read(List<QuoteMention> found)
    {
        RegisterTitledNames();
        List<(int Open, int Close)> marks = PairMarks();
        int nextMark = 0;
        int i = 0;
        while (i < _tokens.Length)
        {
            WordToken token = _tokens[i];
            if (EndsSentence(i))
            {
                _context = default;
            }

            if (IsLineStart(i) && TryHeadline(i, out QuoteMention headline, out int headlineLast))
            {
                found.Add(headline);
                i = headlineLast + 1;
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
                int after = FirstTokenAfter(close, i);
                ReadQuote(found, open, close, i, after);
                i = Math.Max(after, i + 1);
                continue;
            }

            if (token.Start >= _clauseEnd && TryCue(i, out QuoteCue cue, out string cueText))
            {
                i = ReadCue(found, i, cue, cueText, marks, nextMark);
                continue;
            }

            i++;
        }

        Canonicalize(found);
    }

    // Quotation marks paired left to right by the marks the original text has (“”«»„" all normalize to "): « and „
    // open, » closes a «, ” closes a “ (or a ” used as an opener, as in بـ”الانتظار…”), and marks inside an open
    // quote nest, so that “… «…» …” is one quote. A quote left open over too many lines or characters is dropped,
    // so the pass stays linear. Single quotes ('مع أو بدون الناتو') pair on one line when they stand at word edges.
    private readonly List<(int Open, int Close)> PairMarks()
    {
        var marks = new List<(int, int)>();
        Span<(int Position, char Kind)> stack = stackalloc (int, char)[8];
        int depth = 0;
        int lines = 0;
        int single = -1;
        for (int k = 0; k < _text.Length; k++)
        {
            char c = _text[k];
            if (c == '\n')
            {
                single = -1;
                if (depth > 0 && ++lines > MaxLines)
                {
                    depth = 0;
                }
            }

            if (c == '\'' && depth == 0)
            {
                bool opens = (k == 0 || !char.IsLetterOrDigit(_text[k - 1])) && k + 1 < _text.Length && char.IsLetter(_text[k + 1]);
                bool closes = k > 0 && char.IsLetter(_text[k - 1]) && (k + 1 == _text.Length || !char.IsLetterOrDigit(_text[k + 1]));
                if (single >= 0 && closes && k - single <= 300)
                {
                    marks.Add((single, k));
                    single = -1;
                }
                else if (opens)
                {
                    single = k;
                }

                continue;
            }

            if (c != '"')
            {
                continue;
            }

            if (depth > 0 && k - stack[0].Position > MaxLength)
            {
                depth = 0;
            }

            char kind = _original[_map.ToOriginal(new TextSpan(k, 1)).Start];
            if (depth == 0)
            {
                if (kind != '»')
                {
                    stack[depth++] = (k, kind);
                    lines = 0;
                }

                continue;
            }

            char top = stack[depth - 1].Kind;
            bool close = kind switch
            {
                '»' => top == '«',
                '«' or '„' => false,
                '”' => top is '“' or '”' or '„' or '"',
                '“' => top is '“' or '”',
                _ => top is '"' or '“' or '”',
            };
            if (close)
            {
                depth--;
                if (depth == 0 && k > stack[0].Position + 1)
                {
                    marks.Add((stack[0].Position, k));
                }
            }
            else if (depth < stack.Length)
            {
                stack[depth++] = (k, kind);
            }
        }

        marks.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return marks;
    }

    private const int MaxLength = 4000;
    private const int MaxPeople = 256;
    private const int MaxLines = 3;

    private readonly int FirstTokenAfter(int position, int from)
    {
        int k = from;
        while (k < _tokens.Length && _tokens[k].Start < position)
        {
            k++;
        }

        return k;
    }

    private readonly ReadOnlySpan<char> Word(int k) => _tokens[k].Span.Slice(_text);

    private readonly ReadOnlySpan<char> Gap(int k) => _text[_tokens[k].GapStart.._tokens[k].Start];

    private readonly bool EndsSentence(int k) => k > 0 && Gap(k).IndexOfAny(".!?؟\n") >= 0;

    private readonly bool IsLineStart(int k) => k == 0 || Gap(k).Contains('\n');

    // A cue, with و or ف before it and an object pronoun ها or هم after it ("ووصفتها"); not ه, which is also the
    // normalized ة of a noun ("إضافة").
    private readonly bool TryCue(int k, out QuoteCue cue, out string text)
    {
        ReadOnlySpan<char> word = Word(k);
        text = "";
        cue = default;
        for (int clitic = 0; clitic <= 1 && word.Length > clitic + 1; clitic++)
        {
            if (clitic == 1 && word[0] is not ('و' or 'ف'))
            {
                break;
            }

            ReadOnlySpan<char> bare = word[clitic..];
            if (QuoteLexicon.Cues.TryGet(bare, out cue)
                || (bare.Length > 4 && bare.EndsWith("ها") && QuoteLexicon.Cues.TryGet(bare[..^2], out cue))
                || (bare.Length > 4 && bare.EndsWith("هم") && QuoteLexicon.Cues.TryGet(bare[..^2], out cue)))
            {
                if (cue.Kind == "source" && k + 1 < _tokens.Length && Word(k).EndsWith("نقلا") && !Word(k + 1).SequenceEqual("عن"))
                {
                    return false;
                }

                text = Original(_tokens[k].Start, _tokens[k].End);
                return true;
            }
        }

        return false;
    }

    private static bool IsComplementizer(ReadOnlySpan<char> word) =>
        word is "ان" or "بان" or "انه" or "انها" or "انهم" or "بانه" or "بانها" or "بانهم" or "لان" or "وان";

    // Reads the speaker after a cue and what it introduces; returns the word to go on from.
    private int ReadCue(List<QuoteMention> found, int c, QuoteCue cue, string cueText, List<(int Open, int Close)> marks, int nextMark)
    {
        int k = c + 1;
        int phraseEnd = k;
        bool toQuote = false;
        int complementizer = -1;
        int limit = Math.Min(_tokens.Length, c + 24);
        int afterName = -1;
        while (phraseEnd < limit)
        {
            ReadOnlySpan<char> gap = Gap(phraseEnd);
            if (gap.IndexOfAny(".!?؟\n") >= 0)
            {
                break;
            }

            if (gap.Contains('"') && phraseEnd > c + 1 && phraseEnd != afterName && IsNameNoun(Word(phraseEnd - 1)))
            {
                // "شركة “غلوبال ديفينس كورب” المتخصصة": a quoted name inside the speaker's phrase.
                int nameEnd = phraseEnd;
                while (nameEnd + 1 < limit && !Gap(nameEnd + 1).Contains('"'))
                {
                    nameEnd++;
                }

                phraseEnd = Math.Min(limit, nameEnd + 1);
                afterName = phraseEnd;
                continue;
            }

            if (phraseEnd == afterName)
            {
                gap = gap[(gap.IndexOf('"') + 1)..];
            }

            if (gap.IndexOfAny(":\"") >= 0)
            {
                toQuote = true;
                break;
            }

            ReadOnlySpan<char> word = Word(phraseEnd);
            if (phraseEnd > c + 1 && TryCue(phraseEnd, out _, out _))
            {
                break; // another cue: its own clause
            }

            if (phraseEnd > c + 1 && (word is "خلال" or "بعد" or "عقب" or "اثناء" or "من" or "امام"
                || (word is "في" && phraseEnd + 1 < _tokens.Length && IsOccasion(Word(phraseEnd + 1)))))
            {
                // Another cue, or the occasion of the statement ("في مقابلة", "في بيان"), ends the speaker's phrase.
                phraseEnd = SkipToComplementizer(phraseEnd, limit, out complementizer, out toQuote);
                break;
            }

            if (IsComplementizer(word))
            {
                complementizer = phraseEnd;
                break;
            }

            if (word is "الي" && phraseEnd + 1 < _tokens.Length && IsComplementizer(Word(phraseEnd + 1)))
            {
                complementizer = phraseEnd + 1;
                break;
            }

            phraseEnd++;
        }

        if (complementizer < 0 && !toQuote)
        {
            // A cue with neither a quote nor a clause after it ("أشاد لافروف بالعلاقات") still names the
            // sentence's speaker, for a partial quote later in it.
            phraseEnd = Math.Min(phraseEnd, c + 1 + SpeakerPhraseLength(c + 1, phraseEnd));
        }

        Person? speaker;
        SpeakerEvidence evidence;
        bool empty = phraseEnd == c + 1 || IsDateWord(Word(c + 1)) || IsFunctionWord(Word(c + 1));
        if (!cue.IsParticiple && empty && c > 0 && _tokens[c].SpacedFromPrevious && IsNameWord(Word(c - 1)) && !IsLineStart(c))
        {
            // "لكن كييف ترى أن": the subject before the cue.
            speaker = Register(c - 1, c, null, cue.Gender);
            evidence = SpeakerEvidence.SubjectBeforeCue;
        }
        else if (cue.IsParticiple || empty)
        {
            // "قائلاً:", "وأضافت “…”", "قال يوم الخميس إن": the subject is the previous speaker of the cue's gender.
            speaker = Continue(cue.Gender);
            evidence = cue.IsParticiple ? SpeakerEvidence.MainClause : SpeakerEvidence.Continuation;
        }
        else if (cue.Lemma is "وصف" && !QuoteLexicon.Roles.TryGetWithArticle(Word(c + 1), out _, out _) && !IsNameWord(Word(c + 1)))
        {
            // "ووصفت التقارير بأنها …": what follows وصف is its object; the subject is the previous speaker.
            speaker = Continue(cue.Gender);
            evidence = SpeakerEvidence.Continuation;
        }
        else
        {
            speaker = ReadSpeaker(c + 1, phraseEnd, cue.Gender, out evidence, complementizer >= 0 || toQuote);
        }

        _context = new Context(speaker, cueText, cue.Stance, evidence, toQuote ? phraseEnd : -1)
        {
            Saying = cue.Lemma is "قال" or "اضاف" or "تابع" or "اوضح" or "اجاب" or "ذكر" or "صرح" or "علق" or "اكد" or "شدد" or "نص" or "تساءل",
        };
        if (speaker is not null)
        {
            _lastSpeaker = speaker;
            speaker.LastSpoke = _tokens[c].Start;
        }

        // A quotation right after the complementizer that ends the clause ("وصفها بأنها “أخبار كاذبة”.") is the
        // quote itself, a partial one; with words after it ("إن “…” حتى تحقيق أهدافها") the clause is reported too.
        int markAfter = nextMark;
        while (markAfter < marks.Count && complementizer >= 0 && marks[markAfter].Open < _tokens[complementizer].End)
        {
            markAfter++;
        }

        bool onlyQuote = complementizer >= 0 && complementizer + 1 < _tokens.Length && markAfter < marks.Count
            && marks[markAfter].Open < _tokens[complementizer + 1].Start && ClauseEndsAt(marks[markAfter].Close, complementizer);
        if (complementizer >= 0 && _options.IncludeIndirect && complementizer + 1 < _tokens.Length && !onlyQuote)
        {
            int end = complementizer + 1;
            while (end + 1 < _tokens.Length && !EndsSentence(end + 1) && !StartsAnotherStatement(end + 1))
            {
                end++;
            }

            found.Add(Mention(_tokens[complementizer + 1].Start, _tokens[end].End, QuoteKind.Indirect));
            _clauseEnd = _tokens[end].End;
        }

        return Math.Max(c + 1, complementizer >= 0 ? complementizer + 1 : phraseEnd);
    }

    // The name right before a cue, past a negation ("أن بوتين لم ينكر"), with nothing but spaces between.
    private Person? SubjectBefore(int cue, char gender)
    {
        int k = cue - 1;
        if (k >= 0 && Word(k) is "لم" or "لا" or "لن" or "قد" && _tokens[cue].SpacedFromPrevious)
        {
            k--;
        }

        return k >= 0 && _tokens[k + 1].SpacedFromPrevious && IsNameWord(Word(k)) && !EndsSentence(k + 1) ? Register(k, k + 1, null, gender) : null;
    }

    // Whether the sentence ends within one word after a closing mark ("بأنه “توسع خطير” للصراع."), or the text does.
    private readonly bool ClauseEndsAt(int close, int from)
    {
        int k = FirstTokenAfter(close, from);
        for (int words = 0; words <= 1; words++, k++)
        {
            if (k >= _tokens.Length || EndsSentence(k) || Gap(k).IndexOfAny("،,") >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // A cue after a comma ("، قائلاً", "، بينما ذكر", "، وقال إنه"): the reported clause before it ends there.
    private readonly bool StartsAnotherStatement(int k)
    {
        if (!TryCue(k, out QuoteCue cue, out _))
        {
            return false;
        }

        ReadOnlySpan<char> gap = Gap(k);
        return gap.IndexOfAny("،,") >= 0 || (k > 0 && Word(k - 1) is "بينما" or "فيما" or "كما" && Gap(k - 1).IndexOfAny("،,") >= 0)
            || (cue.IsParticiple && gap.Trim().Length > 0);
    }

    // After the occasion of a statement, the complementizer or the quote that the cue introduces: the speaker's
    // phrase ends at `from` either way.
    private readonly int SkipToComplementizer(int from, int limit, out int complementizer, out bool toQuote)
    {
        complementizer = -1;
        toQuote = false;
        for (int k = from; k < limit; k++)
        {
            if (k > from && Gap(k).IndexOfAny(".!?؟\n") >= 0)
            {
                break;
            }

            if (k > from && Gap(k).Contains(':') || (k > from && Gap(k).Contains('"') && !IsNameNoun(Word(k - 1))))
            {
                toQuote = true;
                break;
            }

            if (IsComplementizer(Word(k)))
            {
                complementizer = k;
                break;
            }

            if (TryCue(k, out _, out _) && k > from)
            {
                break;
            }
        }

        return from;
    }

    // Nouns of the occasion of a statement: "في مقابلة", "في بيان", "خلال مؤتمر صحفي".
    private static bool IsOccasion(ReadOnlySpan<char> word) =>
        word is "مقابله" or "بيان" or "حديث" or "مؤتمر" or "تصريح" or "تصريحات" or "تغريده" or "منشور" or "كلمه" or "خطاب"
            or "مقاله" or "مقال" or "تدوينه" or "كتابه" or "رد" or "تقرير" or "رساله"
            or "رساله" or "لقاء" or "اجتماع" or "وقت" or "سياق" or "ختام" or "اعقاب";

    // How many words of a phrase after a cue are its subject: up to the first word with the article or a
    // preposition once a name has begun, for a cue with no clause after it.
    private readonly int SpeakerPhraseLength(int from, int to)
    {
        int k = from;
        while (k < to && k - from < 6 && !IsFunctionWord(Word(k)))
        {
            k++;
        }

        return k - from;
    }

    // A quote from mark `open` to mark `close`, whose first word is `first`; `after` is the first word after it.
    private void ReadQuote(List<QuoteMention> found, int open, int close, int first, int after)
    {
        int words = after - first;
        int before = first - 1;
        bool nameNoun = before >= 0 && _tokens[before].End <= open && IsNameNoun(Word(before));
        if (nameNoun)
        {
            return;
        }

        if (_context.Speaker is not null || _context.CueText is not null)
        {
            bool colon = Gap(first).Contains(':');
            bool direct = _context.QuoteAt >= 0 && _context.QuoteAt <= first && (colon || _context.Saying);
            QuoteKind kind = direct && (colon || words >= 3) ? QuoteKind.Direct : QuoteKind.Partial;
            if (!direct && words <= 2 && _context.Speaker is null)
            {
                return;
            }

            found.Add(Mention(open + 1, close, kind, _context));
            _context = _context with { QuoteAt = -1 };
            return;
        }

        // "«…»، قال فلان", "«…»، هكذا علّق المدرب": the cue after the quote.
        int k = after;
        if (k < _tokens.Length && Word(k) is "هكذا")
        {
            k++;
        }

        if (k < _tokens.Length && after < _tokens.Length && !EndsSentence(after) && TryCue(k, out QuoteCue cue, out string cueText) && !cue.IsParticiple)
        {
            int end = k + 1;
            while (end < _tokens.Length && end - k <= 12 && !EndsSentence(end) && Gap(end).IndexOfAny(":\"") < 0 && !IsComplementizer(Word(end)))
            {
                end++;
            }

            SpeakerEvidence evidence;
            Person? speaker;
            if (end > k + 1)
            {
                speaker = ReadSpeaker(k + 1, end, cue.Gender, out evidence);
            }
            else
            {
                speaker = Continue(cue.Gender);
                evidence = SpeakerEvidence.Continuation;
            }

            var context = new Context(speaker, cueText, cue.Stance, evidence, -1);
            found.Add(Mention(open + 1, close, QuoteKind.Direct, context));
            if (speaker is not null)
            {
                _lastSpeaker = speaker;
                speaker.LastSpoke = open;
            }

            return;
        }

        // A long quotation with no cue: speech, probably the last speaker's; a short one is a name or a term.
        if (words >= 6 && _lastSpeaker is not null)
        {
            found.Add(Mention(open + 1, close, QuoteKind.Direct, new Context(_lastSpeaker, null, CueStance.Neutral, SpeakerEvidence.LastSpeaker, -1)));
        }
    }

    // "بوتين: اتفقنا مع …", "كوريا الشمالية: نحو 800 ألف …": a short line whose first words and a colon name the speaker.
    private bool TryHeadline(int i, out QuoteMention headline, out int last)
    {
        headline = default;
        last = i;
        int lineEnd = i;
        while (lineEnd + 1 < _tokens.Length && !Gap(lineEnd + 1).Contains('\n'))
        {
            lineEnd++;
        }

        if (lineEnd - i > 25)
        {
            return false;
        }

        for (int k = i + 1; k <= Math.Min(i + 4, lineEnd); k++)
        {
            ReadOnlySpan<char> gap = Gap(k);
            if (!gap.Contains(':'))
            {
                continue;
            }

            // "موسكو: أكدت وزيرة …" is a dateline: a cue right after the colon.
            if (gap.Trim().Length != 1 || IsMasthead(i, k) || lineEnd - k < 2 || TryCue(k, out _, out _))
            {
                return false;
            }

            int contentEnd = k;
            while (contentEnd + 1 <= lineEnd && !Gap(contentEnd + 1).Contains('|'))
            {
                contentEnd++;
            }

            Person speaker = Register(i, k, null, '-');
            speaker.LastSpoke = _tokens[i].Start;
            var context = new Context(speaker, null, CueStance.Neutral, SpeakerEvidence.Headline, -1);
            headline = Mention(_tokens[k].Start, _tokens[contentEnd].End, QuoteKind.Headline, context);
            last = lineEnd;
            return true;
        }

        return false;
    }

    // "مجلس التحرير: …", "المصدر: …", "اقرأ أيضا: …", "date 2024-11-02": not speakers.
    private readonly bool IsMasthead(int from, int to)
    {
        ReadOnlySpan<char> first = Word(from);
        return first is "مجلس" or "المصدر" or "اقرا" or "تحرير" or "date" or "التاريخ" or "المحرر" or "اعداد" or "كتب"
            || char.IsAsciiDigit(first[0]) || to - from > 4;
    }

    // The speaker of the phrase [from, to) after a cue: a title and a name ("الرئيس الروسي فلاديمير بوتين"), a
    // title with the name in apposition ("الأمين العام لحلف شمال الأطلسي (الناتو)، مارك روته"), a name, a role
    // named before ("مستشار الأمن القومي"), a counterpart ("نظيرته") or a body ("وزارة الدفاع الروسية").
    private Person? ReadSpeaker(int from, int to, char gender, out SpeakerEvidence evidence, bool introducesSpeech = true)
    {
        // The words up to the first comma or dash, and up to a date word ("اليوم الجمعة").
        int firstComma = to;
        for (int k = from + 1; k < to; k++)
        {
            if (Gap(k).IndexOfAny("،,-") >= 0)
            {
                firstComma = k;
                break;
            }
        }

        int segmentEnd = from;
        while (segmentEnd < firstComma && !IsDateWord(Word(segmentEnd)))
        {
            segmentEnd++;
        }

        segmentEnd = Math.Max(from + 1, segmentEnd);
        ReadOnlySpan<char> head = Word(from);
        bool isRole = QuoteLexicon.Roles.TryGetWithArticle(head, out SpeakerRole role, out _);
        if (isRole && role.Kind == "counterpart")
        {
            Person? other = Counterpart(role.Gender == '-' ? gender : role.Gender, _tokens[from].Start);
            evidence = SpeakerEvidence.Counterpart;
            return other;
        }

        if (isRole && role.Kind == "body")
        {
            // "وزارة الدفاع الأمريكية في بيان", "الوكالة": the body up to a function word; the article's earlier,
            // fuller mention of it when it is named again with the article.
            int bodyEnd = from + 1;
            while (bodyEnd < segmentEnd && !IsFunctionWord(Word(bodyEnd)) && !TryCue(bodyEnd, out _, out _)
                && !(Word(bodyEnd) is { Length: > 3 } w && w[0] == 'ل' && !w.StartsWith("لا")))
            {
                // "مصدر دبلوماسي لوكالة الأنباء الفرنسية": the body ends before a preposition.
                bodyEnd++;
            }
            if (head.StartsWith("ال") && FindBody(head[2..]) is { } named)
            {
                evidence = SpeakerEvidence.Reference;
                return named;
            }

            evidence = SpeakerEvidence.Body;
            return Register(from, bodyEnd, null, gender, isBody: true);
        }

        (int nameStart, int nameEnd) = NameRun(from, segmentEnd);
        if (firstComma < to && (nameStart < 0 || nameStart > from))
        {
            // The apposition: "…، مارك روته،"
            int appositionEnd = firstComma + 1;
            while (appositionEnd < to && Gap(appositionEnd).IndexOfAny("،,") < 0)
            {
                appositionEnd++;
            }

            int k = firstComma;
            while (k < appositionEnd && IsNameWord(Word(k)))
            {
                k++;
            }

            if (k == appositionEnd && k - firstComma is >= 1 and <= 4)
            {
                (nameStart, nameEnd) = (firstComma, appositionEnd);
                segmentEnd = firstComma;
            }
        }

        int titleEnd = nameStart > from ? Math.Min(nameStart, segmentEnd) : segmentEnd;
        string? title = nameStart != from ? Original(_tokens[from].Start, _tokens[titleEnd - 1].End) : null;
        if (nameStart >= 0)
        {
            evidence = SpeakerEvidence.Name;
            if (!introducesSpeech && Known(nameStart, nameEnd) is null && title is null)
            {
                // "تندد دول غربية بوصول …": with no clause or quote after it, a phrase names a speaker only when
                // it is someone the article has named.
                evidence = SpeakerEvidence.LastSpeaker;
                return _lastSpeaker;
            }

            return Register(nameStart, nameEnd, title, gender);
        }

        // No name: a role named before with its holder, or a body that speaks for itself.
        if (FindByTitle(from, segmentEnd) is { } holder)
        {
            evidence = SpeakerEvidence.Reference;
            return holder;
        }

        if (!introducesSpeech && !QuoteLexicon.Roles.TryGetWithArticle(head, out _, out _))
        {
            // "أن بوتين لم ينكر الأمر صراحة": an object after the cue; the subject, if any, is before it.
            if (SubjectBefore(from - 1, gender) is { } subject)
            {
                evidence = SpeakerEvidence.SubjectBeforeCue;
                return subject;
            }

            evidence = SpeakerEvidence.LastSpeaker;
            return _lastSpeaker;
        }

        // A body up to a function word, but through a title's "لدى الأمم المتحدة".
        int bodyWords = from + 1;
        while (bodyWords < segmentEnd && (!IsFunctionWord(Word(bodyWords)) || Word(bodyWords) is "لدي"))
        {
            bodyWords++;
        }
        evidence = SpeakerEvidence.Body;
        return Register(from, bodyWords, null, gender, isBody: true);
    }

    // The name in [from, to): a run of name words that ends the phrase ("الرئيس الروسي فلاديمير بوتين"), else one
    // that starts it ("بوتين للتلفزيون الرسمي"), else the last run of two words or more ("… إلى الأمم المتحدة إيل ها
    // كيم الاتهامات"); a name known from before ends where it ends ("روته موسكو").
    private readonly (int Start, int End) NameRun(int from, int to)
    {
        (int Start, int End) atStart = (-1, -1), atEnd = (-1, -1), longest = (-1, -1);
        int k = from;
        while (k < to)
        {
            if (!IsNameWord(Word(k)))
            {
                k++;
                continue;
            }

            int start = k;
            while (k < to && (IsNameWord(Word(k)) || (k > start && IsJoinedNisba(Word(k - 1), Word(k)))) && (k == start || Gap(k).Trim().IsEmpty))
            {
                k++;
            }

            // A family name with the article ends a name after a title: "المحلل السياسي خالد الحروب".
            if (k == start + 1 && k + 1 == to && start > from && IsTitleWord(Word(start - 1)) && Word(k).StartsWith("ال") && Word(k).Length > 3 && Gap(k).Trim().IsEmpty)
            {
                k++;
            }

            if (start == from)
            {
                atStart = (start, k);
            }

            if (k == to)
            {
                atEnd = (start, k);
            }

            if (k - start >= 2 && longest.Start < 0)
            {
                longest = (start, k);
            }
        }

        (int s, int e) = atEnd.Start >= 0 && (atEnd.End - atEnd.Start >= 2 || longest.Start < 0) ? atEnd
            : atStart.Start >= 0 && (atStart.End - atStart.Start >= 2 || longest.Start < 0) ? atStart
            : longest.Start >= 0 ? longest : atEnd.Start >= 0 ? atEnd : atStart;
        // "كوريا الجنوبية": a one-word name with the nisba adjectives after it.
        while (s >= 0 && e - s <= 2 && e < to && Word(e) is { Length: > 4 } adjective && adjective.StartsWith("ال") && (adjective.EndsWith("يه") || adjective[^1] == 'ي') && e - s < 3)
        {
            e++;
        }

        if (s >= 0 && e - s > 1)
        {
            foreach (Person person in _people)
            {
                if (!person.IsBody && person.Tokens.Length > 0 && person.Tokens[^1] == Word(s).ToString())
                {
                    return (s, s + 1);
                }
            }
        }

        return (s, e);
    }

    // "تقارير أمريكية وكورية جنوبية": a second adjective of origin joined by و to a first one.
    private static bool IsJoinedNisba(ReadOnlySpan<char> previous, ReadOnlySpan<char> word) =>
        word.Length >= 5 && word[0] == 'و' && !word.StartsWith("وال") && IsNisba(word[1..]) && IsNisba(previous);

    private static bool IsNisba(ReadOnlySpan<char> word) => word.Length > 3 && (word.EndsWith("يه") || word.EndsWith("يون") || word.EndsWith("يين"));

    private static bool IsTitleWord(ReadOnlySpan<char> word) =>
        word.StartsWith("ال") || word.StartsWith("لل") || (word.Length > 2 && word[0] == 'ل' && !word.StartsWith("لا"))
        || QuoteLexicon.Roles.TryGet(word, out _) || word is "لدي" or "في" or "العام";

    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        word.Length > 1 && !word.StartsWith("ال") && !word.StartsWith("لل") && !word.StartsWith("بال") && !word.StartsWith("وال")
        && !char.IsAsciiDigit(word[0]) && !IsFunctionWord(word) && !IsDateWord(word) && !QuoteLexicon.Roles.TryGet(word, out _)
        && !QuoteLexicon.Cues.TryGet(word, out _) && !IsComplementizer(word)
        && !(word[0] == 'و' && word.Length >= 5) && !(word[0] == 'ل' && word.Length > 3 && !word.StartsWith("لا"));

    private static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        word is "في" or "علي" or "من" or "عن" or "الي" or "مع" or "خلال" or "بعد" or "قبل" or "امام" or "عبر" or "لدي" or "حول"
            or "اليوم" or "امس" or "يوم" or "عقب" or "اثناء" or "بين" or "حيث" or "كما" or "ما" or "لا" or "لم" or "لن" or "قد" or "هو" or "هي"
            or "الذي" or "التي" or "ذلك" or "هذا" or "هذه" or "انه" or "ان" or "بان" or "او" or "ثم" or "بل" or "لكن"
            or "مرارا" or "صراحه" or "رسميا" or "ايضا" or "كذلك" or "مجددا" or "سابقا" or "لاحقا" or "حاليا" or "بدوره" or "بدورها"
            or "بما" or "مما" or "لما" or "عما" or "كما" or "لكنه" or "لكنها" or "انها" or "وهو" or "وهي" or "بينما" or "فيما"
            or "بشان" or "حول" or "ضد" or "نحو" or "دون" or "عند" or "لدي" or "ردا" or "تعليقا" or "وفقا";

    // A weekday, a relative day or يوم, from the dates' lexicon: "اليوم الجمعة" ends a speaker's phrase.
    private static bool IsDateWord(ReadOnlySpan<char> word) =>
        Dates.DateLexicon.TryGetWord(word, out Dates.DateWord date)
        && (date.Weekday is not null || date.DayOffset is not null || (date.Introducers & Dates.DateIntroducer.DayWord) != 0)
        && !date.NeedsContext;

    private static bool IsNameNoun(ReadOnlySpan<char> word) =>
        QuoteLexicon.NameNouns.TryGetWithArticle(word, out _, out _)
        || (word.Length > 2 && word[^1] == 'ب' && QuoteLexicon.NameNouns.TryGetWithArticle(word[..^1], out _, out _));

    // The previous speaker of the cue's gender (any, for a plural or unmarked cue).
    private readonly Person? Continue(char gender)
    {
        if (gender is 'm' or 'f')
        {
            Person? best = null;
            foreach (Person person in _people)
            {
                if (person.Gender == gender && person.LastSpoke >= 0 && (best is null || person.LastSpoke > best.LastSpoke))
                {
                    best = person;
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return _lastSpeaker;
    }

    // نظيره/نظيرته: the most recent person named, other than the last speaker, of the counterpart's gender.
    private readonly Person? Counterpart(char gender, int before)
    {
        Person? best = null;
        foreach (Person person in _people)
        {
            if (!ReferenceEquals(person, _lastSpeaker) && !person.IsBody && person.Tokens.Length >= 2 && person.Position < before
                && (gender == '-' || person.Gender == gender || person.Gender == '-'))
            {
                best = best is null || person.Position > best.Position ? person : best;
            }
        }

        return best;
    }

    // A body named before by its head noun: "الوكالة" for "وكالة الأنباء المركزية".
    private readonly Person? FindBody(ReadOnlySpan<char> headWithoutArticle)
    {
        for (int k = _people.Count - 1; k >= 0; k--)
        {
            if (_people[k].IsBody && _people[k].Tokens.Length > 1 && _people[k].Tokens[0] == headWithoutArticle.ToString())
            {
                return _people[k];
            }
        }

        return null;
    }

    // A role named before with a name: "مستشار الأمن القومي" for "مستشار الأمن القومي في كوريا الجنوبية، شين وون سيك".
    private readonly Person? FindByTitle(int from, int to)
    {
        // Every word of the role must begin the title the person was named with: "وزير الدفاع البريطاني" is not
        // "وزير الدفاع الأمريكي".
        var role = new List<string>();
        for (int k = from; k < to && k < from + 6; k++)
        {
            role.Add(Word(k).ToString());
        }

        string head = string.Join(' ', role);
        Person? best = null;
        foreach (Person person in _people)
        {
            if (person.TitleKey is { } key && (key == head || key.StartsWith(head + " ", StringComparison.Ordinal)) && person.Position < _tokens[from].Start)
            {
                best = best is null || person.Position > best.Position ? person : best;
            }
        }

        return best;
    }

    // The person named before whose name holds the words [from, to).
    private readonly Person? Known(int from, int to)
    {
        var tokens = new string[to - from];
        for (int k = from; k < to; k++)
        {
            tokens[k - from] = Word(k).ToString();
        }

        foreach (Person person in _people)
        {
            if (Contains(person.Tokens, tokens))
            {
                return person;
            }
        }

        return null;
    }

    // Names the article gives with a title anywhere ("مع نظيرها الروسي سيرغي لافروف", "الرئيس الروسي فلاديمير
    // بوتين"), known before anyone quotes them: their full names for short mentions, and the people that
    // نظيره/نظيرته can point to.
    private void RegisterTitledNames()
    {
        for (int k = 0; k < _tokens.Length; k++)
        {
            if (!QuoteLexicon.Roles.TryGetWithArticle(Word(k), out SpeakerRole role, out _) || role.Kind == "body")
            {
                continue;
            }

            int n = k + 1;
            while (n < _tokens.Length && n - k <= 4 && _tokens[n].SpacedFromPrevious && Word(n).StartsWith("ال"))
            {
                n++;
            }

            int start = n;
            while (n < _tokens.Length && n - start < 4 && _tokens[n].SpacedFromPrevious && IsNameWord(Word(n)))
            {
                n++;
            }

            if (n - start >= 2 && Known(start, n) is null)
            {
                string title = Original(_tokens[k].Start, _tokens[start - 1].End);
                Person person = Register(start, n, start > k ? title : null, role.Gender);
                person.Spoke = false;
            }

            k = Math.Max(k, n - 1);
        }
    }

    // Adds the person of the name at words [from, to), or finds them when named before.
    private Person Register(int from, int to, string? title, char gender, bool isBody = false)
    {
        var tokens = new string[to - from];
        for (int k = from; k < to; k++)
        {
            tokens[k - from] = Word(k).ToString();
        }

        string name = Original(_tokens[from].Start, _tokens[to - 1].End);
        foreach (Person person in _people)
        {
            if (Contains(person.Tokens, tokens))
            {
                person.Spoke = true;
                person.Gender = person.Gender == '-' ? gender : person.Gender;
                return person.Mention(_tokens[from].Start, _tokens[to - 1].End);
            }
        }

        string? titleKey = title is null ? null : TitleKey(title);
        var added = new Person(name, tokens, titleKey, gender is 'p' ? '-' : gender) { Spoke = true, Title = title, IsBody = isBody, Position = _tokens[from].Start };
        if (_people.Count == MaxPeople)
        {
            // An article names far fewer; a bounded registry keeps any text linear.
            _people.RemoveAt(0);
        }

        _people.Add(added);
        return added.Mention(_tokens[from].Start, _tokens[to - 1].End);
    }

    // The normalized words of a title, without punctuation: "مستشار الامن القومي في كوريا الجنوبيه".
    private static string TitleKey(string title)
    {
        string normalized = ArabicNews.Normalization.ArabicNormalizer.Search.Normalize(title);
        var words = new List<string>();
        foreach (string word in normalized.Split([' ', '(', ')', '"', '،', ',', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(word);
        }

        return string.Join(' ', words);
    }

    // Whether `inner` appears in `outer` word by word ("روته" in "مارك روته").
    private static bool Contains(string[] outer, string[] inner)
    {
        if (inner.Length == 0 || inner.Length > outer.Length)
        {
            return false;
        }

        for (int s = 0; s + inner.Length <= outer.Length; s++)
        {
            bool match = true;
            for (int k = 0; k < inner.Length && match; k++)
            {
                match = outer[s + k] == inner[k];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    // Short names given before the full one ("روته" in a headline) take the full name found later.
    private readonly void Canonicalize(List<QuoteMention> found)
    {
        for (int q = 0; q < found.Count; q++)
        {
            if (found[q].Speaker is not { } speaker)
            {
                continue;
            }

            foreach (Person person in _people)
            {
                if (person.Name.Length > speaker.Name.Length && person.Tokens.Length > 1 && person.Name.Contains(speaker.Name, StringComparison.Ordinal))
                {
                    found[q] = found[q] with { Speaker = speaker with { Name = person.Name } };
                    break;
                }
            }
        }
    }

    private readonly QuoteMention Mention(int start, int end, QuoteKind kind, Context context = default)
    {
        Context used = context.CueText is null && context.Speaker is null ? _context : context;
        TextSpan span = _map.ToOriginal(TextSpan.FromBounds(start, end));
        span = Trim(span);
        QuoteSpeaker? speaker = null;
        if (used.Speaker is { } person)
        {
            TextSpan mention = person.MentionStart >= 0 ? _map.ToOriginal(new TextSpan(person.MentionStart, person.MentionLength)) : default;
            speaker = new QuoteSpeaker(person.Name, mention.Start, mention.Length, person.Title);
        }

        SpeakerEvidence evidence = speaker is null ? SpeakerEvidence.None : used.Evidence;
        return new QuoteMention(span.Start, span.Length, kind, speaker, used.CueText, used.Stance, QuoteCalibration.Confidence(evidence), evidence);
    }

    private readonly TextSpan Trim(TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && (char.IsWhiteSpace(_original[start]) || _original[start] is '"' or '“' or '”' or '«' or '»'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(_original[end - 1]) || _original[end - 1] is '.' or '"' or '“' or '”' or '«' or '»'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private readonly string Original(int normalizedStart, int normalizedEnd)
    {
        TextSpan span = _map.ToOriginal(TextSpan.FromBounds(normalizedStart, normalizedEnd));
        return span.Slice(_original).ToString();
    }

    // The speaker of the sentence being read, and where its direct quote may start.
    private readonly record struct Context(Person? Speaker, string? CueText, CueStance Stance, SpeakerEvidence Evidence, int QuoteAt)
    {
        // A cue of saying (or a colon before the quote) makes a quote after it direct; "دعا إلى “…”" is partial.
        public bool Saying { get; init; }
    }

    // A person or body named in the article: the full name as written, its words, the title it came with.
    private sealed class Person(string name, string[] tokens, string? titleKey, char gender)
    {
        public string Name { get; } = name;

        public string[] Tokens { get; } = tokens;

        public string? TitleKey { get; } = titleKey;

        public char Gender { get; set; } = gender;

        public bool Spoke { get; set; }

        public string? Title { get; init; }

        public bool IsBody { get; init; }

        // Where the article first names the person (normalized text), and where they last spoke (-1: never).
        public int Position { get; init; }

        public int LastSpoke { get; set; } = -1;

        public int MentionStart { get; private set; } = -1;

        public int MentionLength { get; private set; }

        public Person Mention(int start, int end)
        {
            MentionStart = start;
            MentionLength = end - start;
            return this;
        }
    }
}
