using System;

namespace ArabicNews.Quotes;

/// <summary>
/// Reads a person's name as Arabic news writes it: name words joined by the parts of compound names ("سلمان بن فهد
/// الدوسري", "عبد الرحمن الحربي", "أبو بكر آل سعود"), ending in family names with the article that the corpus counts as
/// such, that name someone the article has named ("الغامدي"), or that end the phrase.
/// </summary>
internal static class PersonName
{
    /// <summary>The most words a name runs over.</summary>
    public const int MaxWords = 7;

    /// <summary>
    /// The end of the name that starts at word <paramref name="k"/> and lies before <paramref name="limit"/>, or
    /// <paramref name="k"/> when no name starts there.
    /// </summary>
    /// <param name="t">The article.</param>
    /// <param name="people">The people named so far.</param>
    /// <param name="k">The first word.</param>
    /// <param name="limit">The end of the phrase the name lies in.</param>
    /// <param name="familyFirst">Whether a family name alone may begin the name ("وتمنى الغامدي أن"): only at the start
    /// of a speaker's phrase, not among a title's adjectives ("رئيس الوزراء الإسرائيلي").</param>
    /// <param name="titled">Whether the name follows a title ("رئيس الحكومة البريطانية ديفيد كاميرون"): there, words the
    /// corpus counts as common are part of the name too, as long as they are no function word, title, cue or date.</param>
    public static int End(in QuoteText t, SpeakerRegistry people, int k, int limit, bool familyFirst = false, bool titled = false)
    {
        int n = k;
        int names = 0;
        limit = Math.Min(limit, k + MaxWords);
        int known = people.KnownRunLength(t, k, limit);
        if (known > 0)
        {
            n += known; // "فان غال" once the article has named "لويس فان غال"
            names += known;
        }

        while (n < limit)
        {
            if (n > k && !t.Gap(n).Trim().IsEmpty)
            {
                break; // punctuation ends a name
            }

            ReadOnlySpan<char> word = t.Word(n);
            if (word.ContainsAnyInRange('0', '9') || (n == k && word.Length > 4 && word.StartsWith("وال")))
            {
                break; // "و65": digits are no name's; "صاحب حملة الحج والعمرة خليفة خلفان": و and the article join a title's nouns
            }

            if (StartsEulogy(t, n) && !QuoteWords.IsNameConnector(word))
            {
                break; // "عائشة أم المؤمنين رضي الله عنها", "رسول الله صلى الله عليه وسلم": a eulogy ends the name
            }

            if (n - 2 >= k && t.Word(n - 2).Length <= 3 && QuoteWords.IsPatronymic(t.Word(n - 2)) && QuoteWords.IsCommonWord(word) && !QuoteWords.IsNameConnector(word)
                && !QuoteWords.IsGivenName(word) && !word.StartsWith("ال"))
            {
                break; // "الأمير سلطان بن سلمان تسجيل الرسوم": after a father's name, the lineage goes on with بن, not a common word
            }

            if (word is "عبد" && n + 1 < limit && t.Gap(n + 1).Trim().IsEmpty && t.Word(n + 1) is { Length: > 3 } divine && divine.StartsWith("ال"))
            {
                // "عبد الله", "عبد العزيز", "عبد الرحمن" written apart: عبد and a name of God, one given name wherever it stands.
                n += 2;
                names++;
                continue;
            }

            if (n + 1 < limit && t.Gap(n + 1).Trim().IsEmpty && QuoteLexicon.Is(t.Word(n + 1), QuoteWordClass.NameCompletion) && word.Length > 1
                && !word.StartsWith("ال") && !QuoteWords.IsFunctionWordWithClitic(word) && !QuoteWords.IsCue(t, n) && !QuoteLexicon.TryRole(word, out _))
            {
                // "صلاح الدين دمرداش", "محيي الدين حكمي": a compound given name, whatever its first word is elsewhere.
                n += 2;
                names++;
                continue;
            }

            if (names > 0 && QuoteWords.IsNameParticle(word) && n + 1 < limit && t.Gap(n + 1).Trim().IsEmpty && IsPlainNamePart(t, n + 1)
                && !QuoteWords.IsNameParticle(t.Word(n + 1)))
            {
                // "ستيفان دي ميستورا": a particle between a name and the rest, whatever the rest counts as elsewhere.
                n += 2;
                names++;
                continue;
            }

            if ((QuoteWords.IsNameWord(t, n) && !QuoteWords.IsPatronymic(word)) || (n == k && StartsForeignName(t, n, limit)) || FollowsGivenName(t, n, k)
                || (titled && n > k && n - k < 3 && !t.Word(n - 1).StartsWith("ال") && IsPlainNamePart(t, n))
                || (n + 1 < limit && QuoteWords.IsPatronymicBetweenNames(t.Word(n + 1)) && t.Gap(n + 1).Trim().IsEmpty && word.Length > 2 && !QuoteWords.IsFunctionWordWithClitic(word)
                    && !word.StartsWith("ال") && (!QuoteLexicon.TryRole(word, out _) || QuoteWords.IsGivenName(word)))) // "سلطان بن سلمان": a title that is a given name
            {
                n++;
                names++;
                continue;
            }

            if (names > 0 && word.Length <= 2 && n + 1 < limit && !QuoteWords.IsFunctionWord(word) && t.Gap(n + 1).Trim().IsEmpty && QuoteWords.IsNameWord(t, n + 1))
            {
                // "إيل ها كيم", "كيم جونغ أون": a short syllable inside a foreign name.
                n++;
                continue;
            }

            if (QuoteWords.IsNameConnector(word) && n + 1 < limit && t.Gap(n + 1).Trim().IsEmpty
                && (QuoteWords.IsNameWord(t, n + 1) || (t.Word(n + 1).StartsWith("ال") && t.Word(n + 1).Length > 3)
                    || (QuoteWords.IsPatronymic(word) && names > 0 && t.Word(n + 1).Length > 2 && !QuoteWords.IsFunctionWordWithClitic(t.Word(n + 1))
                        && !QuoteWords.IsCue(t, n + 1) && (!QuoteLexicon.TryRole(t.Word(n + 1), out _) || !t.Word(n + 1).StartsWith("ال")))
                    || (QuoteWords.IsNameParticle(word) && QuoteWords.IsNameParticle(t.Word(n + 1)) && n + 2 < limit && QuoteWords.IsNameWord(t, n + 2))
                    || (names > 0 && word is "ال" && IsPlainNamePart(t, n + 1))) // "علي بن عمير آل حرمان": a family's name after آل, whatever it is elsewhere
                && (names > 0 || !QuoteWords.IsPatronymicBetweenNames(word)))
            {
                // بن فهد، آل سعود، عبد الرحمن، أبو بكر، ابن ريحان، فون دير لاين
                n += QuoteWords.IsNameParticle(t.Word(n + 1)) ? 3 : 2;
                names++;
                continue;
            }

            if (word.StartsWith("ال") && word.Length > 3 && (names > 0 || familyFirst) && !QuoteWords.IsDateWord(word) && !QuoteWords.IsRelativePronoun(word)
                && !(n > k && t.Word(n - 1).StartsWith("ال") && QuoteLexicon.TryRole(word, out SpeakerRole after) && after.Kind == SpeakerRoleKind.Title) // "هالة الخطاطبة السفيرة": a title after the family name
                && (QuoteWords.IsFamilyName(word) || people.IsKnownLastWord(word)
                    || (names > 0 && EndsPhrase(t, n + 1, limit)
                        && (!QuoteWords.IsCommonWord(word) || QuoteWords.IsGivenName(t.Word(n - 1))
                            || (titled && !t.Word(n - 1).StartsWith("ال") && EndsBeforeNoObject(t, n + 1, limit))
                            || (!QuoteWords.IsCommonWord(t.Word(n - 1)) && n + 1 < t.Count && t.Gap(n + 1).IndexOfAny("،,") >= 0)
                            || (!QuoteWords.IsCommonWord(t.Word(n - 1)) && !t.Word(n - 1).StartsWith("ال") && !QuoteLexicon.TryRole(word, out _)
                                && t.OriginalChar(t.Tokens[n].Start) == 'ا' && TitleFollows(t, n + 1))))))
            {
                n++;
                names++;
                continue;
            }

            break;
        }

        return names > 0 ? n : k;
    }

