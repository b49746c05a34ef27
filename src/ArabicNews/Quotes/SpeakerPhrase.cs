using System;

namespace ArabicNews.Quotes;

/// <summary>
/// Reads who speaks from the phrase around a cue: a title and a name ("الرئيس الروسي فلاديمير بوتين"), a title with
/// the name in apposition ("الأمين العام لحلف شمال الأطلسي (الناتو)، مارك روته"), a name, a role named before
/// ("مستشار الأمن القومي"), a counterpart ("نظيرته"), a body ("وزارة الدفاع الروسية"), or the subject before the cue.
/// </summary>
internal static partial class SpeakerPhrase
{
    /// <summary>The most words a body's name runs over ("الهيئة الوطنية لإدارة الكوارث في باكستان").</summary>
    public const int MaxBodyWords = 6;

    /// <summary>How far back a bare "الشركة" looks for the body's name given before, in words.</summary>
    public const int BodyLookBack = 300;

    /// <summary>The speaker of the phrase [<paramref name="from"/>, <paramref name="to"/>) after a cue.</summary>
    /// <param name="t">The article.</param>
    /// <param name="people">The people named so far.</param>
    /// <param name="from">The first word after the cue.</param>
    /// <param name="to">The end of the phrase.</param>
    /// <param name="gender">The gender the cue marks.</param>
    /// <param name="evidence">How the speaker was found.</param>
    /// <param name="introducesSpeech">Whether the cue has a clause or quotation after it.</param>
    public static Person? Read(in QuoteText t, SpeakerRegistry people, int from, int to, SpeakerGender gender, out SpeakerEvidence evidence, bool introducesSpeech = true)
    {
        // The words up to the first comma or dash, and up to a date word ("اليوم الجمعة").
        int firstComma = to;
        for (int k = from + 1; k < to; k++)
        {
            if (t.Gap(k).IndexOfAny("،,-") >= 0)
            {
                firstComma = k;
                break;
            }
        }

        int segmentEnd = from;
        while (segmentEnd < firstComma && !QuoteWords.IsDateWord(t.Word(segmentEnd)) && !(segmentEnd > from && QuoteWords.IsRelativePronoun(t.Word(segmentEnd))))
        {
            segmentEnd++;
        }

        segmentEnd = Math.Max(from + 1, segmentEnd);
        if (IsAdverbial(t, people, from))
        {
            // "صرح بذلك د. أسامة الجوهري": after a preposition and a demonstrative, the speaker. "وقال بوضوح:", "بتغيير
            // يؤكد", "أشاد بالمفاوضين": a preposition and its noun, and what follows them, name no one.
            if (!QuoteWords.IsFunctionWord(t.Word(from)[1..]) || ++from >= segmentEnd
                || (t.Word(from).StartsWith("ال") && !QuoteLexicon.TryRole(t.Word(from), out _) && ++from >= segmentEnd))
            {
                // "وقال بهذا الخصوص": the demonstrative's noun, too.
                evidence = SpeakerEvidence.None;
                return null;
            }
        }

        ReadOnlySpan<char> head = t.Word(from);
        if (head.Length > 3 && QuoteWords.IsWithPronoun(head, QuoteWordClass.SpeechNoun))
        {
            // "واختتم حديثه بأن", "وختمت كلمتها": his or her speech, the last speaker's.
            evidence = SpeakerEvidence.Continuation;
            return people.LastSpeaker;
        }

        if (QuoteLexicon.Is(head, QuoteWordClass.Divine) && from > 0 && QuoteWords.IsCue(t, from - 1))
        {
            // "يقول الله عز وجل:", "قال تعالى:": right after a cue God speaks, and the words after the name praise (not
            // "ابن خلدون رحمه الله قال", "حزب الله").
            evidence = SpeakerEvidence.Name;
            return people.Register(t, from, from + 1, null, gender);
        }

        if (QuoteWords.IsPronounTitle(head))
        {
            // "وأشار معاليه إلى أن", "وقال الأخير إن": the person named last.
            evidence = SpeakerEvidence.Reference;
            return (QuoteLexicon.HonorificHolders.TryGet(head, out string[]? holders) ? people.LastPersonTitled(t.Tokens[from].Start, holders) : null)
                ?? people.LastPersonBefore(t.Tokens[from].Start) ?? people.LastSpeaker;
        }

        if (QuoteLexicon.Is(head, QuoteWordClass.Quantifier) && segmentEnd > from + 1)
        {
            // "عدد من الأهالي", "بعض الخبراء": the group speaks, named with its quantifier.
            int groupEnd = from + 1;
            if (t.Word(groupEnd) is "من" && groupEnd + 1 < segmentEnd)
            {
                groupEnd++;
            }

            while (groupEnd < segmentEnd && !QuoteWords.IsFunctionWord(t.Word(groupEnd)) && groupEnd - from < 5)
            {
                groupEnd++;
            }

            evidence = SpeakerEvidence.Body;
            return people.Register(t, from, groupEnd, null, gender, isBody: true);
        }

        for (int words = Math.Min(3, segmentEnd - from); words >= 1; words--)
        {
            if (QuoteLexicon.Places.ContainsKey(t.Text[t.Tokens[from].Start..t.Tokens[from + words - 1].End].ToString()))
            {
                // "أشارت كوريا الجنوبية إلى أن", "تنفي موسكو وبيونغ يانغ": a country or capital speaks as a body, with
                // what is joined to it up to a function word.
                int end = from + words;
                while (end + 1 < segmentEnd + 1 && end - from < 5 && t.Gap(end).Trim().IsEmpty && t.Word(end) is { Length: > 2 } joined
                    && joined[0] == 'و' && !QuoteWords.IsFunctionWordWithClitic(joined) && !QuoteWords.IsCue(t, end))
                {
                    // "وبيونغ يانغ", "وكوريا الجنوبية": a second place joined by و, and its second word.
                    end += end + 1 < segmentEnd && t.Gap(end + 1).Trim().IsEmpty && !QuoteWords.IsFunctionWord(t.Word(end + 1))
                        && (!QuoteWords.IsCommonWord(t.Word(end + 1)) || (t.Word(end + 1).StartsWith("ال") && t.Word(end + 1).EndsWith("يه"))) ? 2 : 1;
                }

                evidence = SpeakerEvidence.Body;
                return people.Register(t, from, end, null, gender, isBody: true);
            }
        }

        bool isRole = QuoteLexicon.TryRole(head, out SpeakerRole role);
        if (isRole && role.Kind == SpeakerRoleKind.Counterpart)
        {
            evidence = SpeakerEvidence.Counterpart;
            return people.Counterpart(role.Gender == SpeakerGender.Unmarked ? gender : role.Gender, t.Tokens[from].Start);
        }

        if (isRole && role.Kind == SpeakerRoleKind.Body)
        {
            // "وزارة الدفاع الأمريكية في بيان", "الوكالة": the body up to a function word; the article's earlier,
            // fuller mention of it when it is named again with the article.
            int bodyEnd = BodyEnd(t, from, segmentEnd);
            if (bodyEnd == from + 2 && bodyEnd + 1 < segmentEnd && QuoteLexicon.Is(t.Word(from + 1), QuoteWordClass.Issued) && t.Word(bodyEnd) is "عن" or "من"
                && t.Gap(bodyEnd + 1).Trim().IsEmpty)
            {
                // "بيان صادر عن المجلس", "تقرير صدر عن المفوضية الأوروبية": the statement, through the body that issued it.
                evidence = SpeakerEvidence.Body;
                return people.Register(t, from, BodyEnd(t, bodyEnd + 1, segmentEnd), null, gender, isBody: true);
            }

            if (head.StartsWith("ال") && people.FindBody(head[2..]) is { } named)
            {
                evidence = SpeakerEvidence.Reference;
                return named;
            }

            if (head.StartsWith("ال") && bodyEnd == from + 1 && NamedBefore(t, from, head[2..], out int namedFrom, out int namedEnd))
            {
                // "أوصى مجلس إدارة شركة أسمنت المنطقة الشمالية … وأوضحت الشركة أن": the body the text named before,
                // though it did not speak there.
                evidence = SpeakerEvidence.Reference;
                return people.Register(t, namedFrom, namedEnd, null, gender, isBody: true);
            }

            evidence = SpeakerEvidence.Body;
            return people.Register(t, from, bodyEnd, null, gender, isBody: true);
        }

        (int nameStart, int nameEnd) = NameRun(t, people, from, segmentEnd);
        if (nameStart > from && nameEnd - nameStart < 2 && isRole && role.Kind == SpeakerRoleKind.Title && !head.StartsWith("ال")
            && !t.Word(nameStart).StartsWith("ال") && people.Known(t, nameStart, nameEnd) is null && !HasDefiniteWord(t, from + 1, nameStart))
        {
            // "متحدث رسمي عراقي", "مسؤول بطالبان": after a title without the article (an unnamed source), one word
            // without it is its adjective or complement, not a name ("د. الغامدي" is a name).
            (nameStart, nameEnd) = (-1, -1);
        }

        if (firstComma < to && (nameStart < 0 || nameStart > from))
        {
            // The apposition: "…، مارك روته،"
            int appositionEnd = ApposedEnd(t, firstComma, to, int.MaxValue);

            int k = firstComma;
            while (k < appositionEnd && (QuoteWords.IsNameWord(t.Word(k)) || IsApposedNamePart(t, k, firstComma, appositionEnd)))
            {
                k++;
            }

            if (k < appositionEnd && k > firstComma && QuoteWords.IsGivenName(t.Word(firstComma)))
            {
                // "المتحدث الرسمي، خالد العنزي": a given name and its family name with the article.
                k = PersonName.End(t, people, firstComma, appositionEnd, titled: true);
            }

            if (k == appositionEnd && k - firstComma is >= 1 and <= 4)
            {
                (nameStart, nameEnd) = (firstComma, appositionEnd);
                segmentEnd = firstComma;
            }
        }

        int titleEnd = nameStart > from ? Math.Min(nameStart, segmentEnd) : segmentEnd;
        Range? title = nameStart != from ? from..titleEnd : null;
        if (nameStart >= 0)
        {
            evidence = SpeakerEvidence.Name;
            if (!introducesSpeech && people.Known(t, nameStart, nameEnd) is null && title is null && !(nameStart == from && nameEnd - nameStart >= 2))
            {
                // "تندد دول غربية بوصول …": with no clause or quote after it, a phrase names a speaker only when
                // it is someone the article has named.
                evidence = SpeakerEvidence.LastSpeaker;
                return people.LastSpeaker;
            }

            Person named = people.Register(t, nameStart, nameEnd, title, gender);
            if (nameEnd < segmentEnd && QuoteLexicon.TryRole(t.Word(nameEnd), out SpeakerRole after) && after.Kind == SpeakerRoleKind.Title)
            {
                // "الدكتور أشرف العربي وزير التخطيط المصري، أن": the title after the name names the person later.
                people.SetApposition(named, t, nameEnd, segmentEnd);
            }
            else if (nameEnd == firstComma && firstComma < to && QuoteLexicon.TryRole(t.Word(firstComma), out SpeakerRole apposed) && apposed.Kind == SpeakerRoleKind.Title)
            {
                // "كومبا با، وزيرة الشباب والرياضة الموريتانية،": the title between commas after the name, the same.
                people.SetApposition(named, t, firstComma, ApposedEnd(t, firstComma, to, MaxBodyWords));
            }

            return named;
        }

        // No name: a role named before with its holder, or a body that speaks for itself.
        if (people.FindByTitle(t, from, segmentEnd) is { } holder)
        {
            evidence = SpeakerEvidence.Reference;
            return holder;
        }

        if (segmentEnd == from + 1 && head.StartsWith("ال") && isRole && role.Kind == SpeakerRoleKind.Title && people.FindBody(head[2..]) is { } unnamed)
        {
            // "قال مسؤول كبير بالجيش الكاميروني إن … وأضاف المسؤول، الذي طلب عدم نشر اسمه، أن": the title alone with the
            // article is the unnamed source the article gave without it.
            evidence = SpeakerEvidence.Reference;
            return unnamed;
        }

        if (!introducesSpeech && !QuoteLexicon.TryRole(head, out _))
        {
            // "أن بوتين لم ينكر الأمر صراحة": an object after the cue; the subject, if any, is before it (the reader
            // looks there).
            evidence = SpeakerEvidence.None;
            return null;
        }

        if (introducesSpeech && segmentEnd - from <= 3 && !isRole && IsPlainPhrase(t, from, segmentEnd))
        {
            // "وقال فان غال: «…»": a short phrase of no function or time words between a cue and the speech is the
            // speaker's name, whatever its words are elsewhere.
            evidence = SpeakerEvidence.Name;
            return people.Register(t, from, segmentEnd, null, gender);
        }

        if (!QuoteLexicon.TryRole(head, out _)
            && (QuoteWords.IsFunctionWordWithClitic(head) || !head.StartsWith("ال") || (QuoteWords.IsCommonWord(head) && !introducesSpeech)))
        {
            // "يقول شيئاً", "ونشأ الخلاف": with no name, only a role, a body or a definite noun ("الجمهوريون") speaks,
            // and a common one only when speech follows ("الأمم المتحدة … أن").
            evidence = SpeakerEvidence.None;
            return null;
        }

        // A body up to a function word, but through a title's "لدى الأمم المتحدة"; a title alone ("الوزير", "وزير
        // الخارجية السعودي") only through words with the article, other titles and باسم/لدى and their word, so that
        // the object of a claim ("نفى الوزير وجود …") stays out of it.
        bool titleOnly = QuoteLexicon.TryRole(head, out SpeakerRole headRole) && headRole.Kind == SpeakerRoleKind.Title;
        int bodyWords = from + 1;
        while (bodyWords < segmentEnd && bodyWords - from < MaxBodyWords && (!QuoteWords.IsFunctionWord(t.Word(bodyWords)) || t.Word(bodyWords) is "لدي")
            && !QuoteWords.IsCue(t, bodyWords) && !QuoteWords.HasPronounSuffix(t.Word(bodyWords)) && !StartsObject(t, bodyWords)
            && (!titleOnly || t.Word(bodyWords).StartsWith("ال") || QuoteLexicon.TryRole(t.Word(bodyWords), out _) || QuoteLexicon.IsPlace(t.Word(bodyWords)) || t.Word(bodyWords) is "لدي"
                || t.Word(bodyWords - 1) is "باسم" or "لدي" || t.Word(bodyWords) is "باسم" || t.Word(bodyWords).StartsWith("لل")
                || IsConstructComplement(t, from, bodyWords)
                || IsTitleComplement(t, bodyWords, segmentEnd) || IsIndefiniteAdjective(t, bodyWords) || NamesBody(t, bodyWords)))
        {
            // "مدير جامعة الملك سعود": a name in a body's name, whole.
            bodyWords = NamesBody(t, bodyWords) ? Math.Max(bodyWords + 1, PersonName.End(t, people, bodyWords, segmentEnd)) : bodyWords + 1;
        }

        evidence = SpeakerEvidence.Body;
        return people.Register(t, from, bodyWords, null, gender, isBody: true);
    }

