using System;

namespace ArabicNews.Quotes;

/// <summary>The classes of normalized words the quote reader asks about: names, function words, cues, titles.</summary>
internal static class QuoteWords
{
    /// <summary>
    /// A cue at word <paramref name="k"/>, with و or ف before it and an object pronoun ها or هم after it ("ووصفتها"),
    /// or ه after a verb that takes an object ("وصفه"); not ه after other cues, as it is also the normalized ة of a
    /// noun ("إضافة").
    /// </summary>
    public static bool TryCue(in QuoteText t, int k, out QuoteCue cue, out string text)
    {
        bool found = TryCue(t, k, out cue);
        text = found ? CueTexts.Of(t.OriginalWord(k)) : "";
        return found;
    }

    /// <summary>A cue at word <paramref name="k"/>, as <see cref="TryCue(in QuoteText, int, out QuoteCue, out string)"/> finds it, without its text.</summary>
    public static bool TryCue(in QuoteText t, int k, out QuoteCue cue) => TryCue(t, k, out cue, out int _);

    /// <summary>Whether word <paramref name="k"/> is a cue joined to what comes before by و or ف ("ووصفتها", "فقال").</summary>
    public static bool IsJoinedCue(in QuoteText t, int k) => TryCue(t, k, out _, out int clitic) && clitic == 1;