    // "ديفيد كاميرون", "أحمد داود": after a given name, a word that is no function word, title, cue or date is the
    // next part of the name, even one the corpus also counts as common.
    private static bool FollowsGivenName(in QuoteText t, int n, int k) =>
        n > k && (QuoteWords.IsGivenName(t.Word(n - 1)) || (QuoteWords.IsGivenName(t.Word(k)) && n - k < 3 && !t.Word(n - 1).StartsWith("ال")))
        && IsPlainNamePart(t, n); // "عبدالمجيد العمري كلمة": a family name with the article ends the name

    // A word with nothing before it but a space that is no function word, title, cue, date, preposition-led word,
    // word with the article or common word joined by و: what a name's second or third part may be.
    private static bool IsPlainNamePart(in QuoteText t, int n)
    {
        if (!t.Gap(n).Trim().IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<char> word = t.Word(n);
        return word.Length > 2 && !word.StartsWith("ال") && !QuoteWords.IsFunctionWordWithClitic(word) && !QuoteWords.IsCue(t, n)
            && !QuoteWords.IsComplementizer(word) && !QuoteWords.IsDateWord(word) && !QuoteLexicon.TryRole(word, out _)
            && !IsPrepositionLed(word) && !QuoteWords.HasNounPronoun(t, n) && !QuoteWords.HasPronounSuffix(word) && !QuoteWords.HasPronounOnStem(t, n) // "برنامجه"
            && !(word[0] == 'و' && QuoteWords.IsCommonWord(word[1..]) && !QuoteWords.IsNameWord(t, n)); // "دعم واهتمام": a conjunction
    }

    // "برحيل", "لمملكة", "بالرياض": ب or ل before a common word, a place or the article, never a name's part
    // ("بارتوميو", "لامبرت" are names).
    private static bool IsPrepositionLed(ReadOnlySpan<char> word)
    {
        if (word.Length <= 3 || word[0] is not ('ب' or 'ل') || word.StartsWith("لا"))
        {
            return word.Length > 1 && word[0] == 'ل' && !word.StartsWith("لا");
        }

        ReadOnlySpan<char> rest = word[1..];
        return rest.StartsWith("ال") || rest.StartsWith("ل") || QuoteWords.IsCommonWord(rest) || QuoteLexicon.IsPlace(rest)
            || QuoteLexicon.TryRole(rest, out _) || QuoteWords.IsDateWord(rest) || QuoteWords.IsFunctionWord(rest);
    }

    // "فان غال", "دي خيا": a first word that is also a common word ("فإن") begins a name when a name word follows it.
    private static bool StartsForeignName(in QuoteText t, int n, int limit)
    {
        ReadOnlySpan<char> word = t.Word(n);
        return n + 1 < limit && word.Length > 1 && !word.StartsWith("ال") && QuoteWords.IsCommonWord(word) && !(word.Length > 3 && IsPrepositionLed(word)) // "للتسوق", not "لين"
            && !QuoteWords.IsFunctionWordWithClitic(word) && !QuoteWords.IsCue(t, n) && !QuoteWords.IsComplementizer(word)
            && !QuoteLexicon.TryRole(word, out _)
            && t.Gap(n + 1).Trim().IsEmpty && QuoteWords.IsNameWord(t, n + 1)
            && !QuoteWords.IsCommonWord(t.Word(n + 1))
            && !(word[^1] == 'ي' && t.Word(n + 1)[^1] == 'ي' && !QuoteWords.IsGivenName(t.Word(n + 1))); // "رسمي عراقي": adjectives
    }

    // Whether a eulogy starts at word k: a word, "الله" and a preposition with a pronoun ("رضي الله عنها", "صلى الله
    // عليه وسلم").
    private static bool StartsEulogy(in QuoteText t, int k)
        => k + 2 < t.Count && t.Word(k + 1).SequenceEqual("الله") && QuoteLexicon.Is(t.Word(k + 2), QuoteWordClass.Eulogy);

    // Whether a title follows right after word k-1 ("رأفت الصباغ المتحدث الرسمي للمركز"): its apposition, so word k-1,
    // written with the article (not "ألعاب", which Search normalization also spells ال), ends the name even when the
    // corpus also counts it as common.
    private static bool TitleFollows(in QuoteText t, int k)
        => k < t.Count && t.Gap(k).Trim().IsEmpty && QuoteLexicon.TryRole(t.Word(k), out SpeakerRole role) && role.Kind == SpeakerRoleKind.Title;

    // Whether what follows word k-1 leaves it a name's last word: anything but the بأن that follows an object
    // ("ووصف … كير ستارمر الهجوم بأنه"), while "اللاعب عمر السومه إن" and "الفنانة فاطمة زهرة العين إلى" end names.
    private static bool EndsBeforeNoObject(in QuoteText t, int k, int limit)
        => k >= limit || k >= t.Count || !t.Gap(k).Trim().IsEmpty || !(t.Word(k) is ['ب', 'ا', 'ن', ..] && QuoteWords.IsComplementizer(t.Word(k)[1..]));

    // Whether a phrase ends before word k: its limit, punctuation, or a word that opens what follows the speaker.
    private static bool EndsPhrase(in QuoteText t, int k, int limit)
    {
        if (k >= limit || k >= t.Count)
        {
            return true;
        }

        ReadOnlySpan<char> word = t.Word(k);
        return !t.Gap(k).Trim().IsEmpty || StartsEulogy(t, k) || QuoteWords.IsComplementizer(word) || QuoteWords.IsFunctionWord(word) || QuoteWords.IsCue(t, k)
            || QuoteWords.StartsTimePhrase(t, k) // "سهيل بن محمد المزروعي الأسبوع الماضي إن"
            || (word.Length > 1 && word[0] == 'ل' && !word.StartsWith("لا"))
            || (QuoteLexicon.TryRole(word, out SpeakerRole role) && role.Kind == SpeakerRoleKind.Title); // "صالح الحربي رئيس النادي", "جمال الشمايلة السفير الأردني"
    }
}
