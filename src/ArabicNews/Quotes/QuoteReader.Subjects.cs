using System;

namespace ArabicNews.Quotes;

// The subject of a cue that has none after it: before it ("مصادر أشارت إلى أن", "لويس فان غال الذي أكد"), in an
// apposition that opens the sentence, after the verb that opens a participle's sentence, or after كان.
internal ref partial struct QuoteReader
{
    // "إيد رويس، رئيس لجنة الشؤون الخارجية في مجلس النواب، يقول": a name of two words or more that opens the
    // sentence, set off by a comma, with its apposition running to the comma right before the cue and no other cue
    // or clause between.
    private Person? AppositiveSubject(int cue, SpeakerGender gender)
    {
        if (cue < 3 || _t.Gap(cue).IndexOfAny("،,") < 0)
        {
            return null;
        }

        int first = SentenceStart(cue);
        if (first < 0)
        {
            return null; // a sentence too long to hold one apposition
        }

        int end = PersonName.End(_t, _people, first, cue, familyFirst: true);
        if (end - first < 2 || end >= cue || _t.Gap(end).IndexOfAny("،,") < 0)
        {
            return null;
        }

        for (int k = end; k < cue; k++)
        {
            if (QuoteWords.IsCue(_t, k) || IsClauseOpener(k))
            {
                return null;
            }
        }

        return _people.Register(_t, first, end, null, gender);
    }

    // The most words back from a cue to the start of its sentence that an apposition or a main verb's subject is read over.
    private const int MaxSentenceWords = 40;

    // The words at the start of a sentence where the subject of its opening clause is named ("من جهته ثمن خالد ناقرو"):
    // a cue joined later in the sentence shares that subject.
    private const int OpeningSubjectWords = 6;

    // The first word of the sentence that holds word k, or -1 when it starts more than MaxSentenceWords before it.
    private readonly int SentenceStart(int k)
    {
        int first = k;
        while (first > 0 && k - first < MaxSentenceWords && !_t.EndsSentence(first))
        {
            first--;
        }

        return first == 0 || _t.EndsSentence(first) ? first : -1;
    }

    // Whether the word at k, opening a sentence, may be its verb: no function word, complementizer, name, title, date
    // word, word with the article or digits.
    private readonly bool MayBeVerb(int k)
    {
        ReadOnlySpan<char> word = _t.Word(k);
        return !QuoteWords.IsFunctionWordWithClitic(word) && !QuoteWords.IsComplementizer(word) && !QuoteWords.IsNameWord(_t, k)
            && !QuoteLexicon.TryRole(word, out _) && !QuoteWords.IsDateWord(word) && !word.StartsWith("ال") && !char.IsDigit(word[0]);
    }

    // The full name (two words or more, no title needed) right after the verb that opens the sentence of words
    // [verb, limit), of the cue's gender where the name shows it.
    private Person? OpeningSubject(int verb, int limit, SpeakerGender gender)
    {
        if (verb + 2 >= limit || limit > _t.Count || !_t.Gap(verb + 1).Trim().IsEmpty)
        {
            return null;
        }

        if (!MayBeVerb(verb) || QuoteWords.IsCue(_t, verb) || !QuoteWords.IsNameWord(_t, verb + 1))
        {
            return null;
        }

        int end = PersonName.End(_t, _people, verb + 1, limit);
        if (end - verb - 1 < 2)
        {
            return null;
        }

        Person person = _people.Register(_t, verb + 1, end, null, SpeakerGender.Unmarked);
        return person.Agrees(gender) ? person : null;
    }

    // "وطمأن الزويهري الجماهير …، مؤكدا بأنه", "عبر مرصد حضرموت لحقوق الإنسان عن إدانته …، معتبرا", "وأضاف الخضيري
    // قائلاً:": the subject right after the verb that opens the participle's sentence, when no one it names was
    // registered (a family name alone only when the participle follows it).
    private Person? VerbSubject(int participle, SpeakerGender gender)
    {
        int first = SentenceStart(participle);
        if (first < 0)
        {
            return null;
        }

        if (first + 1 >= participle || !_t.Gap(first + 1).Trim().IsEmpty || !MayBeVerb(first))
        {
            return null;
        }

        int end = first + 1;
        while (end < participle && (end == first + 1 || (_t.Gap(end).Trim().IsEmpty && !IsStatementNoun(end))))
        {
            end++; // "وألقى الملك سلمان كلمة، جاء فيها": up to the statement given, the verb's object
        }

        if (!QuoteWords.IsNameWord(_t, first + 1) && !QuoteLexicon.TryRole(_t.Word(first + 1), out _) && !_people.IsKnownLastWord(_t.Word(first + 1))
            && !StartsPlace(first + 1, end)
            && !(end == participle && end - first == 2 && QuoteWords.IsFamilyName(_t.Word(first + 1))))
        {
            return null;
        }

        Person? subject = SpeakerPhrase.Read(_t, _people, first + 1, end, gender, out SpeakerEvidence evidence);
        return evidence is SpeakerEvidence.Name or SpeakerEvidence.Body or SpeakerEvidence.Reference
            && subject is not null && subject.MentionStart == _t.Tokens[first + 1].Start
            ? subject
            : null;
    }

    // Whether a place of one to three words begins at word k, before `end` ("الولايات المتحدة", "كوريا الجنوبية").
    private readonly bool StartsPlace(int k, int end)
    {
        for (int words = 1; words <= 3 && k + words <= end; words++)
        {
            if (words > 1 && !_t.Gap(k + words - 1).Trim().IsEmpty)
            {
                return false;
            }

            if (QuoteLexicon.IsPlace(_t.Text[_t.Tokens[k].Start.._t.Tokens[k + words - 1].End]))
            {
                return true;
            }
        }

        return false;
    }

    // The first word of the subject after the cue at c, whose phrase ends at phraseEnd: past فيه or فيها, the pronoun
    // that takes a relative clause after a time back ("في الوقت الذي أشار فيه مصدر"), past a time phrase or an
    // adverb between the verb and its subject ("وقال أمس وزير الخارجية", "قالت، عصر أول من أمس الخميس، وزارة
    // الخارجية", "وأكد أيضا المدير"), and past the outlet the statement was made to ("وقال لـ"الاقتصادية" برتران بزانسنو").
    private readonly int SubjectStart(int c, int phraseEnd, int afterTime)
    {
        if (c + 2 < phraseEnd && QuoteLexicon.Is(_t.Word(c + 1), QuoteWordClass.Resumptive))
        {
            return c + 2;
        }

        if ((afterTime >= phraseEnd && afterTime > c + 1 && IsCircumstantial(_t.Word(afterTime - 1)))
            || (phraseEnd == c + 2 && phraseEnd < _t.Count && _t.Gap(phraseEnd).Contains(':') && IsCircumstantial(_t.Word(c + 1))))
        {
            return phraseEnd; // "وقال معقبا:", "فقال مبتسما إن": the participle is all the phrase holds; no subject
        }

        int first = afterTime < phraseEnd ? afterTime : c + 1; // PastInterposed, read once by ScanPhrase
        if (first >= phraseEnd || QuoteWords.IsComplementizer(_t.Word(first)))
        {
            first = c + 1; // "وقال أمس إن": no subject after the time phrase; the cue's own phrase is empty
        }

        return first + 1 < phraseEnd && IsCredit(first) && SkipCredit(first) is var pastCredit && pastCredit < phraseEnd ? pastCredit : first;
    }

    // "وقال معقبا:", "فقال مبتسما إن": a participle in the accusative (م, a consonant, …ا: not "ماريا", "ميرنا", nor a
    // noun with نا, "مصادرنا"; no given name or place) that is all the cue's phrase holds before its colon, comma or أن
    // says how the speaker spoke; it is no subject.
    private static bool IsCircumstantial(ReadOnlySpan<char> word) =>
        word.Length >= 5 && word[0] == 'م' && word[1] is not ('ا' or 'ي' or 'و') && word[^1] == 'ا' && !word.EndsWith("نا") && !QuoteWords.IsGivenName(word)
        && !QuoteLexicon.IsPlace(word);

    // The word after a time phrase or an interposed adverb that starts at k ("أمس", "مساء اليوم الثلاثاء", "عصر أول
    // من أمس الخميس", "الأحد الماضي", "أيضا"), or k when none starts there.
    private readonly int PastInterposed(int k, int phraseEnd)
    {
        int start = k;
        while (k < phraseEnd)
        {
            ReadOnlySpan<char> word = _t.Word(k);
            if (QuoteWords.IsTimePhraseWord(word, inPhrase: k > start) || QuoteLexicon.Is(word, QuoteWordClass.Interposed) || (word is "الاول" && k > start && _t.Word(k - 1) is "امس")
                || (IsCircumstantial(word) && (k + 1 >= _t.Count || !_t.Gap(k + 1).Trim().IsEmpty || QuoteWords.IsComplementizer(_t.Word(k + 1)))))
            {
                // "الأول" after أمس: "أمس الأول", the day before yesterday
                k++;
            }
            else if (QuoteWords.IsTimeOfDay(word) && k + 1 < phraseEnd
                && (QuoteWords.IsTimePhraseWord(_t.Word(k + 1), inPhrase: true) || _t.Word(k + 1) is "اول"))
            {
                k++; // "مساء أمس", "صباح اليوم", "عصر أول من أمس": a time of day before its day ("صباح الخير" is none)
            }
            else if (word is "اول" && k + 2 < phraseEnd && _t.Word(k + 1) is "من" && QuoteWords.IsTimePhraseWord(_t.Word(k + 2), inPhrase: true))
            {
                k += 3; // "أول من أمس"
            }
            else
            {
                break;
            }
        }

        // The subject follows after a space, a comma or a closing parenthesis ("قال أمس (الثلاثاء) الوزير"); a function
        // word there ("تقول صباح الخير يا ماما") or another cue ("لا يفرق بين الاثنين، مؤكدا أن") leaves the time words
        // no phrase of their own. A common word, a noun in ة or one with a pronoun after ب is no subject ("وأكد أيضا
        // بتصريحاته", "فقال أيضا بلهجة تحد"); a name may open with ب ("واعترف أمس بينا نييتو").
        // After its subject in its clause, a cue has its object after the time phrase ("وكانت وزارة الداخلية قد كشفت اليوم
        // عددا من").
        return k > start && k < phraseEnd && OpensClause(start - 1)
            && (_t.Gap(k).IndexOfAny("،,)") >= 0 || _t.Gap(k).Trim().IsEmpty) && !QuoteWords.IsCue(_t, k)
            && (QuoteWords.IsComplementizer(_t.Word(k)) || !QuoteWords.IsFunctionWord(_t.Word(k)))
            && !(_t.Word(k) is { Length: > 3 } landing && landing[0] == 'ب' && (QuoteWords.IsCommonWord(landing[1..]) || QuoteWords.HasPronounSuffix(landing) || landing[^1] == 'ه'))
            && !_t.HasAccusativeTanween(k) ? k : start; // "فقال له متهكماً": an accusative is a manner, no subject
    }

    // Whether the cue at c opens its clause, so that its subject may follow it: at the start of a sentence or after a
    // comma or colon, joined by و or ف ("وقال", "فأكد"), or after a particle ("حيث أفادت", "حسبما أعلن", "كما أعلن");
    // not after a noun or a particle of the verb ("حركة طالبان حذرت", "وزارة الداخلية قد كشفت").
    private readonly bool OpensClause(int c) =>
        c == 0 || _t.EndsSentence(c) || _t.Gap(c).IndexOfAny("،,:\n") >= 0
        || (_t.Word(c) is { Length: > 3 } verb && verb[0] is 'و' or 'ف')
        || (QuoteWords.IsFunctionWord(_t.Word(c - 1)) && !QuoteLexicon.Is(_t.Word(c - 1), QuoteWordClass.PreVerb | QuoteWordClass.Auxiliary));

    // Whether the words right before the cue at c (past قد, لم and كان) open their clause as its subject: they follow
    // the start of a sentence, a comma, كان or a particle of a new clause ("لكن حركة طالبان حذرت", "وكانت وزارة
    // الداخلية قد كشفت"), not a preposition ("من جهته قال", "وفي السياق أكد", "في لندن أعلن"); and they open on a
    // word that names a speaker: a title or body, a place, a given name or a group ("بعض الخبراء").
    private readonly bool SubjectOpensClause(int c)
    {
        int end = c;
        while (end > 0 && c - end < 2 && (QuoteWords.IsPreVerb(_t.Word(end - 1)) || QuoteLexicon.Is(_t.Word(end - 1), QuoteWordClass.Auxiliary)))
        {
            end--;
        }

        int start = end;
        while (start > 0 && end - start < 6 && !_t.EndsSentence(start) && _t.Gap(start).Trim().IsEmpty
            && !QuoteWords.IsFunctionWordWithClitic(_t.Word(start - 1)) && !QuoteWords.IsCue(_t, start - 1))
        {
            start--;
        }

        if (start == end)
        {
            return false;
        }

        ReadOnlySpan<char> first = _t.Word(start);
        if (!QuoteLexicon.TryRole(first, out _) && !QuoteLexicon.IsPlace(first) && !QuoteWords.IsGivenName(first) && !QuoteLexicon.Is(first, QuoteWordClass.Quantifier))
        {
            return false;
        }

        ReadOnlySpan<char> before = start > 0 ? _t.Word(start - 1) : default;
        return start == 0 || _t.EndsSentence(start) || !_t.Gap(start).Trim().IsEmpty
            || QuoteLexicon.Is(before, QuoteWordClass.Auxiliary | QuoteWordClass.ClauseStart)
            || (before.Length > 3 && before[0] == 'و' && QuoteLexicon.Is(before[1..], QuoteWordClass.Auxiliary | QuoteWordClass.ClauseStart));
    }

    // الذي, التي…, or والذي: a relative pronoun, and whether و joins it.
    private static bool IsRelative(ReadOnlySpan<char> word, out bool joined)
    {
        joined = word.Length > 3 && word[0] == 'و' && QuoteWords.IsRelativePronoun(word[1..]);
        return joined || QuoteWords.IsRelativePronoun(word);
    }

    // The subject before a cue with none after it ("مصادر أشارت إلى أن", "وزارة الصحة أكدت أن", "بوتين لم ينكر"): the
    // words back to the start of the clause, past a negation, read as a speaker's phrase.
    private Person? SubjectBefore(int cue, SpeakerGender gender)
    {
        if (_t.Word(cue)[0] == 'و' && QuoteWords.IsJoinedCue(_t, cue))
        {
            // "… في أوكرانيا ويشير إلى", "أدانت الولايات المتحدة هجمات … في الكاميرون ووصفتها بأنها": a verb joined by و
            // (with its object's pronoun too) shares the subject of the clause before.
            return null;
        }

        int end = cue;
        if (end > 1 && IsRelative(_t.Word(end - 1), out bool joined) && _t.Gap(end).Trim().IsEmpty)
        {
            end--; // "لويس فان غال الذي أكد": the one the relative clause is about
            if (_t.Gap(end).IndexOfAny("،,") >= 0 && _t.Gap(end).Trim().Length == 1)
            {
                // "حامد البلوي، رئيس البعثة، والذي أشار إلى أن": the noun before the comma.
                return SubjectEndingAt(end, gender);
            }

            if (joined)
            {
                return null; // "والذي" with no comma joins a clause of its own
            }
        }

        // "لم ينكر", "كانت قد قالت": the particles and the auxiliary before the verb.
        bool preVerb = false;
        while (end > 0 && (QuoteWords.IsPreVerb(_t.Word(end - 1)) || QuoteLexicon.Is(_t.Word(end - 1), QuoteWordClass.Auxiliary)
                || (_t.Word(end - 1) is "اذ" && end > 1 && _t.Gap(end - 1).Trim().IsEmpty)) // "والوزارة إذ تعلن ذلك": إذ after its subject
            && _t.Tokens[end].SpacedFromPrevious && cue - end < 2)
        {
            end--;
            preVerb = true;
        }

        if (end == 0 || _t.EndsSentence(end))
        {
            return null;
        }

        if (_t.Gap(end).Trim() is ")")
        {
            // "أما الشاعر ( أحمد البلوي ) فقال": the name in parentheses before the cue.
            return NameInParentheses(end, gender, "(");
        }

        if (_t.Gap(end).Trim() is "\"")
        {
            // "المتحدث باسم التنظيم "أبو محمد العدناني" أعلن": the name in quotation marks before the cue.
            return NameInParentheses(end, gender, "\"");
        }

        if (!_t.Gap(end).Trim().IsEmpty)
        {
            // "وكان مجلس محافظة الأنبار، قد أعلن": the subject that كان opened, set off by a comma before قد.
            return preVerb && _t.Gap(end).Trim() is "،" or "," ? SubjectAfterAuxiliary(end, gender) : null;
        }

        int start = end;
        while (start > 0 && end - start < 6 && !_t.EndsSentence(start) && (start == end || _t.Gap(start).Trim().IsEmpty))
        {
            ReadOnlySpan<char> word = _t.Word(start - 1);
            if ((QuoteWords.IsFunctionWordWithClitic(word) && !QuoteWords.IsNameWord(_t, start - 1)) // "علي سعيد الذي أشار": علي written with ي is the name
                || QuoteWords.IsComplementizer(word) || QuoteWords.IsCue(_t, start - 1) || QuoteWords.IsDateWord(word) || char.IsAsciiDigit(word[0])
                || QuoteLexicon.Is(word, QuoteWordClass.Interposed) || QuoteLexicon.Is(word, QuoteWordClass.ClauseStart)
                || (word.Length > 2 && word[0] is 'و' or 'ف' && QuoteLexicon.Is(word[1..], QuoteWordClass.ClauseStart)))
            {
                // "مؤخراً وصف المالكي": an adverb before the cue is no subject; "إذ يقول إن": a particle opens the clause
                // the cue's subject would follow, and is none.
                break;
            }

            start--;
            if (!_t.Gap(start).Trim().IsEmpty)
            {
                break;
            }
        }

        if (start == end || _t.Tokens[start].Start < _clauseEnd || (start > 0 && IsTopicPreposition(_t.Word(start - 1)) && _t.Gap(start).Trim().IsEmpty))
        {
            return null; // "وعن الإحصائية بعدد المصابين قال إنها": what the cue is about, not who speaks
        }

        Person? subject = SpeakerPhrase.Read(_t, _people, start, end, gender, out SpeakerEvidence evidence);
        return evidence is SpeakerEvidence.Name or SpeakerEvidence.Body or SpeakerEvidence.Reference ? subject : null;
    }

    // A preposition, bare or after و or ف, that opens the topic of the cue after it.
    private static bool IsTopicPreposition(ReadOnlySpan<char> word) =>
        QuoteLexicon.Is(word, QuoteWordClass.Topic) || (word.Length > 2 && word[0] is 'و' or 'ف' && QuoteLexicon.Is(word[1..], QuoteWordClass.Topic));

    // A name of one to four words in parentheses (or quotation marks: `opening`) that close right before word `end`, whole.
    private Person? NameInParentheses(int end, SpeakerGender gender, string opening)
    {
        for (int open = end - 1; open >= 0 && end - open <= 4; open--)
        {
            if (_t.Gap(open).Trim().SequenceEqual(opening))
            {
                return open > 0 && _t.Tokens[open].Start >= _clauseEnd && IsParenthesizedName(open, end)
                    ? _people.Register(_t, open, end, null, gender)
                    : null;
            }

            if (open < end - 1 && !_t.Gap(open + 1).Trim().IsEmpty)
            {
                return null;
            }
        }

        return null;
    }

    // Words in parentheses that may be a name: a name as the registry reads it, or two to four words none of which is a
    // function word, cue, date word or digit ("( سلطان الغنامي )", whose first word is also a title).
    private readonly bool IsParenthesizedName(int open, int end)
    {
        if (PersonName.End(_t, _people, open, end) == end)
        {
            return true;
        }

        for (int k = open; k < end; k++)
        {
            ReadOnlySpan<char> word = _t.Word(k);
            if (QuoteWords.IsFunctionWordWithClitic(word) || QuoteWords.IsCue(_t, k) || QuoteWords.IsDateWord(word) || char.IsDigit(word[0])
                || (k > open && !_t.Gap(k).Trim().IsEmpty))
            {
                return false;
            }
        }

        return end - open >= 2;
    }

    // The subject of a relative clause set off by a comma: the person named last before it with no punctuation between
    // (the title that follows the name may lie between), else the title just before the comma.
    private Person? SubjectEndingAt(int relative, SpeakerGender gender)
    {
        int since = Math.Max(_sentenceStart, _clauseEnd);
        if (_people.LastPersonBefore(_t.Tokens[relative].Start, since) is { } named
            && NoPunctuationBetween(named.MentionStart + named.MentionLength, relative))
        {
            return named; // a name, perhaps with its title, before the comma
        }

        // "والتقينا المدير التنفيذي لنادي الهلال، الذي": a title, with what it heads, just before the comma.
        int start = -1;
        for (int k = relative - 1; k >= 0 && relative - k <= 6 && _t.Tokens[k].Start >= since; k--)
        {
            if (QuoteLexicon.TryRole(_t.Word(k), out _))
            {
                start = k;
            }

            if (!_t.Gap(k).Trim().IsEmpty || _t.EndsSentence(k))
            {
                break;
            }
        }

        if (start < 0)
        {
            return null;
        }

        // A name or a title ("المدير التنفيذي لنادي الاتحاد"); not a body that the title is of ("رئيس منظمة أطباء بلا
        // حدود، الذي").
        Person? subject = SpeakerPhrase.Read(_t, _people, start, relative, gender, out SpeakerEvidence evidence);
        return evidence is SpeakerEvidence.Name or SpeakerEvidence.Reference
            || (evidence is SpeakerEvidence.Body && subject is { Tokens.Length: > 0 } && _t.Word(start).SequenceEqual(subject.Tokens[0]))
            ? subject
            : null;
    }

    // Whether no punctuation lies from text position `from` to the gap before word `to` (that gap not included).
    private bool NoPunctuationBetween(int from, int to)
    {
        for (int k = to - 1; k > 0 && _t.Tokens[k].Start >= from; k--)
        {
            if (!_t.Gap(k).Trim().IsEmpty)
            {
                return _t.Tokens[k].Start <= from;
            }
        }

        return true;
    }

    // The most words between كان and a comma before قد ("وكان مجلس محافظة الأنبار، قد أعلن").
    private const int MaxAuxiliarySubjectWords = 6;

    // The phrase between a كان that opens the clause and the comma at `comma`, as the subject of the cue after قد.
    private Person? SubjectAfterAuxiliary(int comma, SpeakerGender gender)
    {
        for (int k = comma - 1; k > 0 && comma - k <= MaxAuxiliarySubjectWords + 1; k--)
        {
            ReadOnlySpan<char> word = _t.Word(k);
            if (IsAuxiliary(word))
            {
                if (k + 1 >= comma)
                {
                    return null;
                }

                Person? subject = SpeakerPhrase.Read(_t, _people, k + 1, comma, gender, out SpeakerEvidence evidence);
                return evidence is SpeakerEvidence.Name or SpeakerEvidence.Body or SpeakerEvidence.Reference ? subject : null;
            }

            if (!_t.Gap(k).Trim().IsEmpty || _t.EndsSentence(k))
            {
                return null;
            }
        }

        return null;
    }

    // كان, كانت…, with و or ف before it or none.
    private static bool IsAuxiliary(ReadOnlySpan<char> word) =>
        QuoteLexicon.Is(word, QuoteWordClass.Auxiliary) || (word.Length > 1 && word[0] is 'و' or 'ف' && QuoteLexicon.Is(word[1..], QuoteWordClass.Auxiliary));
}