    // A preposition joined to a noun that is neither a person named before nor a role, place or name after the
    // preposition ("وفقا للرئيس"), and not the first word of a name ("باول سيليفيان").
    private static bool IsAdverbial(in QuoteText t, SpeakerRegistry people, int k) =>
        QuoteWords.IsPrepositional(t.Word(k)) && !NamesAfterPreposition(t.Word(k)) && people.Known(t, k, k + 1) is null
        && !(k + 1 < t.Count && t.Gap(k + 1).Trim().IsEmpty && QuoteWords.IsNameWord(t, k + 1) && !QuoteWords.IsPrepositional(t.Word(k + 1)));

    // Whether a word with a preposition before it is a role, place or given name all the same ("للرئيس", "لفرنسا"),
    // or the word without it is ("الوزارة" in "للوزارة").
    private static bool NamesAfterPreposition(ReadOnlySpan<char> word)
    {
        if (QuoteLexicon.TryRole(word, out _) || QuoteLexicon.IsPlace(word))
        {
            return true;
        }

        Span<char> stem = stackalloc char[word.Length + 1];
        int length;
        if (word.StartsWith("لل"))
        {
            "ال".CopyTo(stem);
            word[2..].CopyTo(stem[2..]);
            length = word.Length;
        }
        else
        {
            word[1..].CopyTo(stem);
            length = word.Length - 1;
        }

        ReadOnlySpan<char> rest = stem[..length];
        return QuoteLexicon.TryRole(rest, out _) || QuoteLexicon.IsPlace(rest) || QuoteWords.IsGivenName(rest);
    }

