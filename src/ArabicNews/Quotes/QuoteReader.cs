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
    }

    public void Read(List<QuoteMention> found)
    {
        _people.RegisterTitledNames(_t);
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
                _sentenceStart = token.Start;
            }

            if (_t.IsLineStart(i) && TryHeadline(i, out QuoteMention headline, out int headlineLast))
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
                int after = _t.FirstTokenAfter(close, i);
                ReadQuote(found, open, close, i, after);
                i = Math.Max(after, i + 1);
                continue;
            }

            if (token.Start >= _clauseEnd && QuoteWords.TryCue(_t, i, out QuoteCue cue, out string cueText) && !IsAdjectivalParticiple(i))
            {
                i = ReadCue(found, i, cue, cueText, marks, nextMark);
                continue;
            }

            i++;
        }

        _people.Canonicalize(found);
    }

    // Reads the speaker after a cue and what it introduces; returns the word to go on from.
    private int ReadCue(List<QuoteMention> found, int c, QuoteCue cue, string cueText, List<(int Open, int Close)> marks, int nextMark)
    {
        if (c + 1 >= _t.Count)
        {
            return c + 1; // a cue that ends the text introduces nothing
        }

        if (cue.Kind == CueKind.Source)
        {
            return ReadSource(found, c, cue, cueText);
        }

        int k = c + 1;
        int phraseEnd = k;
        bool toQuote = false;
        int complementizer = -1;
        int limit = Math.Min(_t.Count, c + 24);
        int afterName = -1;
        bool skipped = false;
        while (phraseEnd < limit)
        {
            ReadOnlySpan<char> gap = _t.Gap(phraseEnd);
            if (_t.EndsSentence(phraseEnd))
            {
                break;
            }

            if (gap.Contains('"') && phraseEnd > c + 1 && phraseEnd != afterName && QuoteWords.IsNameNoun(_t.Word(phraseEnd - 1)))
            {
                // "شركة “غلوبال ديفينس كورب” المتخصصة": a quoted name inside the speaker's phrase.
                int nameEnd = phraseEnd;
                while (nameEnd + 1 < limit && !_t.Gap(nameEnd + 1).Contains('"'))
                {
                    nameEnd++;
                }

                phraseEnd = Math.Min(limit, nameEnd + 1);
                afterName = phraseEnd;
                continue;
            }

            if (phraseEnd == c + 1 && gap.Contains('"') && SkipQuotedName(phraseEnd) is var quotedSpeaker && quotedSpeaker > phraseEnd)
            {
                // "وأشار "ابن ريحان"، إلى أنه": the speaker's name in quotation marks.
                phraseEnd = quotedSpeaker;
                continue;
            }

            if (gap.Contains('"') && phraseEnd > c + 1 && SkipQuotedName(phraseEnd) is var pastName && pastName > phraseEnd)
            {
                // "أبلغ المهندس جديع القحطاني "الوطن" بأن": the outlet told, in quotation marks, ends the speaker's phrase.
                SkipToComplementizer(pastName, limit, out complementizer, out toQuote);
                break;
            }

            if (phraseEnd == afterName)
            {
                gap = gap[(gap.IndexOf('"') + 1)..];
            }

            if (!gap.Contains(':') && phraseEnd > c + 1 && QuotationAfter(phraseEnd, out int quoted) is var pastQuote && pastQuote > phraseEnd
                && pastQuote - quoted <= 4 && ClauseOpensWithin(pastQuote, 6))
            {
                // "وأوضح صاحب الفكرة “منشد المقاومة الجنوبية” عبدالقادر الجيلاني أن": a short quotation inside the
                // speaker's phrase, with the speech still to come, is a title or a name.
                phraseEnd = pastQuote;
                continue;
            }

            if (gap.Contains(':') || (gap.Contains('"') && !ClosesQuotation(phraseEnd)))
            {
                toQuote = true;
                break;
            }

            ReadOnlySpan<char> word = _t.Word(phraseEnd);
            if (phraseEnd > c + 1 && QuoteWords.TryCue(_t, phraseEnd, out QuoteCue next, out _) && !IsAdjectivalParticiple(phraseEnd))
            {
                if (next.Kind == CueKind.Source)
                {
                    // "وذكرت صحيفة وول ستريت جورنال نقلاً عن مسؤولين أن": the source relayed ends the speaker's phrase.
                    SkipToComplementizer(phraseEnd, limit, out complementizer, out toQuote);
                    skipped = true;
                }

                break; // another cue: its own clause
            }

            if (IsCredit(phraseEnd))
            {
                // "قال X لـ«عكاظ» إن", "في تصريح لوكالة الأنباء": the outlet the statement was made to ends the phrase.
                SkipToComplementizer(SkipCredit(phraseEnd), limit, out complementizer, out toQuote);
                break;
            }

            if (phraseEnd > c + 1 && (word is "خلال" or "بعد" or "عقب" or "اثناء" or "امام" || (word is "من" && !QuoteLexicon.Is(_t.Word(phraseEnd - 1), QuoteWordClass.Quantifier))
                || (word is "في" && phraseEnd + 1 < _t.Count && QuoteWords.IsOccasion(_t.Word(phraseEnd + 1)))))
            {
                // Another cue, or the occasion of the statement ("في مقابلة", "في بيان"), ends the speaker's phrase.
                phraseEnd = SkipToComplementizer(phraseEnd, limit, out complementizer, out toQuote);
                skipped = true;
                break;
            }

            if (IsClauseOpener(phraseEnd))
            {
                complementizer = phraseEnd;
                break;
            }

            if (word is "الي" && phraseEnd + 1 < _t.Count && QuoteWords.IsComplementizer(_t.Word(phraseEnd + 1)))
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
            phraseEnd = Math.Min(phraseEnd, c + 1 + SpeakerPhrase.Length(_t, _people, c + 1, phraseEnd));
        }

        bool empty = phraseEnd == c + 1 || QuoteWords.IsDateWord(_t.Word(c + 1))
            || (QuoteWords.IsFunctionWord(_t.Word(c + 1)) && !QuoteLexicon.Is(_t.Word(c + 1), QuoteWordClass.Quantifier));
        if (cue.Kind == CueKind.ClauseVerb && (complementizer < 0 || skipped))
        {
            return c + 1; // "بين الطرفين"، "بين الكتابين: …": بيّن only with a clause (أن) after it
        }

        if (empty && !cue.IsParticiple && QuoteWords.IsAside(_t.Word(c)))
        {
            // "يذكر أن", "ويشار إلى أن": the writer's aside, with no one quoted; its clause is no one's speech.
            return complementizer >= 0 ? SkipClause(complementizer) : c + 1;
        }

        Person? speaker = null;
        SpeakerEvidence evidence = SpeakerEvidence.None;
        if (cue.IsParticiple)
        {
            // "…، مشيراً إلى أن": the subject of the sentence's main clause, else the previous speaker.
            speaker = _context.Speaker ?? _people.SubjectOf(_sentenceStart, _t.Tokens[c].Start) ?? _people.Continue(cue.Gender);
            evidence = SpeakerEvidence.MainClause;
        }
        else if (QuoteLexicon.Is(cue.Lemma, QuoteWordClass.TakesObject) && _context.Speaker is { } subject && !QuoteWords.IsNameWord(_t, c + 1)
            && !QuoteWords.HasObjectSuffix(_t, c)
            && !(QuoteLexicon.TryRole(_t.Word(c + 1), out SpeakerRole objectRole) && objectRole.Kind == SpeakerRoleKind.Title))
        {
            // "أكدت زاخاروفا أن …، ووصفت التقارير بأنها": a second cue of the sentence that takes an object keeps its subject.
            speaker = subject;
            evidence = SpeakerEvidence.Continuation;
        }
        else if (QuoteLexicon.Is(cue.Lemma, QuoteWordClass.TakesObject) && !QuoteWords.HasObjectSuffix(_t, c) && _t.Word(c)[0] != 'و'
            && SubjectBefore(c, cue.Gender) is { } before)
        {
            // "أما الدكتور نزار خضري فطالب وزارة الصحة …": a subject before a cue that takes an object; what follows is
            // the object.
            speaker = before;
            evidence = SpeakerEvidence.SubjectBeforeCue;
        }
        else if (QuoteLexicon.Is(cue.Lemma, QuoteWordClass.Learned) && LearnedFrom(c + 1, phraseEnd) is var source && source > 0)
        {
            // "علمت الصحيفة من مصادر مؤكدة أن": the source the news was learned from speaks.
            speaker = SpeakerPhrase.Read(_t, _people, source, phraseEnd, cue.Gender, out evidence);
        }
        else if (!empty && !(QuoteLexicon.Is(cue.Lemma, QuoteWordClass.TakesObject) && !QuoteWords.HasObjectSuffix(_t, c)
            && !QuoteLexicon.TryRole(_t.Word(c + 1), out _) && !QuoteWords.IsNameWord(_t, c + 1)))
        {
            speaker = SpeakerPhrase.Read(_t, _people, c + 1, phraseEnd, cue.Gender, out evidence, complementizer >= 0 || toQuote);
        }

        // A claim verb's object is a reported claim, but not in a headline ("الناتو يعلن تواجد قوات"), which reports.
        bool claimCue = complementizer < 0 && !toQuote && QuoteLexicon.Is(cue.Lemma, QuoteWordClass.ClaimObject) && !InFirstLine(c);
        if (claimCue && speaker is not null && evidence == SpeakerEvidence.Name && speaker.MentionStart > _t.Tokens[c + 1].Start
            && QuoteWords.IsCommonWord(_t.Word(c + 1)) && !QuoteLexicon.TryRole(_t.Word(c + 1), out _)
            && !QuoteLexicon.IsPlace(_t.Word(c + 1)))
        {
            // "الناتو يعلن تواجد قوات كورية": a name inside the object is no subject; the object follows the cue.
            speaker = null;
        }

        if (speaker is null && !cue.IsParticiple)
        {
            // "مصادر أشارت إلى أن", "لكن كييف ترى أن": the subject before the cue; else "وأضافت": the previous speaker
            // of the cue's gender. After a cue that takes an object ("ووصفت التقارير بأنها"), what follows is the object.
            speaker = SubjectBefore(c, cue.Gender);
            evidence = speaker is null ? SpeakerEvidence.Continuation : SpeakerEvidence.SubjectBeforeCue;
            speaker ??= _people.Continue(cue.Gender, _sentenceStart, _t.Tokens[c].Start);
        }

        _context = new Context(speaker, cueText, cue.Stance, evidence, toQuote ? phraseEnd : -1)
        {
            Saying = QuoteWords.IntroducesDirectSpeech(cue.Lemma),
        };
        if (speaker is not null)
        {
            _people.LastSpeaker = speaker;
            speaker.LastSpoke = _t.Tokens[c].Start;
        }

        if (toQuote && phraseEnd < _t.Count && _t.Gap(phraseEnd).Contains(':') && !_t.Gap(phraseEnd).Contains('"'))
        {
            // "وقال الوزير: الأمر مهم": speech after a colon with no quotation marks runs to the end of its line (or
            // to a quotation that opens in it).
            int end = phraseEnd;
            while (end + 1 < _t.Count && !_t.Gap(end + 1).Contains('\n') && !_t.Gap(end + 1).Contains('"'))
            {
                end++;
            }

            if (end - phraseEnd >= 2)
            {
                found.Add(Mention(_t.Tokens[phraseEnd].Start, _t.Tokens[end].End, QuoteKind.Direct));
                _clauseEnd = _t.Tokens[end].End;
                _context = _context with { QuoteAt = -1 };
                return end + 1;
            }
        }

        if (claimCue && _options.IncludeIndirect && ClaimStart(c, speaker, evidence) is var claim && claim > 0)
        {
            // "أعلنت الوزارة إطلاق البرنامج", "توقع الشريف هطول أمطار": with no أن clause, the object is the claim, up
            // to the end of the clause or the next cue ("… حيث أكد …").
            int end = claim;
            while (end + 1 < _t.Count && !_t.EndsSentence(end + 1) && !StartsAnotherStatement(end + 1) && !QuoteWords.IsCue(_t, end + 1)
                && _t.Word(end + 1) is not ("حيث" or "اذ"))
            {
                end++;
            }

            if (end > claim)
            {
                found.Add(Mention(_t.Tokens[claim].Start, _t.Tokens[end].End, QuoteKind.Indirect));
                _clauseEnd = _t.Tokens[end].End;
                return end + 1;
            }
        }

        // A quotation right after the complementizer that ends the clause ("وصفها بأنها “أخبار كاذبة”.") is the
        // quote itself, a partial one; with words after it ("إن “…” حتى تحقيق أهدافها") the clause is reported too.
        int markAfter = nextMark;
        while (markAfter < marks.Count && complementizer >= 0 && marks[markAfter].Open < _t.Tokens[complementizer].End)
        {
            markAfter++;
        }

        bool onlyQuote = complementizer >= 0 && complementizer + 1 < _t.Count && markAfter < marks.Count
            && marks[markAfter].Open < _t.Tokens[complementizer + 1].Start && ClauseEndsAt(marks[markAfter].Close, complementizer);
        if (complementizer >= 0 && _options.IncludeIndirect && complementizer + 1 < _t.Count && !onlyQuote)
        {
            int end = complementizer + 1;
            while (end + 1 < _t.Count && !_t.EndsSentence(end + 1) && !StartsAnotherStatement(end + 1))
            {
                end++;
            }

            found.Add(Mention(_t.Tokens[complementizer + 1].Start, _t.Tokens[end].End, QuoteKind.Indirect));
            _clauseEnd = _t.Tokens[end].End;
        }

        return Math.Max(c + 1, complementizer >= 0 ? complementizer + 1 : phraseEnd);
    }

    // "مصادر مؤكدة", "مصدر مطلع": a participle right after a body or role noun describes it; it is no cue.
    private readonly bool IsAdjectivalParticiple(int k) =>
        k > 0 && _t.Gap(k).Trim().IsEmpty && QuoteWords.TryCue(_t, k, out QuoteCue cue, out _) && cue.IsParticiple
        && ((QuoteLexicon.TryRole(_t.Word(k - 1), out SpeakerRole role) && role.Kind == SpeakerRoleKind.Body)
            || _t.Word(k - 1) is "غير"); // "تقارير غير مؤكدة"

    // أن and its forms open reported speech, but not after بعد, قبل, منذ, حتى or رغم ("بعد أن دافع"): a time or a concession.
    private readonly bool IsClauseOpener(int k) =>
        QuoteWords.IsComplementizer(_t.Word(k)) && !(k > 0 && _t.Word(k - 1) is "بعد" or "قبل" or "منذ" or "حتي" or "رغم" or "برغم");

    // The word after "من" in the phrase [from, to) of a "learned" cue, or 0.
    private readonly int LearnedFrom(int from, int to)
    {
        for (int k = from; k + 1 < to; k++)
        {
            if (_t.Word(k) is "من")
            {
                return k + 1;
            }
        }

        return 0;
    }

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
    // when none is), past a preposition (عن، من، على، إلى) or an adverb; 0 when no claim follows in the sentence.
    private readonly int ClaimStart(int cue, Person? speaker, SpeakerEvidence evidence)
    {
        evidence = speaker is not null && speaker.MentionStart < _t.Tokens[cue].Start ? SpeakerEvidence.SubjectBeforeCue : evidence;
        if (speaker is null || evidence is not (SpeakerEvidence.Name or SpeakerEvidence.Body or SpeakerEvidence.Reference or SpeakerEvidence.SubjectBeforeCue or SpeakerEvidence.Counterpart))
        {
            return 0; // "ويشير إلى تصعيدات": a claim is reported only by someone named
        }

        if (evidence == SpeakerEvidence.Name && speaker is { Tokens.Length: 1, Title: null } && !QuoteWords.IsGivenName(speaker.Tokens[0]))
        {
            return 0; // "أعلن صافرة النهاية": one unknown word is too weak a subject to report a claim by
        }

        int k = cue + 1;
        if (speaker is not null && evidence is SpeakerEvidence.Name or SpeakerEvidence.Body or SpeakerEvidence.Reference
            && speaker.MentionStart >= _t.Tokens[cue].End)
        {
            k = _t.FirstTokenAfter(speaker.MentionStart + speaker.MentionLength, cue + 1);
        }

        while (k < _t.Count && k - cue < 12 && !_t.EndsSentence(k) && _t.Gap(k).Trim().IsEmpty
            && (QuoteWords.IsFunctionWord(_t.Word(k)) || _t.Word(k) is "رسميا" or "امس" or "اليوم") && !QuoteWords.IsComplementizer(_t.Word(k)))
        {
            k++;
        }

        return k < _t.Count && !_t.EndsSentence(k) && _t.Gap(k).Trim().IsEmpty && k + 1 < _t.Count && !_t.EndsSentence(k + 1)
            && !QuoteWords.IsCue(_t, k) && !char.IsDigit(_t.Word(k)[0])
            ? k
            : 0;
    }

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
            && !IsSourceClauseOpener(_t.Word(k)))
        {
            k++;
        }

        if (k == from || from >= _t.Count)
        {
            return c + 1;
        }

        int clitic = _t.Word(from) is { Length: > 2 } first && first[0] == 'ل' && !first.StartsWith("لا") ? 1 : 0;
        ReadOnlySpan<char> head = _t.Word(from)[clitic..];
        ReadOnlySpan<char> bare = head.StartsWith("ال") ? head[2..] : head;
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

        if (clause < _t.Count && !_t.EndsSentence(clause) && _options.IncludeIndirect && clause > k - 1 && (clause > k || _t.Gap(k).IndexOfAny("،,") >= 0))
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

            if (c - start >= 3 && _t.Tokens[start].Start >= _clauseEnd)
            {
                found.Add(Mention(_t.Tokens[start].Start, _t.Tokens[c - 1].End, QuoteKind.Indirect, context));
            }
        }

        return k;
    }

    private static bool IsSourceClauseOpener(ReadOnlySpan<char> word) => word is "فان" or "فانه" or "فانها" or "فانهم" or "فقد" or "ان" or "فان";

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
            return k + 1 < _t.Count && _t.Gap(k + 1).Contains('"');
        }

        ReadOnlySpan<char> rest = word[1..];
        return QuoteLexicon.Is(rest, QuoteWordClass.Media) || QuoteLexicon.QuotedNames.Contains(rest.ToString())
            || (rest.StartsWith("ل") && QuoteLexicon.QuotedNames.Contains("ال" + rest[1..].ToString()));
    }

    // The word after a credit at k: past its quoted name, or past the outlet's words up to a complementizer.
    private readonly int SkipCredit(int k)
    {
        int pastName = k + 1 < _t.Count ? QuotationAfter(k + 1, out _) : -1;
        return pastName >= 0 ? pastName : k + 1;
    }

    // The word after a quoted name that opens before word k ("الوطن" told a statement), or k when there is none.
    private readonly int SkipQuotedName(int k)
    {
        int after = QuotationAfter(k, out int first);
        return after >= 0 && IsName(first, after) ? after : k;
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
    private readonly int LastMarkOpeningBefore(int position)
    {
        int lo = 0, hi = _marks.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_marks[mid].Open < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    // The subject before a cue with none after it ("مصادر أشارت إلى أن", "وزارة الصحة أكدت أن", "بوتين لم ينكر"): the
    // words back to the start of the clause, past a negation, read as a speaker's phrase.
    private Person? SubjectBefore(int cue, SpeakerGender gender)
    {
        int end = cue;
        if (end > 1 && _t.Word(end - 1) is "الذي" or "التي" or "الذين" && _t.Gap(end).Trim().IsEmpty)
        {
            end--; // "لويس فان غال الذي أكد": the one the relative clause is about
        }

        if (end > 0 && _t.Word(end - 1) is "لم" or "لا" or "لن" or "قد" && _t.Tokens[end].SpacedFromPrevious)
        {
            end--;
        }

        if (end == 0 || _t.EndsSentence(end) || !_t.Gap(end).Trim().IsEmpty)
        {
            return null;
        }

        int start = end;
        while (start > 0 && end - start < 6 && !_t.EndsSentence(start) && (start == end || _t.Gap(start).Trim().IsEmpty))
        {
            ReadOnlySpan<char> word = _t.Word(start - 1);
            if (QuoteWords.IsFunctionWordWithClitic(word) || QuoteWords.IsComplementizer(word) || QuoteWords.IsCue(_t, start - 1) || QuoteWords.IsDateWord(word) || char.IsAsciiDigit(word[0]))
            {
                break;
            }

            start--;
            if (!_t.Gap(start).Trim().IsEmpty)
            {
                break;
            }
        }

        if (start == end || _t.Tokens[start].Start < _clauseEnd)
        {
            return null;
        }

        Person? subject = SpeakerPhrase.Read(_t, _people, start, end, gender, out SpeakerEvidence evidence);
        return evidence is SpeakerEvidence.Name or SpeakerEvidence.Body or SpeakerEvidence.Reference ? subject : null;
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
        if (!QuoteWords.TryCue(_t, k, out QuoteCue cue, out _))
        {
            return false;
        }

        ReadOnlySpan<char> gap = _t.Gap(k);
        if (gap.IndexOfAny("،,") >= 0 || (k > 0 && _t.Word(k - 1) is "بينما" or "فيما" or "كما" && _t.Gap(k - 1).IndexOfAny("،,") >= 0)
            || (cue.IsParticiple && gap.Trim().Length > 0))
        {
            return true;
        }

        // "…، وهي خطوة وصفها الغرب بأنها": a cue a few words after a comma, with its own subject after it.
        bool afterComma = false;
        for (int j = k; j > Math.Max(0, k - 3) && !afterComma; j--)
        {
            afterComma = _t.Gap(j).IndexOfAny("،,") >= 0;
        }

        return afterComma && !cue.IsParticiple && k + 1 < _t.Count && _t.Gap(k + 1).Trim().IsEmpty
            && (QuoteWords.IsNameWord(_t, k + 1) || QuoteLexicon.TryRole(_t.Word(k + 1), out _) || QuoteLexicon.IsPlace(_t.Word(k + 1)));
    }

    // After the occasion of a statement, the complementizer or the quote that the cue introduces: the speaker's
    // phrase ends at `from` either way.
    private int SkipToComplementizer(int from, int limit, out int complementizer, out bool toQuote)
    {
        complementizer = -1;
        toQuote = false;
        for (int k = from; k < limit; k++)
        {
            if (k > from && _t.EndsSentence(k))
            {
                break;
            }

            if (IsCredit(k))
            {
                k = SkipCredit(k) - 1; // "… لـ«فرانس برس» أمس أن"
                continue;
            }

            if (k > from && _t.Gap(k).Contains('"') && SkipQuotedName(k) is var pastName && pastName > k)
            {
                k = pastName - 1;
                continue;
            }

            if (k > from && (_t.Gap(k).Contains(':') || (QuotationAfter(k, out _) >= 0 && !QuoteWords.IsNameNoun(_t.Word(k - 1)))))
            {
                toQuote = true;
                break;
            }

            if (IsClauseOpener(k))
            {
                complementizer = k;
                break;
            }

            if (QuoteWords.TryCue(_t, k, out _, out _) && k > from)
            {
                break;
            }
        }

        return from;
    }

    // A quote from mark `open` to mark `close`, whose first word is `first`; `after` is the first word after it.
    private void ReadQuote(List<QuoteMention> found, int open, int close, int first, int after)
    {
        int words = after - first;
        int before = first - 1;
        bool nameNoun = before >= 0 && _t.Tokens[before].End <= open && (QuoteWords.IsNameNoun(_t.Word(before)) || _t.Word(before) is "ل");
        bool introduced = before >= 0 && _t.Tokens[before].End <= open && (QuoteWords.IsComplementizer(_t.Word(before)) || _t.Word(before) is "ب");
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

    // Whether the quotation of words [first, after) is a name: an outlet, agency or platform, Latin letters and digits
    // only, or a person the article names.
    private readonly bool IsName(int first, int after, bool introduced = false)
    {
        if (after - first > 4 || after <= first)
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

        string content = _t.Text[_t.Tokens[first].Start.._t.Tokens[after - 1].End].ToString();
        if (QuoteLexicon.QuotedNames.Contains(content) || (content.Length > 2 && content[0] is 'ب' or 'ل' && QuoteLexicon.QuotedNames.Contains(content[1..])))
        {
            return true;
        }

        Person? person = _people.Known(_t, first, after);
        if (person is { IsBody: false } && person.Tokens.Length >= after - first)
        {
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

    // "بوتين: اتفقنا مع …", "كوريا الشمالية: نحو 800 ألف …": a short line whose first words and a colon name the speaker.
    private bool TryHeadline(int i, out QuoteMention headline, out int last)
    {
        headline = default;
        last = i;
        int lineEnd = i;
        while (lineEnd + 1 < _t.Count && !_t.Gap(lineEnd + 1).Contains('\n'))
        {
            lineEnd++;
        }

        if (lineEnd - i > 25)
        {
            return false;
        }

        for (int k = i + 1; k <= Math.Min(i + 4, lineEnd); k++)
        {
            ReadOnlySpan<char> gap = _t.Gap(k);
            if (!gap.Contains(':'))
            {
                continue;
            }

            // "موسكو: أكدت وزيرة …" is a dateline: a cue right after the colon; so is "الجزائر: …", a place.
            if (gap.Trim().Length != 1 || IsMasthead(i, k) || lineEnd - k < 2 || QuoteWords.TryCue(_t, k, out _, out _)
                || (QuoteLexicon.Places.TryGetValue(_t.Text[_t.Tokens[i].Start.._t.Tokens[k - 1].End].ToString(), out PlaceKind place) && place == PlaceKind.City)
                || (QuoteWords.IsCommonWord(_t.Word(i)) && !QuoteLexicon.TryRole(_t.Word(i), out _) && !QuoteLexicon.IsPlace(_t.Word(i))))
            {
                return false;
            }

            int contentEnd = k;
            while (contentEnd + 1 <= lineEnd && !_t.Gap(contentEnd + 1).Contains('|'))
            {
                contentEnd++;
            }

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