    private static bool TryCue(in QuoteText t, int k, out QuoteCue cue, out int clitic)
    {
        ReadOnlySpan<char> word = t.Word(k);
        cue = default;
        clitic = 0;
        if (!QuoteLexicon.CueForms.MayHold(word))
        {
            return false; // no cue in any form: most words, with one fingerprint
        }

        for (; clitic <= 1 && word.Length > clitic + 1; clitic++)
        {
            if (clitic == 1 && word[0] is not ('و' or 'ف'))
            {
                break;
            }

            ReadOnlySpan<char> bare = word[clitic..];
            if (!QuoteLexicon.Cues.MayBegin(bare))
            {
                continue; // no cue begins so, with or without a pronoun after it: most words
            }

            if (QuoteLexicon.Cues.TryGet(bare, out cue)
                || (bare.Length > 4 && (bare.EndsWith("ها") || bare.EndsWith("هم")) && QuoteLexicon.Cues.TryGet(bare[..^2], out cue)
                    && QuoteLexicon.Is(cue.Lemma, QuoteWordClass.TakesObject))
                || (bare.Length > 3 && bare[^1] == 'ه' && QuoteLexicon.Cues.TryGet(bare[..^1], out cue)
                    && QuoteLexicon.Is(cue.Lemma, QuoteWordClass.TakesObject) && !cue.IsParticiple))
            {
                if (cue.Kind == CueKind.Source && k + 1 < t.Count && word.EndsWith("نقلا") && !t.Word(k + 1).SequenceEqual("عن"))
                {
                    return false;
                }

                if (cue.InStatement
                    && !(k + 1 < t.Count && t.Gap(k + 1).Trim().IsEmpty && QuoteLexicon.Is(t.Word(k + 1), QuoteWordClass.Resumptive))
                    && !NamesStatementAfter(t, k))
                {
                    continue; // "جاء فيها:" takes a statement back, "وجاء في البيان:" names it; "جاء الوفد" is no cue
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "في" and a statement follow the word at <paramref name="k"/> ("وجاء في البيان", "جاء في بيان الوزارة",
    /// "وورد في التقرير"): the statement says what follows.
    /// </summary>
    public static bool NamesStatementAfter(in QuoteText t, int k)
    {
        if (k + 2 >= t.Count || t.Word(k + 1) is not "في" || !t.Gap(k + 1).Trim().IsEmpty || !t.Gap(k + 2).Trim().IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<char> noun = t.Word(k + 2);
        noun = noun.StartsWith("ال") ? noun[2..] : noun;
        return QuoteLexicon.Is(noun, QuoteWordClass.Statement);
    }

    /// <summary>Whether the cue at word <paramref name="k"/> carries its object as a pronoun ("وصفها"), so that what follows is its subject.</summary>
    public static bool HasObjectSuffix(in QuoteText t, int k)
    {
        ReadOnlySpan<char> word = t.Word(k);
        for (int clitic = 0; clitic <= 1 && word.Length > clitic + 1; clitic++)
        {
            if (clitic == 1 && word[0] is not ('و' or 'ف'))
            {
                break;
            }

            ReadOnlySpan<char> bare = word[clitic..];
            if (QuoteLexicon.Cues.TryGet(bare, out _))
            {
                return false;
            }

            if ((bare.Length > 4 && (bare.EndsWith("ها") || bare.EndsWith("هم")) && QuoteLexicon.Cues.TryGet(bare[..^2], out _))
                || (bare.Length > 3 && bare[^1] == 'ه' && QuoteLexicon.Cues.TryGet(bare[..^1], out _)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether word <paramref name="k"/> is a cue.</summary>
    public static bool IsCue(in QuoteText t, int k) => TryCue(t, k, out _);

    public static bool IsComplementizer(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.Complementizer);

    public static bool IsFunctionWord(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.Function);

    /// <summary>
    /// "اسمه", "برنامجه", "أمامكم", "بأنني": word <paramref name="k"/> is a common word, a function word or a
    /// complementizer with a pronoun after it (ه as written, not the ة the Search profile also writes ه), and no given
    /// name.
    /// </summary>
    internal static bool HasPronounOnStem(in QuoteText t, int k)
    {
        ReadOnlySpan<char> word = t.Word(k);
        foreach (string suffix in s_objectPronouns)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix) && (suffix != "ه" || t.OriginalLastChar(k) == 'ه'))
            {
                ReadOnlySpan<char> stem = word[..^suffix.Length];
                if (IsCommonWord(stem) || IsFunctionWord(stem) || IsComplementizer(stem))
                {
                    return !IsGivenName(word);
                }
            }
        }

        return false;
    }

    /// <summary>"رئيسها", "فرئيسها", "وزيرهم": a title with a pronoun after it (and ف or و before it), a person all the same.</summary>
    internal static bool IsRoleWithPronoun(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> bare = word.Length > 3 && word[0] is 'ف' or 'و' ? word[1..] : word;
        foreach (string suffix in s_pronouns)
        {
            if (bare.Length > suffix.Length + 1 && bare.EndsWith(suffix) && QuoteLexicon.TryRole(bare[..^suffix.Length], out _))
            {
                return true;
            }
        }

        return false;
    }

    // The pronouns joined to the end of a noun or particle, longest first; those of the third person plural and dual
    // aside (HasPronounSuffix reads them).
    private static readonly string[] s_objectPronouns = ["كم", "ني", "نا", "ه", "ك"];
    private static readonly string[] s_pronouns = ["هما", "هم", "ها", "كم", "ني", "نا", "ه", "ك"];

    /// <summary>Whether a word is of <paramref name="wordClass"/>, bare or after و or ف ("ولم").</summary>
    public static bool IsWithConjunction(ReadOnlySpan<char> word, QuoteWordClass wordClass) =>
        QuoteLexicon.Is(word, wordClass) || (word.Length > 2 && word[0] is 'و' or 'ف' && QuoteLexicon.Is(word[1..], wordClass));

    public static bool IsOccasion(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.Occasion) || IsWithPronoun(word, QuoteWordClass.Occasion);

    /// <summary>
    /// "في لقائه", "في كلمتها", "حديثه", "تصريحاتهم": a word of <paramref name="wordClass"/> with a pronoun after it;
    /// the stem takes back the letters the suffix changed (ئ for ء, ت for ة, which the Search profile writes ه).
    /// </summary>
    public static bool IsWithPronoun(ReadOnlySpan<char> word, QuoteWordClass wordClass)
    {
        int suffix = word.EndsWith("هما") || word.EndsWith("هم") || word.EndsWith("ها") ? (word.EndsWith("هما") ? 3 : 2) : word.EndsWith("ه") ? 1 : 0;
        if (suffix == 0 || suffix >= word.Length)
        {
            return false;
        }

        ReadOnlySpan<char> stem = word[..^suffix];
        if (QuoteLexicon.Is(stem, wordClass))
        {
            return true;
        }

        Span<char> restored = stackalloc char[stem.Length];
        stem.CopyTo(restored);
        restored[^1] = stem[^1] switch
        {
            'ئ' or 'ؤ' => 'ء',
            'ت' => 'ه',
            char c => c,
        };
        return restored[^1] != stem[^1] && QuoteLexicon.Is(restored, wordClass);
    }

    public static bool EndsPhrase(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.PhraseEnd);

    public static bool IsMasthead(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.Masthead);

    public static bool IntroducesDirectSpeech(string lemma) => QuoteLexicon.Is(lemma, QuoteWordClass.DirectSpeech);

    /// <summary>
    /// Whether a normalized word can be part of a person's name: not a function word, date word, title, cue or a word
    /// the corpus counts as common (unless it also counts it as a given name), and without the article or a clitic.
    /// </summary>
    public static bool IsNameWord(ReadOnlySpan<char> word) => IsNameWord(word, afterName: false);

    // A word that can be part of a name; after a name word a word in و is a name of its own unless it is و and a known
    // word ("كريس وليامسون", not "كريس وقال").
    private static bool IsNameWord(ReadOnlySpan<char> word, bool afterName) =>
        word.Length > 1 && !word.StartsWith("ال") && !word.StartsWith("لل") && !word.StartsWith("بال") && !word.StartsWith("وال")
        && !char.IsAsciiDigit(word[0]) && !IsFunctionWord(word) && !IsDateWord(word) && !QuoteLexicon.Roles.TryGet(word, out _)
        && !QuoteLexicon.Cues.TryGet(word, out _) && !IsComplementizer(word) && !QuoteLexicon.Is(word, QuoteWordClass.PronounTitle)
        && !(word[0] == 'و' && word.Length >= 5 && !IsGivenName(word) && (!afterName || IsConjoined(word))) && !(word[0] == 'ل' && word.Length > 3 && !word.StartsWith("لا"))
        && !HasPronounSuffix(word)
        && !(word.Length > 4 && word[0] == 'ل' && IsCommonWord(word[1..])) // "لامرأة": ل and a common word
        && !(word.Length > 4 && word[0] == 'ب' && (QuoteLexicon.IsPlace(word[1..]) || (word[^1] == 'ه' && IsCommonWord(word[1..]))))
        // "بمملكة", "بقيادة": ب and a place or a common noun in ة (not "بلانك"; the corpus counts "بمملكة", which follows
        // titles, as a given name, so that count is not asked)
        && !(word.Length >= 4 && word[^1] == 'ه' && !IsGivenName(word) && (IsCommonWord(word[..^1]) || QuoteLexicon.Is(word[..^1], QuoteWordClass.SpeechNoun))) // قوله
        && (!QuoteLexicon.NameWords.TryGet(word, out NameWordClass c) || c is not (NameWordClass.Common or NameWordClass.Prepositional));

    /// <summary>
    /// "رفضهم", "حرصهما", "زيارتها": a noun with a pronoun after it (ها، هم، هما), never part of a name (unless the
    /// corpus counts the word as a given name).
    /// </summary>
    public static bool HasPronounSuffix(ReadOnlySpan<char> word) =>
        word.Length >= 5 && (word.EndsWith("ها") || word.EndsWith("هم") || word.EndsWith("هما")) && !IsGivenName(word);

    /// <summary>"لوكالة", "لصحيفة", "لعكاظ": ل and a medium or outlet a statement was made to.</summary>
    public static bool IsMediaCredit(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[0] == 'ل' && !word.StartsWith("لا")
        && (QuoteLexicon.Is(word[1..], QuoteWordClass.Media) || QuoteLexicon.QuotedNames.Contains(word[1..].ToString()));

    /// <summary>Whether word <paramref name="k"/> can be part of a name; "علي" spelled with ي is the name, not على.</summary>
    public static bool IsNameWord(in QuoteText t, int k)
    {
        Span<sbyte> known = t.NameWords;
        if ((uint)k < (uint)known.Length && known[k] != 0)
        {
            return known[k] > 0;
        }

        ReadOnlySpan<char> word = t.Word(k);
        bool name = (IsNameWord(word, afterName: k > 0 && MayBeNameInWaw(word) && t.Gap(k).Trim().IsEmpty && MayPrecedeName(t.Word(k - 1)))
                && !(word is "باسم" && k > 0 && (IsSpokesperson(t.Word(k - 1)) || (k > 1 && t.Word(k - 1) is "الرسمي" or "الرسميه" && IsSpokesperson(t.Word(k - 2)))))
                && !HasNounPronoun(t, k) && !t.HasAccusativeTanween(k))
            || (word is "علي" && t.OriginalLastChar(k) == 'ي');
        if ((uint)k < (uint)known.Length)
        {
            known[k] = name ? (sbyte)1 : (sbyte)-1; // the answer depends on the article's words alone
        }

        return name;
    }

    // "استقالته", "زيارتها": a noun in ة with a pronoun, never part of a name (a name in ة, "شحاتة", keeps its ة).
    internal static bool HasNounPronoun(in QuoteText t, int k)
    {
        ReadOnlySpan<char> word = t.Word(k);
        return word.Length >= 5 && word.EndsWith("ته") && t.OriginalLastChar(k) == 'ه';
    }

    /// <summary>"المتحدث باسم الوزارة": باسم after a spokesperson's title is "in the name of", not the name باسم.</summary>
    public static bool IsSpokesperson(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> bare = word.StartsWith("ال") ? word[2..] : word;
        return QuoteLexicon.Is(bare, QuoteWordClass.Spokesperson);
    }

    /// <summary>A given name the corpus counts as one.</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) =>
        QuoteLexicon.NameWords.TryGet(word, out NameWordClass c) && c == NameWordClass.Given;

    /// <summary>A family name with the article the corpus counts as one ("الغامدي").</summary>
    public static bool IsFamilyName(ReadOnlySpan<char> word) =>
        QuoteLexicon.NameWords.TryGet(word, out NameWordClass c) && c == NameWordClass.Family;

    /// <summary>
    /// "وبدأت", "والوزير", "وقال", "وسيترأس": و and a word the lexicons know (one the corpus counts, a function word, a
    /// cue, a title, a date or place word, one with the article or a preposition and the article) or a verb's shape (the
    /// future's س, a present tense in ون، ين or ان), or a word not in وي or ولي, the way names in W are written; not a
    /// given name ("وليد") nor a name that begins with و ("وليامسون", "وينتر": ليامسون and ينتر are no words).
    /// </summary>
    public static bool IsConjoined(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[0] != 'و' || IsGivenName(word))
        {
            return false;
        }

        ReadOnlySpan<char> rest = word[1..];
        return !(rest[0] == 'ي' || rest.StartsWith("لي")) // a name in و is written وي or ولي (William, Winter, Webster)
            || rest.StartsWith("ال") || rest.StartsWith("لل") || rest.StartsWith("بال")
            || (rest.Length >= 4 && rest[0] == 'س' && rest[1] is 'ي' or 'ت' or 'ن' or 'ا') // "وسيترأس": the future's س
            || (rest.Length >= 5 && rest[0] is 'ي' or 'ت' or 'ن' && (rest.EndsWith("ون") || rest.EndsWith("ين") || rest.EndsWith("ان"))) // "ويجادلون"
            || QuoteLexicon.NameWords.TryGet(rest, out _) || IsFunctionWord(rest) || QuoteLexicon.Cues.TryGet(rest, out _)
            || QuoteLexicon.Roles.TryGet(rest, out _) || IsDateWord(rest) || QuoteLexicon.IsPlace(rest) || IsComplementizer(rest)
            || QuoteLexicon.Words.TryGet(rest, out _) || QuoteLexicon.NameWords.TryGet(word, out _);
    }

    /// <summary>
    /// و before a title or body ("ووزارة", "وعضو") or before a common noun with the article ("والتقارير"): a conjunction
    /// before a noun phrase, not a name's first letter ("وليد", "واشنطن", "والي", "والت" keep theirs). Narrower than
    /// <see cref="IsConjoined"/>, which also admits verbs and function words after و.
    /// </summary>
    public static bool IsConjoinedNoun(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || word[0] != 'و' || IsGivenName(word))
        {
            return false;
        }

        ReadOnlySpan<char> rest = word[1..];
        return !IsFunctionWord(rest) && (QuoteLexicon.TryRole(rest, out _) || (rest.StartsWith("ال") && IsCommonWord(rest)));
    }

    /// <summary>"وليامسون", "ويليامز": a word in وي or ولي, the only shape of a name in W (a quick test before <see cref="IsConjoined"/>).</summary>
    public static bool MayBeNameInWaw(ReadOnlySpan<char> word) =>
        word.Length >= 5 && word[0] == 'و' && (word[1] == 'ي' || (word[1] == 'ل' && word[2] == 'ي'));

    /// <summary>
    /// Whether a word may be the first part of a name that goes on with a word in و ("كريس" in "كريس وليامسون", though
    /// the corpus counts it common): no word with the article, function word, cue, date word, digit or word in و.
    /// </summary>
    public static bool MayPrecedeName(ReadOnlySpan<char> word) =>
        word.Length > 1 && word[0] != 'و' && !char.IsDigit(word[0]) && !word.StartsWith("ال") && !IsFunctionWordWithClitic(word)
        && !QuoteLexicon.Cues.TryGet(word, out _) && !IsDateWord(word) && !IsComplementizer(word) && !HasPronounSuffix(word);

    /// <summary>
    /// "مؤخرا", "كثيرا", "دائما", "مسبقا": a common word in the accusative's ا on a common word, an adverb, never a name.
    /// </summary>
    public static bool IsAccusativeAdverb(ReadOnlySpan<char> word) =>
        word.Length >= 4 && word[^1] == 'ا' && !word.EndsWith("ها") && IsCommonWord(word) && IsCommonWord(word[..^1]); // not "رئيسها"

    /// <summary>A frequent word the corpus counts as no name.</summary>
    public static bool IsCommonWord(ReadOnlySpan<char> word) =>
        QuoteLexicon.NameWords.TryGet(word, out NameWordClass c) && c is NameWordClass.Common or NameWordClass.Prepositional;

    /// <summary>
    /// A preposition joined to a noun, which names no one and is no subject ("بوضوح", "لذلك", "بتغيير", "للوزارة"): a
    /// frequent word the corpus counts as one, or a word it does not count that is ب or ك and a common word not in ي
    /// (a verb's: "كيري"), or ب، ل، ك or ف and the article.
    /// </summary>
    public static bool IsPrepositional(ReadOnlySpan<char> word)
    {
        if (QuoteLexicon.NameWords.TryGet(word, out NameWordClass c))
        {
            return c == NameWordClass.Prepositional;
        }

        return word.Length >= 4
            && ((word[0] is 'ب' or 'ل' or 'ك' or 'ف' && word[1..].StartsWith("ال")) || word.StartsWith("لل")
                || (word[0] is 'ب' or 'ك' && word[1] != 'ي' && IsCommonWord(word[1..])));
    }

    /// <summary>A word that joins the parts of a compound name: بن، بنت، ابن، آل، أبو، أم، عبد.</summary>
    public static bool IsNameConnector(ReadOnlySpan<char> word) =>
        QuoteLexicon.Is(word, QuoteWordClass.NameConnector | QuoteWordClass.NameParticle);

    /// <summary>The particles of European names: فون، فان، دي، دير، دو، دا، ديل، لو.</summary>
    public static bool IsNameParticle(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.NameParticle);

    /// <summary>"Son of", "daughter of" (بن، بنت، ابن): the father's name follows.</summary>
    public static bool IsPatronymic(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.Patronymic);

    /// <summary>بن or بنت, which stand only between names (ابن may also open one: "ابن عباس").</summary>
    public static bool IsPatronymicBetweenNames(ReadOnlySpan<char> word) =>
        QuoteLexicon.Is(word, QuoteWordClass.Patronymic) && !QuoteLexicon.Is(word, QuoteWordClass.OpensName);

    /// <summary>A relative pronoun: الذي، التي، الذين….</summary>
    public static bool IsRelativePronoun(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.Relative);

    /// <summary>A particle before a verb (لم، لا، لن، قد), past which the subject before a cue is read.</summary>
    public static bool IsPreVerb(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.PreVerb);

    /// <summary>A function word, also with و or ف before it ("وهناك").</summary>
    public static bool IsFunctionWordWithClitic(ReadOnlySpan<char> word) =>
        IsFunctionWord(word) || (word.Length > 2 && word[0] is 'و' or 'ف' && IsFunctionWord(word[1..]));

    /// <summary>An honorific pronoun or "the latter" standing for a person named before (معاليه، الأخير).</summary>
    public static bool IsPronounTitle(ReadOnlySpan<char> word) => QuoteLexicon.Is(word, QuoteWordClass.PronounTitle);

    /// <summary>A passive or impersonal cue that, with no subject, is the writer's aside (يذكر أن).</summary>
    public static bool IsAside(ReadOnlySpan<char> word) =>
        QuoteLexicon.Is(word, QuoteWordClass.Aside) || (word.Length > 3 && word[0] is 'و' or 'ف' && QuoteLexicon.Is(word[1..], QuoteWordClass.Aside));

    public static bool IsTitleWord(ReadOnlySpan<char> word) =>
        word.StartsWith("ال") || word.StartsWith("لل") || (word.Length > 2 && word[0] == 'ل' && !word.StartsWith("لا"))
        || QuoteLexicon.Roles.TryGet(word, out _) || word is "لدي" or "في" or "العام";

    /// <summary>Whether a word is a verb of the future (ستعمل، سيزور), from the dates' lexicon.</summary>
    public static bool IsFutureVerb(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[0] == 'س' && Dates.DateLexicon.TryGetWord(word, out Dates.DateWord date)
        && (date.Introducers & Dates.DateIntroducer.FutureCue) != 0;

    /// <summary>
    /// A word of a time phrase that may stand between a cue and its subject ("وقال أمس", "وأكد اليوم الثلاثاء",
    /// "وقال الأحد الماضي"), from the dates' lexicon: a weekday, a relative day, يوم or a direction.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <param name="inPhrase">Whether a word of the time phrase came before it: a weekday that is also a common word
    /// (الاثنين "the two", أحد "one") counts only then ("اليوم الاثنين").</param>
    public static bool IsTimePhraseWord(ReadOnlySpan<char> word, bool inPhrase) =>
        Dates.DateLexicon.TryGetWord(word, out Dates.DateWord date)
        && (!date.NeedsContext || (inPhrase && date.Weekday is not null))
        && (date.Weekday is not null || date.DayOffset is not null || (date.Introducers & Dates.DateIntroducer.DayWord) != 0
            || date.Direction is Dates.DateDirectionWord.Past or Dates.DateDirectionWord.Future or Dates.DateDirectionWord.Current);

    /// <summary>
    /// Whether word <paramref name="k"/> opens a time phrase after a name ("الأسبوع الماضي", "أمس", "الخميس", "مساء"),
    /// from the dates' lexicon: a weekday, a relative day, a time of day, or a period with its direction after it ("العام
    /// الماضي"; "المدير العام" is a title), but no word that is also a common word or name.
    /// </summary>
    public static bool StartsTimePhrase(in QuoteText t, int k) =>
        Dates.DateLexicon.TryGetWord(t.Word(k), out Dates.DateWord date) && !date.NeedsContext
        && (date.Weekday is not null || date.DayOffset is not null || date.IsTimeOfDay
            || (date.Period is not null && k + 1 < t.Count && Dates.DateLexicon.TryGetWord(t.Word(k + 1), out Dates.DateWord after)
                && after.Direction is not Dates.DateDirectionWord.None));

    /// <summary>A time of day (صباح، مساء، عصر), from the dates' lexicon.</summary>
    public static bool IsTimeOfDay(ReadOnlySpan<char> word) => Dates.DateLexicon.TryGetWord(word, out Dates.DateWord date) && date.IsTimeOfDay;

    /// <summary>A weekday, a relative day or يوم, from the dates' lexicon: "اليوم الجمعة" ends a speaker's phrase.</summary>
    public static bool IsDateWord(ReadOnlySpan<char> word) =>
        Dates.DateLexicon.TryGetWord(word, out Dates.DateWord date)
        && (date.Weekday is not null || date.DayOffset is not null || (date.Introducers & Dates.DateIntroducer.DayWord) != 0)
        && !date.NeedsContext;

    /// <summary>A noun after which quotation marks hold a name ("طراز", "شركة"), also with the preposition بـ.</summary>
    public static bool IsNameNoun(ReadOnlySpan<char> word) =>
        QuoteLexicon.NameNouns.TryGetWithArticle(word, out _, out _)
        || (word.Length > 4 && word.EndsWith("تا") && QuoteLexicon.NameNouns.TryGetWithArticle(string.Concat(word[..^2], "ه"), out _, out _)) // صحيفتا
        || (word.Length > 2 && word[^1] == 'ب' && QuoteLexicon.NameNouns.TryGetWithArticle(word[..^1], out _, out _));

    /// <summary>"تقارير أمريكية وكورية جنوبية": a second adjective of origin joined by و to a first one.</summary>
    public static bool IsJoinedNisba(ReadOnlySpan<char> previous, ReadOnlySpan<char> word) =>
        word.Length >= 5 && word[0] == 'و' && !word.StartsWith("وال") && IsNisba(word[1..]) && IsNisba(previous);

    private static bool IsNisba(ReadOnlySpan<char> word) => word.Length > 3 && (word.EndsWith("يه") || word.EndsWith("يون") || word.EndsWith("يين"));
}