    // The words the text gave before a bare "الشركة" or "الوزارة": the nearest "شركة …" (in construct, up to
    // BodyLookBack words back) and the words of its name, none a function word, cue, preposition-led word or word
    // with a pronoun suffix.
    private static bool NamedBefore(in QuoteText t, int from, ReadOnlySpan<char> noun, out int start, out int end)
    {
        (start, end) = (-1, -1);
        for (int k = from - 1; k >= 0 && k >= from - BodyLookBack; k--)
        {
            ReadOnlySpan<char> word = t.Word(k);
            if (word.Length == noun.Length + 1 && word[0] is 'و' or 'ب' or 'ل' or 'ف')
            {
                word = word[1..];
            }

            if (!word.SequenceEqual(noun))
            {
                continue;
            }

            int last = k + 1;
            while (last < t.Count && last - k < MaxBodyWords && t.Gap(last).Trim().IsEmpty && t.Word(last) is { Length: > 1 } next
                && !QuoteWords.IsFunctionWordWithClitic(next) && !QuoteWords.IsCue(t, last) && !QuoteWords.HasPronounSuffix(next)
                && !(next.Length > 3 && next[0] is 'ب' or 'ل' && !next.StartsWith("ال")) && !QuoteWords.IsDateWord(next))
            {
                last++;
            }

            if (last - k >= 2)
            {
                (start, end) = (k, last);
                return true;
            }
        }

        return false;
    }

