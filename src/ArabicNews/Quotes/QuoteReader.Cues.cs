using System;
using System.Collections.Generic;

namespace ArabicNews.Quotes;

// The cues of reported and direct speech: the speaker's phrase after a cue, who speaks, and what the cue introduces.
internal ref partial struct QuoteReader
{
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

        (int phraseEnd, int complementizer, bool toQuote, bool skipped, int afterTime) = ScanPhrase(c, cue.IsParticiple);
        if (toQuote && complementizer < 0 && QuoteLexicon.Is(cue.Lemma, QuoteWordClass.ClaimObject) && !_t.Gap(phraseEnd).Contains(':')
            && QuotationAfter(phraseEnd, out int quotedFirst) is var quotedAfter && quotedAfter > phraseEnd && quotedAfter - quotedFirst <= 3)
        {
            // "أعلنت وزارة التجارة عن استدعاء 2504 سيارات "هيونداي جينيسيس"": a short quotation in a claim verb's
            // object is a name or a term in it, and the object is the claim.
            toQuote = false;
        }

        // "وقال علي الدخيل": علي written with ي is the name, not the preposition; "في الوقت الذي رجحت فيه المصادر":
        // the pronoun that takes the relative clause back comes before the subject.
        int subjectAt = SubjectStart(c, phraseEnd, afterTime);
        bool empty = phraseEnd == c + 1 || QuoteWords.IsDateWord(_t.Word(subjectAt))
            || (QuoteWords.IsFunctionWord(_t.Word(subjectAt)) && !QuoteLexicon.Is(_t.Word(subjectAt), QuoteWordClass.Quantifier)
                && !QuoteWords.IsNameWord(_t, subjectAt));
        if (cue.Kind == CueKind.ClauseVerb && (complementizer < 0
            || (skipped && (!QuoteLexicon.Is(cue.Lemma, QuoteWordClass.Explains) || IsPreposition(c)))
            || (IsPreposition(c) && (JoinsTwoNouns(c + 1, complementizer) || IsAmong(c)))))
        {
            // "بين الطرفين"، "بين الكتابين: …": بيّن only with a clause (أن) after it, and past an occasion only a verb of
            // saying not written as a preposition ("بينت الشركة في تقريرها أن", not "بين الوزارتين في الاجتماع أن",
            // "إبان الحرب في …", "أينما وجد في …", "علمت الصحيفة من مصادرها أن").
            return c + 1;
        }

        if (complementizer < 0 && !toQuote && !cue.IsParticiple && QuoteLexicon.Is(cue.Lemma, QuoteWordClass.Considers) && ReadsAsPassive(c + 1))
        {
            return c + 1; // "والذي يعتبر مساقا حديثا", "تعتبر بمثابة الأساس": is considered, no one's claim
        }

        if (empty && !cue.IsParticiple && QuoteWords.IsAside(_t.Word(c)) && !(_t.Word(c)[0] is not ('و' or 'ف') && SubjectOpensClause(c)))
        {
            // "يذكر أن", "ويشار إلى أن": the writer's aside, with no one quoted; its clause is no one's speech. Not after
            // the clause's subject: "الوزير يعتقد أن" believes, "يعتقد أن" is believed.
            return complementizer >= 0 ? SkipClause(complementizer) : c + 1;
        }

        // A claim verb's object is a reported claim, in the title too ("طالبان تؤكد وفاة الملا عمر"), where it is the
        // headline's quote; but there an announcement reports an event ("الناتو يعلن تواجد قوات").
        bool claimCue = complementizer < 0 && !toQuote && QuoteLexicon.Is(cue.Lemma, QuoteWordClass.ClaimObject)
            && !(InFirstLine(c) && QuoteLexicon.Is(cue.Lemma, QuoteWordClass.TitleReport))
            && !(c > 0 && _t.Gap(c).Trim().IsEmpty && QuoteWords.IsWithConjunction(_t.Word(c - 1), QuoteWordClass.ClaimBlocker));
        (Person? speaker, SpeakerEvidence evidence) = ResolveSpeaker(c, subjectAt, afterTime, cue, phraseEnd, complementizer, toQuote, empty, claimCue);
        bool named = evidence is SpeakerEvidence.Name or SpeakerEvidence.Body or SpeakerEvidence.Reference or SpeakerEvidence.SubjectBeforeCue or SpeakerEvidence.Counterpart;
        if (!named && QuoteLexicon.Is(cue.Lemma, QuoteWordClass.Finding))
        {
            // "وجدت ذلك غير ممكن", "لكن كلامه أظهر أن": a finding whose subject is not named in its sentence is the
            // writer's reading, and its subject is no speaker to continue.
            return SkipClause(complementizer);
        }

        _context = new Context(speaker, cueText, cue.Stance, evidence, toQuote ? phraseEnd : -1)
        {
            Saying = QuoteWords.IntroducesDirectSpeech(cue.Lemma),
        };
        int spokeBefore = speaker?.LastSpoke ?? -1;
        if (speaker is not null)
        {
            _people.LastSpeaker = speaker;
            speaker.LastSpoke = _t.Tokens[c].Start;
        }

        if (complementizer < 0 && !toQuote && _options.IncludeIndirect && evidence is SpeakerEvidence.Name or SpeakerEvidence.Body or SpeakerEvidence.Reference
            && SourceParticleBefore(c) is var particle && particle > 0 && SpeakerPhraseCloses(phraseEnd, strict: _t.Word(particle) is "كما" or "مثلما")
            && ClauseBefore(particle) is var reported && reported >= 0)
        {
            // "قتل 27 شخصا على الأقل، حسبما أفاد أمس مسؤول الإغاثة": a cue after حسبما (بحسب ما، وفق ما، كما) with no
            // clause or object of its own is the source of the clause before it.
            found.Add(Mention(_t.Tokens[reported].Start, _t.Tokens[particle - 1].End, QuoteKind.Indirect));
            return phraseEnd;
        }

        // A claim is reported by someone named, or by a speaker who spoke in this sentence or the one before.
        bool claimBy = named
            || (evidence is SpeakerEvidence.Continuation or SpeakerEvidence.MainClause && spokeBefore >= _previousSentenceStart);
        return ReadSpeech(found, c, phraseEnd, complementizer, toQuote, claimCue && claimBy, speaker, evidence, marks, nextMark);
    }

    // Whether a statement without the article comes shortly before the cue at c ("كلمة قال فيها", "بيانا أكدت فيه",
    // "كلمة في الحفل أكد فيها"), in its sentence.
    private readonly bool StatementBefore(int c)
    {
        for (int k = c - 1; k >= 0 && c - k <= 4 && !_t.EndsSentence(k + 1); k--)
        {
            if (IsStatementNoun(k))
            {
                return true;
            }
        }

        return false;
    }

    // "كلمة", "بيانا": a statement someone gives, without the article.
    private readonly bool IsStatementNoun(int k)
    {
        ReadOnlySpan<char> word = _t.Word(k);
        return !word.StartsWith("ال") && (QuoteLexicon.Is(word, QuoteWordClass.Statement)
            || (word.Length > 3 && word[^1] == 'ا' && QuoteLexicon.Is(word[..^1], QuoteWordClass.Statement))); // "بيانا"
    }

    // The first word of the particle before the cue at c that makes it a source of the clause before ("حسبما", "كما",
    // "بحسب ما", "وفقا لما"), or -1.
    private readonly int SourceParticleBefore(int c)
    {
        if (c < 1 || !_t.Gap(c).Trim().IsEmpty || !QuoteLexicon.Is(_t.Word(c - 1), QuoteWordClass.SourceParticle))
        {
            return -1;
        }

        if (_t.Word(c - 1) is "ما" or "لما")
        {
            return c >= 2 && _t.Gap(c - 1).Trim().IsEmpty && QuoteWords.TryCue(_t, c - 2, out QuoteCue source) && source.Kind == CueKind.Source ? c - 2 : -1;
        }

        return c - 1;
    }

    // Whether the speaker's phrase of a cue ends at word k with nothing the cue says after it: always after حسبما and its
    // kin, which refer back; after كما (`strict`), which is also "and also" before a claim ("كما أعلنت الوزارة إطلاق
    // البرنامج"), only at the end of the sentence, a comma or a parenthesis.
    private readonly bool SpeakerPhraseCloses(int k, bool strict) =>
        !strict || k >= _t.Count || _t.EndsSentence(k) || _t.Gap(k).IndexOfAny("،,()") >= 0;

    // The first word of the clause that ends before word `particle`: back to the start of its sentence or the end of the
    // last reported clause, when it holds three words or more and nothing quoted already; else -1.
    private readonly int ClauseBefore(int particle)
    {
        int start = particle - 1;
        while (start > 0 && !_t.EndsSentence(start) && _t.Tokens[start - 1].Start >= _clauseEnd && particle - start < 60)
        {
            start--;
        }

        return particle - start >= 3 && _t.Tokens[start].Start >= _clauseEnd && (start == 0 || _t.EndsSentence(start) || _t.Tokens[start - 1].Start < _clauseEnd) ? start : -1;
    }

    // Whether the word after a verb of considering makes it passive: a passive sign ("بمثابة", "من"), or an indefinite
    // word that can be no subject: a common word or an accusative in ا ("مساقا") that is no given name or place.
    private readonly bool ReadsAsPassive(int k)
    {
        ReadOnlySpan<char> word = _t.Word(k);
        return QuoteLexicon.Is(word, QuoteWordClass.PassiveSign)
            || (!word.StartsWith("ال") && !QuoteLexicon.TryRole(word, out _) && !QuoteLexicon.IsPlace(word) && !QuoteWords.IsGivenName(word)
                && (QuoteWords.IsCommonWord(word) || (word.Length > 3 && word[^1] == 'ا')));
    }

    // The phrase after the cue at c (a participle when `participle`): where it ends, the أن that opens its clause (-1:
    // none), whether a quotation or a colon follows it, whether its end was skipped past an occasion or a credit ("في
    // بيان", "لـ«عكاظ»"), and the word after a time phrase or adverb right after the cue (c + 1 when none), read once.
    private (int PhraseEnd, int Complementizer, bool ToQuote, bool Skipped, int AfterTime) ScanPhrase(int c, bool participle)
    {
        int limit = Math.Min(_t.Count, c + 24);
        // "وقال أمس وزير الخارجية": the subject after the time phrase; a participle has none after it ("قائلا لنا شرف …" is
        // the speech).
        int first = participle ? c + 1
            : QuoteWords.NamesStatementAfter(_t, c) && QuoteWords.TryCue(_t, c, out QuoteCue statementCue) && statementCue.InStatement ? c + 2 // "وجاء في البيان"
            : PastInterposed(c + 1, limit);
        int phraseEnd = first;
        bool toQuote = false;
        int complementizer = -1;
        int afterName = -1;
        bool skipped = false;
        while (phraseEnd < limit)
        {
            ReadOnlySpan<char> gap = _t.Gap(phraseEnd);
            if (_t.EndsSentence(phraseEnd))
            {
                // "فقال :" at the end of a line: the speech is the next paragraph.
                toQuote = gap.IndexOf(':') is int colon and >= 0 && gap.IndexOf('\n') > colon && !gap.Contains('"');
                break;
            }

            if (gap.Contains('"') && !gap.Contains(':') && phraseEnd > first && phraseEnd != afterName && QuoteWords.IsNameNoun(_t.Word(phraseEnd - 1)))
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

            if (phraseEnd == first && gap.Contains('"') && !gap.Contains(':') && QuotationAfter(phraseEnd, out int speakerFirst) is var quotedOutlet
                && quotedOutlet > phraseEnd && quotedOutlet - speakerFirst <= 3 && quotedOutlet < limit && _t.Gap(quotedOutlet).Trim().Trim('"').IsEmpty
                && QuoteWords.IsComplementizer(_t.Word(quotedOutlet)) && NamesOnly(speakerFirst, quotedOutlet)
                && !(QuoteWords.TryCue(_t, c, out QuoteCue self) && QuoteLexicon.Is(self.Lemma, QuoteWordClass.Learned)))
            {
                // "وأوضحت «بليك» أن": one to three words in marks right between the cue and its أن are who speaks (an
                // outlet, most often), not a quote; not after علمت ("وعلمت «عكاظ» أن"), whose clause holds others' words.
                phraseEnd = quotedOutlet;
                continue;
            }

            if (gap.Contains('"') && !gap.Contains(':') && QuotationAfter(phraseEnd, out int namedFirst) is var named && named > phraseEnd && named < limit
                && named - namedFirst <= MaxQuotedNameWords && SpeechAfterColon(_t.Gap(named)) && NamesOnly(namedFirst, named))
            {
                // "وقالت مها الصالح "معلمة": …", "وأضاف “الأحمري”: …": a few words in marks right before the colon that
                // opens speech with none are the speaker's name, title or outlet, not the quote.
                phraseEnd = named;
                continue;
            }

            if (phraseEnd == first && gap.Contains('"') && SkipQuotedName(phraseEnd) is var quotedSpeaker && quotedSpeaker > phraseEnd)
            {
                // "وأشار "ابن ريحان"، إلى أنه": the speaker's name in quotation marks.
                phraseEnd = quotedSpeaker;
                continue;
            }

            if (gap.Contains('"') && phraseEnd > first && SkipQuotedName(phraseEnd) is var quotedPerson && quotedPerson - phraseEnd >= 2
                && QuoteWords.IsGivenName(_t.Word(phraseEnd)) && !QuoteWords.IsNameWord(_t, phraseEnd - 1))
            {
                // "وقال المبتعث إلى جامعة لاتروب "خلف السبيعي" لـ"سبق": …": a person's full name in marks after a title
                // with none is the speaker's name.
                phraseEnd = quotedPerson;
                continue;
            }

            if (gap.Contains('"') && phraseEnd > first && SkipQuotedName(phraseEnd) is var pastName && pastName > phraseEnd)
            {
                // "أبلغ المهندس جديع القحطاني "الوطن" بأن": the outlet told, in quotation marks, ends the speaker's phrase.
                SkipToComplementizer(pastName, limit, out complementizer, out toQuote);
                break;
            }

            if (phraseEnd == afterName)
            {
                gap = gap[(gap.IndexOf('"') + 1)..];
            }

            if (!gap.Contains(':') && phraseEnd > first && QuotationAfter(phraseEnd, out int quoted) is var pastQuote && pastQuote > phraseEnd
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
            if (phraseEnd > first && QuoteWords.TryCue(_t, phraseEnd, out QuoteCue next) && !IsAdjectivalParticiple(phraseEnd))
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
                int pastCredit = SkipCredit(phraseEnd);
                if (pastCredit < limit && _t.Gap(pastCredit).Trim().IsEmpty && QuoteWords.IsNameWord(_t, pastCredit))
                {
                    // "المدير التنفيذي لـ"نوكيا" راجيف سوري": a company in a title, with the name after it.
                    phraseEnd = pastCredit;
                    continue;
                }

                if (phraseEnd == first && pastCredit < limit && _t.Gap(pastCredit).IndexOfAny(":،,") < 0
                    && _t.Gap(pastCredit).Trim().Length <= 1 && !IsClauseOpener(pastCredit)
                    && !QuoteWords.IsComplementizer(_t.Word(pastCredit)) && !QuoteWords.IsFunctionWord(_t.Word(pastCredit)))
                {
                    // "وقال لـ"الاقتصادية" برتران بزانسنو، السفير الفرنسي، إن": the outlet right after the cue; its subject follows.
                    phraseEnd = pastCredit;
                    continue;
                }

                // "قال X لـ«عكاظ» إن", "في تصريح لوكالة الأنباء": the outlet the statement was made to ends the phrase.
                SkipToComplementizer(pastCredit, limit, out complementizer, out toQuote);
                break;
            }

            if (phraseEnd > first && ((QuoteWords.EndsPhrase(word) && !QuoteLexicon.Is(_t.Word(phraseEnd - 1), QuoteWordClass.Quantifier))
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
            int from = SubjectStart(c, phraseEnd, first);
            phraseEnd = Math.Min(phraseEnd, from + SpeakerPhrase.Length(_t, _people, from, phraseEnd));
        }

        return (phraseEnd, complementizer, toQuote, skipped, first);
    }

    // Who speaks after the cue at c, whose phrase ends at phraseEnd: a name, title or body after the cue, the subject of
    // the main clause for a participle, the subject before the cue, or the previous speaker.
    private (Person? Speaker, SpeakerEvidence Evidence) ResolveSpeaker(int c, int subjectAt, int afterTime, QuoteCue cue, int phraseEnd, int complementizer, bool toQuote, bool empty, bool claimCue)
    {
        // "وأضاف الخضيري قائلاً:": a participle of saying right after the phrase says the speech is to come.
        bool introducesSpeech = complementizer >= 0 || toQuote
            || (phraseEnd < _t.Count && phraseEnd > c + 1 && QuoteWords.TryCue(_t, phraseEnd, out QuoteCue next) && next.IsParticiple);

        // What follows a cue that takes an object is its object when ب opens the clause ("ووصفت التقارير بأنها") or none
        // does; before أن it is the subject ("اعتبرت الدول أن").
        bool objectFollows = QuoteLexicon.Is(cue.Lemma, QuoteWordClass.TakesObject) && !QuoteWords.HasObjectSuffix(_t, c)
            && (complementizer < 0 || _t.Word(complementizer)[0] == 'ب');
        Person? speaker = null;
        SpeakerEvidence evidence = SpeakerEvidence.None;
        bool inStatement = cue.InStatement;
        int first = afterTime == subjectAt ? subjectAt : c + 1; // past "أمس"
        if (inStatement && QuoteWords.NamesStatementAfter(_t, c) && phraseEnd > c + 2)
        {
            // "وجاء في البيان:", "وجاء في بيان الوزارة أن", "وجاء في التقرير الصادر عن شركة آبل أن": the statement speaks,
            // named with whoever gave it, in up to MaxStatementWords words before any punctuation, time word or adverb.
            int end = c + 3;
            while (end < phraseEnd && _t.Gap(end).Trim().Trim('"').IsEmpty && !QuoteWords.IsTimePhraseWord(_t.Word(end), inPhrase: false)
                && !QuoteLexicon.Is(_t.Word(end), QuoteWordClass.Interposed)
                && (end - c - 2 < MaxStatementWords || QuoteWords.IsNameConnector(_t.Word(end - 1)) || QuoteWords.IsNameConnector(_t.Word(end))))
            {
                end++; // "التقرير الصادر عن شركة "آبل""; past the cap, only to finish a compound name ("خالد بن إبراهيم بن عبدالعزيز آل إبراهيم")
            }

            speaker = _people.Register(_t, c + 2, end, null, SpeakerGender.Unmarked, isBody: true);
            evidence = SpeakerEvidence.Body;
        }
        else if (cue.IsParticiple)
        {
            // "…، مشيراً إلى أن": the subject of the sentence's main clause, else the previous speaker.
            speaker = _context.Speaker ?? _people.SubjectOf(_sentenceStart, _t.Tokens[c].Start) ?? VerbSubject(c, cue.Gender)
                ?? _people.Continue(cue.Gender);
            evidence = SpeakerEvidence.MainClause;
        }
        else if (subjectAt == c + 1 && QuoteLexicon.Is(_t.Word(c + 1), QuoteWordClass.Resumptive) && StatementBefore(c) && VerbSubject(c, cue.Gender) is { } giver)
        {
            // "وألقى الأمير كلمة قال فيها إن", "وأصدرت الوزارة بيانا أكدت فيه أن": a cue in the relative clause of a
            // statement the sentence's subject gave; the subject speaks.
            speaker = giver;
            evidence = SpeakerEvidence.MainClause;
        }
        else if (objectFollows && _context.Speaker is { } subject && !QuoteWords.IsNameWord(_t, first)
            && !(QuoteLexicon.TryRole(_t.Word(first), out SpeakerRole objectRole) && objectRole.Kind == SpeakerRoleKind.Title))
        {
            // "أكدت زاخاروفا أن …، ووصفت التقارير بأنها": a second cue of the sentence that takes an object keeps its subject.
            speaker = subject;
            evidence = SpeakerEvidence.Continuation;
        }
        else if (objectFollows && _t.Word(c)[0] != 'و' && SubjectBefore(c, cue.Gender) is { } before)
        {
            // "أما الدكتور نزار خضري فطالب وزارة الصحة …": a subject before a cue that takes an object; what follows is
            // the object.
            speaker = before;
            evidence = SpeakerEvidence.SubjectBeforeCue;
        }
        else if (QuoteLexicon.Is(cue.Lemma, QuoteWordClass.Learned) && LearnedFrom(c + 1, phraseEnd) is var source && source.End > source.Start)
        {
            // "علمت الصحيفة من مصادر مؤكدة أن", "نقلت الوكالة عن الوزير قوله": the source speaks.
            speaker = SpeakerPhrase.Read(_t, _people, source.Start, source.End, cue.Gender, out evidence);
        }
        else if (cue.Kind != CueKind.ClauseVerb && !inStatement && !OpensClause(c) && SubjectOpensClause(c) && SubjectBefore(c, cue.Gender) is { } svo)
        {
            // "لكن حركة طالبان حذرت تنظيم داعش من أن", "وكانت وزارة الداخلية قد كشفت عددا من": a cue after its subject in
            // its clause has its object after it.
            speaker = svo;
            evidence = SpeakerEvidence.SubjectBeforeCue;
        }
        else if (!empty && !(objectFollows && !QuoteLexicon.TryRole(_t.Word(first), out _) && !QuoteWords.IsNameWord(_t, first)))
        {
            speaker = SpeakerPhrase.Read(_t, _people, subjectAt, phraseEnd, cue.Gender, out evidence, introducesSpeech);
        }

        if (claimCue && speaker is not null && evidence == SpeakerEvidence.Name && speaker.MentionStart > _t.Tokens[first].Start
            && QuoteWords.IsCommonWord(_t.Word(first)) && !QuoteLexicon.TryRole(_t.Word(first), out _)
            && !QuoteLexicon.IsPlace(_t.Word(first)))
        {
            // "الناتو يعلن تواجد قوات كورية": a name inside the object is no subject; the object follows the cue.
            speaker = null;
        }

        if (speaker is null && !cue.IsParticiple)
        {
            // "مصادر أشارت إلى أن", "لكن كييف ترى أن": the subject before the cue; else "وأضافت": the subject it
            // continues. After a cue that takes an object ("ووصفت التقارير بأنها"), what follows is the object.
            // "خطاب جاء فيه": before جاء is the statement, not who gave it.
            speaker = inStatement ? null : SubjectBefore(c, cue.Gender) ?? AppositiveSubject(c, cue.Gender);
            evidence = SpeakerEvidence.SubjectBeforeCue;
            if (speaker is null)
            {
                (speaker, evidence) = ContinuedSubject(c, cue.Gender);
            }
        }

        return (speaker, evidence);
    }

    // The subject of a cue at c with none of its own, before or after it: the full name its sentence's first verb took
    // when the sentence before opened on someone ("يعيش سيمون نجوى … . وقال إنه"); inside a sentence, the subject the
    // sentence opened with ("ثمن خالد ناقرو … الزيارة، وأشار إلى أن"); in a paragraph that opens on someone new, them
    // ("من جهته، شكر الشيخ الحازمي اللواء الغامدي …، وأكد"); else the person named with a title since the last speaker
    // of the cue's gender spoke, else that speaker.
    private (Person? Speaker, SpeakerEvidence Evidence) ContinuedSubject(int c, SpeakerGender gender)
    {
        int at = _t.Tokens[c].Start;
        Person? lastSpeaker = _people.Continue(gender);
        if (at == _sentenceStart && _t.Word(c)[0] == 'و' && OpeningSubject(_previousSentenceStartWord, _sentenceStartWord, gender) is { } topic
            && !ReferenceEquals(topic, lastSpeaker))
        {
            return (topic, SpeakerEvidence.Continuation);
        }

        if (at > _sentenceStart && (_t.Word(c)[0] is 'و' or 'ف' || AfterClauseParticle(c))
            && (OpeningMention(_sentenceStart, _sentenceStartWord, c) is { } first && (!first.IsBody || OpensAfterVerb(first)) ? first : VerbSubject(c, gender)) is { } mainSubject
            && mainSubject.Agrees(gender))
        {
            return (mainSubject, SpeakerEvidence.MainClause);
        }

        Person? continued = _people.Continue(gender, _sentenceStart, at);
        if (lastSpeaker is not null && lastSpeaker.LastSpoke < _paragraphStart && ReferenceEquals(continued, lastSpeaker)
            && OpeningMention(_paragraphStart, _paragraphStartWord, c) is { } turnedTo && !ReferenceEquals(turnedTo, lastSpeaker) && turnedTo.Agrees(gender))
        {
            return (turnedTo, SpeakerEvidence.Continuation);
        }

        return (continued, SpeakerEvidence.Continuation);
    }

    // Whether the cue at c follows a particle that opens a clause of its sentence ("وزار الوزير المستشفى، حيث أكد أن",
    // "إذ قال", "كما أكد"): with no subject of its own, it shares the sentence's.
    private readonly bool AfterClauseParticle(int c) =>
        c > 0 && _t.Gap(c).Trim().IsEmpty && QuoteLexicon.Is(_t.Word(c - 1), QuoteWordClass.ClauseStart);

    // Whether a body was last named right after its sentence's first word, the verb's subject ("أدانت الولايات المتحدة
    // أمس هجمات …").
    private readonly bool OpensAfterVerb(Person body) =>
        _sentenceStartWord + 1 < _t.Count && body.MentionStart == _t.Tokens[_sentenceStartWord + 1].Start && MayBeVerb(_sentenceStartWord);

    // The first person or body named in the first OpeningSubjectWords words from `startWord` (at text position `start`)
    // and before the word at c: who a sentence or a paragraph opens on.
    private readonly Person? OpeningMention(int start, int startWord, int c) =>
        _people.SubjectOf(start, _t.Tokens[Math.Min(c, startWord + OpeningSubjectWords)].Start);

    // What the cue at c introduces: speech after a colon, the claim that a claim verb's object states, or the clause
    // after أن (with the quotation that may end it); returns the word to go on from.
    private int ReadSpeech(List<QuoteMention> found, int c, int phraseEnd, int complementizer, bool toQuote, bool claimCue, Person? speaker, SpeakerEvidence evidence, List<(int Open, int Close)> marks, int nextMark)
    {
        int colon = toQuote ? ColonFrom(phraseEnd) : -1;
        if (colon >= 0 && SpeechAfterColon(_t.Gap(colon)))
        {
            // "وقال الوزير: الأمر مهم", "وقال الوزير في تصريح عقب الاجتماع: الأمر مهم": speech after a colon with no
            // quotation marks runs to the end of its line (or to a quotation that opens in it, to a sentence or a clause
            // after a comma that a cue with a speaker of its own opens: "…: فيما يتعلق بهذا الخبر، أشارت الأنباء إلى أن",
            // or to a sentence that a cue opens: "… ريال. وأضاف: …").
            int end = colon;
            while (end + 1 < _t.Count && !_t.Gap(end + 1).Contains('\n') && !_t.Gap(end + 1).Contains('"')
                && !((_t.EndsSentence(end + 1) || _t.Gap(end + 1).IndexOfAny("،,") >= 0) && StartsNamedStatement(end + 1))
                && !(_t.EndsSentence(end + 1) && StartsStatement(end + 1)))
            {
                end++;
            }

            if (end > colon && _t.EndsSentence(end) && QuoteWords.IsCue(_t, end))
            {
                end--; // "… المرورية. وأضاف "آل صالح"، أنه": a cue opening the last sentence, before its quoted speaker, is the next statement's
            }

            if (end - colon >= 2)
            {
                found.Add(Mention(_t.Tokens[colon].Start, _t.Tokens[end].End, QuoteKind.Direct));
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
            int end = ClauseEnd(complementizer + 1);
            found.Add(Mention(_t.Tokens[complementizer + 1].Start, _t.Tokens[end].End, QuoteKind.Indirect));
            _clauseEnd = _t.Tokens[end].End;
        }

        return Math.Max(c + 1, complementizer >= 0 ? complementizer + 1 : phraseEnd);
    }

    // The most words of a statement that speaks ("وجاء في البيان الصادر عن وزارة الخارجية:") read as its name.
    private const int MaxStatementWords = 6;

    // The most words in marks before the colon that opens speech that are read as the speaker's name, title or outlet
    // ("وقالت مها الصالح "معلمة": …") rather than as the quote.
    private const int MaxQuotedNameWords = 4;

    // Whether a gap holds a colon with no quotation mark after it ("“الأحمري”: على الفور"): the speech after it is
    // not in marks.
    private static bool SpeechAfterColon(ReadOnlySpan<char> gap) =>
        gap.LastIndexOf(':') is int colon and >= 0 && !gap[colon..].Contains('"');

    // The word after the colon that ends the speaker's phrase at word k, or past the occasion and time words the
    // phrase was skipped over ("في تصريح صحفي عقب الاجتماع:", "لـ«عكاظ»:", a name or title of up to
    // MaxQuotedNameWords words in marks), in the same sentence and before any other quotation mark; -1 when there is
    // none, or when the colon opens a list ("وهم:", "كالتالي:").
    private readonly int ColonFrom(int k)
    {
        for (int j = k; j < _t.Count && j - k < 24; j++)
        {
            ReadOnlySpan<char> gap = _t.Gap(j);
            if (gap.Contains(':'))
            {
                return j > 0 && QuoteLexicon.Is(_t.Word(j - 1), QuoteWordClass.ListOpener) ? -1 : j; // "وهم: فلان وفلان" is a list
            }

            if (IsCredit(j) && SkipCredit(j) is var pastCredit && pastCredit > j + 1)
            {
                j = pastCredit - 1; // "قال X لـ«عكاظ»: …": past the outlet in marks
                continue;
            }

            if (gap.Contains('"') && QuotationAfter(j, out int quoted) is var pastQuoted && pastQuoted > j && pastQuoted - quoted <= MaxQuotedNameWords
                && NamesOnly(quoted, pastQuoted))
            {
                j = pastQuoted - 1; // "وقال صاحب الناقة "نواف العتيبي"، في شكواه: …": past a name in marks
                continue;
            }

            if ((j > k && _t.EndsSentence(j)) || gap.Contains('"'))
            {
                break;
            }
        }

        return -1;
    }

    // Whether words [from, to) may name someone: no function word, cue or pronoun ("«بليك»", not "«نحن باقون»").
    private readonly bool NamesOnly(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (QuoteWords.IsFunctionWordWithClitic(_t.Word(k)) || QuoteWords.IsCue(_t, k) || QuoteWords.HasPronounSuffix(_t.Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    // "بين الهلال والنصر", "بين اللجنة الأولمبية والاتحاد": a noun and a second one joined by و right after it or its
    // adjective, before any function word, make بين the preposition "between", whatever أن follows later; not after a
    // title, whose body may join two nouns ("وبين وزير التجارة والصناعة أن").
    private readonly bool JoinsTwoNouns(int first, int end)
    {
        if (first >= end || (QuoteLexicon.TryRole(_t.Word(first), out SpeakerRole role) && role.Kind == SpeakerRoleKind.Title))
        {
            return false;
        }

        for (int k = first + 1; k < end && k <= first + 2; k++)
        {
            ReadOnlySpan<char> word = _t.Word(k);
            if (!_t.Gap(k).Trim().IsEmpty || QuoteWords.IsFunctionWordWithClitic(word))
            {
                return false;
            }

            if (word.Length > 3 && word[0] == 'و' && (word.StartsWith("وال") || QuoteWords.IsConjoined(word)))
            {
                return true;
            }
        }

        return false;
    }

    // "من بين المهاجمين", "ما بين", "الوحيد بين 11 محكوما": بين after من، ما or فيما, or before a count, is "among".
    private readonly bool IsAmong(int c)
    {
        bool after = c > 0 && _t.Tokens[c].SpacedFromPrevious && _t.Word(c - 1) is "من" or "ما" or "فيما";
        bool beforeCount = c + 1 < _t.Count && _t.Tokens[c + 1].SpacedFromPrevious && char.IsAsciiDigit(_t.Word(c + 1)[0]);
        return _t.Word(c) is "بين" && (after || beforeCount);
    }

    // "بين", "وبين", "إبان": the forms of بيّن and أبان that are also prepositions ("أبان" written with its hamza above
    // is the verb).
    private readonly bool IsPreposition(int c)
    {
        ReadOnlySpan<char> word = _t.Word(c), original = _t.OriginalWord(c);
        int clitic = word.Length > 3 && word[0] is 'و' or 'ف' ? 1 : 0;
        ReadOnlySpan<char> bare = word[clitic..];
        return bare is "بين" || (bare is "ابان" && original.Length > clitic && original[clitic] != 'أ');
    }

    // "مصادر مؤكدة", "مصدر مطلع": a participle right after a body or role noun describes it; it is no cue.
    private readonly bool IsAdjectivalParticiple(int k) =>
        k > 0 && _t.Gap(k).Trim().IsEmpty && QuoteWords.TryCue(_t, k, out QuoteCue cue) && cue.IsParticiple
        && ((QuoteLexicon.TryRole(_t.Word(k - 1), out SpeakerRole role) && role.Kind == SpeakerRoleKind.Body)
            || _t.Word(k - 1) is "غير"); // "تقارير غير مؤكدة"

    // أن and its forms open reported speech, but not after بعد, قبل, منذ, حتى or رغم ("بعد أن دافع"): a time or a concession.
    private readonly bool IsClauseOpener(int k) =>
        QuoteWords.IsComplementizer(_t.Word(k)) && !(k > 0 && _t.Word(k - 1) is "بعد" or "قبل" or "منذ" or "حتي" or "رغم" or "برغم");

    // The source's words in the phrase [from, to) of a "learned" cue: after "من" ("علمت من مصادر"), or after "عن" up to
    // a speech noun when the words relayed are the source's own ("نقلت عن الوزير قوله"; without قوله the one who relays
    // speaks); (0, 0) when there is none.
    private readonly (int Start, int End) LearnedFrom(int from, int to)
    {
        for (int k = from; k + 1 < to; k++)
        {
            if (_t.Word(k) is "من")
            {
                return (k + 1, to);
            }

            // "نقلت الوكالة عن المدير التنفيذي لـ "نوكيا" راجيف سوري قوله": the speech noun may lie past a credit in
            // quotation marks that ended the phrase, within the sentence.
            if (_t.Word(k) is "عن" && SpeechNounAt(k + 1, SentenceBound(k + 1, MaxRelayWords)) is var relayed && relayed > k + 1)
            {
                return (k + 1, relayed);
            }
        }

        return (0, 0);
    }

    // The most words between عن and the speech noun of a relayed statement ("عن أميت جاين، رئيس خدمة «أوبر» في الهند،
    // قوله").
    private const int MaxRelayWords = 16;

    // The word up to which a sentence runs from word k, at most `words` words on.
    private readonly int SentenceBound(int k, int words)
    {
        int end = k;
        while (end < _t.Count && end - k < words && (end == k || !_t.EndsSentence(end)))
        {
            end++;
        }

        return end;
    }

    // The first speech noun with a pronoun ("قوله", "تأكيدها") among words [from, to), or -1.
    private readonly int SpeechNounAt(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            ReadOnlySpan<char> word = _t.Word(k);
            if ((word.Length > 3 && word.EndsWith("ها") && QuoteLexicon.Is(word[..^2], QuoteWordClass.SpeechNoun))
                || (word.Length > 2 && word[^1] == 'ه' && QuoteLexicon.Is(word[..^1], QuoteWordClass.SpeechNoun)))
            {
                return k;
            }
        }

        return -1;
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

            // "قال X لـ«عكاظ»: …": a colon right where the phrase ends (after a credit or a quoted name) opens the speech too.
            if (_t.Gap(k).Contains(':') || (k > from && QuotationAfter(k, out _) >= 0 && !QuoteWords.IsNameNoun(_t.Word(k - 1))))
            {
                toQuote = true;
                break;
            }

            if (IsClauseOpener(k))
            {
                complementizer = k;
                break;
            }

            if (QuoteWords.TryCue(_t, k, out _) && k > from)
            {
                break;
            }
        }

        return from;
    }
}