    // Whether the name at k is part of a body's name: after a title, after a body in construct ("مركز الملك سلمان",
    // "لجامعة الأمير سلطان").
    private static bool NamesBody(in QuoteText t, int k)
    {
        if (k < 2 || !QuoteLexicon.TryRole(t.Word(k - 1), out SpeakerRole title) || title.Kind != SpeakerRoleKind.Title)
        {
            return false;
        }

        // The body in construct, without the article: "مدير الشرطة اللواء سعد" is a title and its holder.
        // "بالأمانة المهندس محمد": a body with the article after a preposition is not in construct either.
        ReadOnlySpan<char> body = t.Word(k - 2);
        body = body.Length > 3 && body[0] is 'ل' or 'ب' && !body.StartsWith("لل") ? body[1..] : body;
        return !body.StartsWith("ل") && !body.StartsWith("ال") && QuoteLexicon.TryRole(body, out SpeakerRole role) && role.Kind == SpeakerRoleKind.Body;
    }

    // Whether the words [from, k) are all titles ("د. الغامدي", "المهندس الغامدي"): a family name may follow them alone.
    private static bool OnlyTitlesBetween(in QuoteText t, int from, int k)
    {
        for (int j = from; j < k; j++)
        {
            if (!(QuoteLexicon.TryRole(t.Word(j), out SpeakerRole role) && role.Kind == SpeakerRoleKind.Title))
            {
                return false;
            }
        }

        return k > from;
    }



    // Words with spaces between them, none a function word, date word, digit, cue or common word with the article.
    private static bool IsPlainPhrase(in QuoteText t, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            ReadOnlySpan<char> word = t.Word(k);
            if ((k > from && !t.Gap(k).Trim().IsEmpty) || word.Length < 2 || QuoteWords.IsFunctionWord(word) || QuoteWords.IsDateWord(word)
                || char.IsDigit(word[0]) || QuoteWords.IsCue(t, k) || QuoteWords.IsComplementizer(word)
                || (word.StartsWith("ال") && QuoteWords.IsCommonWord(word))
                || word.StartsWith("لل") || word.StartsWith("بال") // "وقال للصحفيين:": a preposition and the article are no name, nor is "بـ"
                || ((QuoteWords.HasPronounSuffix(word) || QuoteWords.HasPronounOnStem(t, k)) && !QuoteWords.IsWithPronoun(word, QuoteWordClass.Quantifier)
                    && !QuoteWords.IsRoleWithPronoun(word)) // "اسمه", "أمامكم", not "بعضهم", "فرئيسها"
                || QuoteWords.IsAccusativeAdverb(word) // "وقال مؤخرا:", "وأضاف أخيرا"
                || QuoteWords.HasNounPronoun(t, k) // "كشف هويته": a noun with its pronoun
                || (to - from == 1 && QuoteWords.IsCommonWord(word) && t.OriginalLastChar(k) == 'ة' && BeforeThat(t, to)) // "وأكد ضرورة أن": the object
                || (word.Length >= 4 && word[0] == 'و' && !QuoteWords.IsGivenName(word)
                    && (k == from || !QuoteWords.MayBeNameInWaw(word) || !QuoteWords.MayPrecedeName(t.Word(k - 1)) || QuoteWords.IsConjoined(word)))) // "وبدأت", not "كريس وليامسون"
            {
                return false;
            }
        }

        return true;
    }

    // Whether word k is أن or بأن as written (not إن, which the Search profile spells the same): after a cue, a
    // common noun in ة before it is the cue's object ("وأكد ضرورة أن", "أهمية أن"), where "قالت مواطنة إن" names a speaker.
    private static bool BeforeThat(in QuoteText t, int k)
    {
        if (k >= t.Count)
        {
            return false;
        }

        ReadOnlySpan<char> written = t.OriginalWord(k);
        return written is "أن" or "بأن";
    }

    // A word of a name set off by commas after a title that the corpus does not count as a name's ("، مساعد غالي
    // العنزي،", "، نيتين سيتوهل،"): no function word, cue, date, complementizer or pronoun; a title, a common word, a
    // place or a word in و، ف، ل or ب only when it is also a given name; the article only on the last word of two or more,
    // the first not in و or ف ("، فتبقى حبيسة الأدراج،" is a clause).
    private static bool IsApposedNamePart(in QuoteText t, int k, int first, int end)
    {
        ReadOnlySpan<char> word = t.Word(k);
        bool given = QuoteWords.IsGivenName(word);
        return word.Length >= 2 && (!word.StartsWith("ال") || (k > first && k == end - 1 && t.Word(first)[0] is not ('و' or 'ف'))) && (given || word[0] is not ('و' or 'ف' or 'ل' or 'ب'))
            && !QuoteWords.IsFunctionWordWithClitic(word) && !QuoteWords.IsCue(t, k) && !QuoteWords.IsDateWord(word) && !QuoteWords.IsComplementizer(word)
            && !QuoteWords.HasPronounSuffix(word) && !char.IsDigit(word[0])
            && (given || (!QuoteLexicon.TryRole(word, out _) && !QuoteWords.IsCommonWord(word) && !QuoteLexicon.IsPlace(word)));
    }

    // The end of the words set off by a comma before word `comma`: up to the next comma, `to`, or `maxWords` words.
    private static int ApposedEnd(in QuoteText t, int comma, int to, int maxWords)
    {
        int end = comma + 1;
        while (end < to && end - comma < maxWords && t.Gap(end).IndexOfAny("،,") < 0)
        {
            end++;
        }

        return end;
    }

    // The end of a body's name that starts at word `from`: up to a function word, a cue, the medium it spoke to, a word
    // with a pronoun or the start of an object, at most MaxBodyWords words ("المرصد السوري لحقوق الإنسان", but "مصدر
    // دبلوماسي لوكالة الأنباء الفرنسية").
    private static int BodyEnd(in QuoteText t, int from, int segmentEnd)
    {
        int end = from + 1;
        while (end < segmentEnd && end - from < MaxBodyWords && !QuoteWords.IsFunctionWord(t.Word(end)) && !QuoteWords.IsCue(t, end)
            && !QuoteWords.IsMediaCredit(t.Word(end)) && !QuoteWords.HasPronounSuffix(t.Word(end)) && !StartsObject(t, end))
        {
            end++;
        }

        return end;
    }

    // Whether a word of [from, to) has the article: a title in construct with a definite noun ("وزيرة الخارجية") is
    // definite, and a name may follow it.
    private static bool HasDefiniteWord(in QuoteText t, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (t.Word(k).StartsWith("ال") || t.Word(k).StartsWith("لل"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name right before a cue, past a negation ("أن بوتين لم ينكر"), with nothing but spaces between.</summary>
    public static Person? SubjectBefore(in QuoteText t, SpeakerRegistry people, int cue, SpeakerGender gender)
    {
        int k = cue - 1;
        if (k >= 0 && QuoteWords.IsPreVerb(t.Word(k)) && t.Tokens[cue].SpacedFromPrevious)
        {
            k--;
        }

        return k >= 0 && t.Tokens[k + 1].SpacedFromPrevious && QuoteWords.IsNameWord(t.Word(k)) && !t.EndsSentence(k + 1)
            ? people.Register(t, k, k + 1, null, gender)
            : null;
    }

    // "متحدث رسمي عراقي", "مسؤول أمني": after a title without the article, an adjective of relation (in ي) without
    // it, which agrees with it.
    private static bool IsIndefiniteAdjective(in QuoteText t, int k)
    {
        ReadOnlySpan<char> word = t.Word(k), previous = t.Word(k - 1);
        return word[^1] == 'ي' && t.OriginalLastChar(k) == 'ي' && !word.StartsWith("ال") && !previous.StartsWith("ال")
            && !QuoteWords.IsGivenName(word) && !QuoteWords.IsFunctionWordWithClitic(word) && !QuoteWords.IsCue(t, k);
    }

    // "مدير عام مديرية شرطة محافظة العاصمة", "مفتي فنلندا": after a title without the article, each noun without it
    // governs the next word (a construct), up to the first word with the article; an adjective ("مسؤول أمني") ends
    // the chain, so that "نفى مسؤول أمني وجود …" keeps its object out.
    private static bool IsConstructComplement(in QuoteText t, int from, int k)
    {
        ReadOnlySpan<char> previous = t.Word(k - 1);
        return !t.Word(from).StartsWith("ال") && !previous.StartsWith("ال") && !QuoteWords.IsFunctionWordWithClitic(t.Word(k))
            && !(k - 1 > from && previous[^1] == 'ي' && t.OriginalLastChar(k - 1) == 'ي');
    }

    // "الرئيس العام لرعاية الشباب", "المدير التنفيذي لنادي الاتحاد": ل before a noun with a definite one after it
    // completes a title (a construct), unless it names the medium the statement was made to ("لوسائل الإعلام").
    private static bool IsTitleComplement(in QuoteText t, int k, int end)
    {
        ReadOnlySpan<char> word = t.Word(k);
        return word.Length > 1 && word[0] == 'ل' && !word.StartsWith("لا") && k + 1 < end && t.Gap(k + 1).Trim().IsEmpty
            && t.Word(k + 1).StartsWith("ال") && !QuoteWords.IsMediaCredit(word) && !QuoteWords.IsFunctionWord(word)
            && !QuoteWords.IsFunctionWord(word[1..]); // "لكل الأطراف": ل and a function word
    }

    // "أعلنت الشركة ارتفاع أرباحها", "رجح المحققون وجود مشاكل", "أعلنت وزارة التجارة والصناعة بدء تطبيق": after a word
    // with the article (or و and the article), a word without it that is no name, place, title, complement with ل or
    // definite word joined by و cannot go on a noun phrase (neither its adjective nor the second term of its
    // construct): it starts the cue's object.
    private static bool StartsObject(in QuoteText t, int k)
    {
        ReadOnlySpan<char> previous = t.Word(k - 1), word = t.Word(k);
        return (previous.StartsWith("ال") || (previous.Length > 4 && previous.StartsWith("وال") && !QuoteWords.IsFunctionWord(word))) && !word.StartsWith("ال") && !word.StartsWith("وال") && word[0] != 'ل' && !char.IsDigit(word[0])
            && QuoteWords.IsCommonWord(word) && !QuoteWords.IsNameWord(t, k) && !QuoteLexicon.IsPlace(word) && !QuoteLexicon.TryRole(word, out _);
    }
}
