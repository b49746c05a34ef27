using System;

namespace ArabicNews.Quotes;

// The extent of a speaker's phrase after a cue with no clause after it, and the name a phrase holds.
internal static partial class SpeakerPhrase
{
    /// <summary>
    /// How many words of a phrase after a cue are its subject: up to the first function word, for a cue with no
    /// clause after it.
    /// </summary>
    public static int Length(in QuoteText t, SpeakerRegistry people, int from, int to)
    {
        int k = from;
        while (k < to && k - from < 6 && !QuoteWords.IsFunctionWord(t.Word(k)) && !(k > from && QuoteWords.HasPronounSuffix(t.Word(k))))
        {
            k++;
        }

        // A title runs on to its holder's name: one the article gave after a title ("شدد عضو اللجنة الوطنية في مجلس
        // الغرف الدكتور خالد الدقل على"), else one after words a title may hold ("أكد مدير فرع جمعية الثقافة والفنون
        // بجدة عمر الجاسر اعتزاز الجمعية").
        if (from < to && QuoteLexicon.TryRole(t.Word(from), out SpeakerRole role) && role.Kind == SpeakerRoleKind.Title)
        {
            int reach = Math.Min(to, from + MaxTitleWords);
            int holderEnd = people.TitledNameWithin(t, k, reach) is var titled && titled > k ? titled : TitleHolderEnd(t, people, from, reach);
            k = Math.Max(k, holderEnd);
        }

        return k - from;
    }

    /// <summary>The most words a title and its holder's name run over after a cue with no clause after it.</summary>
    public const int MaxTitleWords = 14;

    // The end of the name of a title's holder in [from + 1, to): a name of two words or more that opens with a given
    // name or ends in a family name, after words that may go on a title (its nouns, adjectives, bodies and places, and في/عن/لدى/على before
    // them), or -1. A word that starts an object ("أهمية", "بجهود"), a cue, a clause, a pronoun, a digit, a date or
    // punctuation ends the title first.
    private static int TitleHolderEnd(in QuoteText t, SpeakerRegistry people, int from, int to)
    {
        for (int j = from + 1; j < to; j++)
        {
            ReadOnlySpan<char> word = t.Word(j);
            if (!t.Gap(j).Trim().IsEmpty || char.IsDigit(word[0]) || QuoteWords.IsCue(t, j) || QuoteWords.IsComplementizer(word)
                || QuoteWords.HasPronounSuffix(word) || QuoteWords.IsDateWord(word) || QuoteWords.IsRelativePronoun(word) || StartsObject(t, j)
                || (QuoteWords.IsFunctionWord(word) && word is not ("في" or "عن" or "لدي" or "علي")))
            {
                return -1; // "المشرف العام على العلاقات العامة … علي بن محمد الغامدي": على goes on a title too
            }

            bool preposition = word is "علي" && t.OriginalLastChar(j) != 'ي'; // على, not the name علي
            if (j > from + 1 && !preposition && (QuoteWords.IsGivenName(word) || QuoteWords.IsNameWord(t, j)) && PersonName.End(t, people, j, to, titled: true) is var end
                && end - j >= 2)
            {
                // A family name the corpus counts as one ends the name ("عمر الجاسر اعتزاز الجمعية": the object follows).
                for (int f = j + 1; f < end - 1; f++)
                {
                    if (QuoteWords.IsFamilyName(t.Word(f)))
                    {
                        end = f + 1;
                        break;
                    }
                }

                if (QuoteWords.IsGivenName(word) || QuoteWords.IsFamilyName(t.Word(end - 1)))
                {
                    return end; // a given name first, or a name word and a family name ("عمر الجاسر")
                }
            }

            if (word.Length > 3 && word[0] is 'ب' or 'ل' && !word.StartsWith("لل") && !word[1..].StartsWith("ال")
                && QuoteWords.IsCommonWord(word[1..]) && !QuoteLexicon.TryRole(word[1..], out _) && !QuoteLexicon.IsPlace(word[1..]))
            {
                return -1; // "أشاد الوزير بجهود": a preposition before a common noun opens the object
            }
        }

        return -1;
    }

    // The name in [from, to): a name that ends the phrase ("الرئيس الروسي فلاديمير بوتين"), else one that starts it
    // ("بوتين للتلفزيون الرسمي"), else the first of two words or more ("… إلى الأمم المتحدة إيل ها كيم الاتهامات"); a
    // name known from before ends where it ends ("روته موسكو").
    private static (int Start, int End) NameRun(in QuoteText t, SpeakerRegistry people, int from, int to)
    {
        (int Start, int End) atStart = (-1, -1), atEnd = (-1, -1), longest = (-1, -1), first = (-1, -1), afterTitles = (-1, -1);
        int k = from;
        while (k < to)
        {
            int end = PersonName.End(t, people, k, to, familyFirst: k == from || OnlyTitlesBetween(t, from, k));
            if (end == k)
            {
                k++;
                continue;
            }

            if (NamesBody(t, k) || (end - k == 1 && k > from && QuoteLexicon.IsPlace(t.Word(k)))
                || (k > from + 1 && t.Word(k - 1) is "باسم" && QuoteWords.IsSpokesperson(t.Word(k - 2)) && !t.Word(k).StartsWith("ال")))
            {
                // "المتحدث باسم بحاح": the person a spokesperson speaks for is not the spokesperson (a name after the
                // body, "المتحدث باسم الوزارة خالد العنزي", is; "البيت الأبيض جوش إرنست" holds one).
                // "لمركز الملك سلمان", "جامعة الملك سعود": the name is a body's; "مساعد أمين غرفة جدة": a place in a title
                // is no holder's name.
                k = end;
                continue;
            }

            if (k == from)
            {
                atStart = (k, end);
            }

            if (end == to)
            {
                atEnd = (k, end);
            }

            if (end - k >= 2 && longest.Start < 0)
            {
                longest = (k, end);
                // A given name right after honorifics with the article or abbreviated ("الدكتور", "د."), not after a
                // position that takes a complement ("رئيس نقابة صيادي السمك").
                if (k > from && OnlyTitlesBetween(t, from, k) && QuoteWords.IsGivenName(t.Word(k))
                    && (t.Word(k - 1).StartsWith("ال") || t.Word(k - 1).Length <= 2))
                {
                    afterTitles = (k, end);
                }
            }

            if (first.Start < 0)
            {
                first = (k, end);
            }

            k = end;
        }

        // A full name first is the speaker and what follows describes them ("بارول خاتون (35 عاما) احدى ساكني جيب
        // كوت بنجي الهندي"), and so is a full name right after honorifics ("الدكتور عبدالله بن عفيف رئيس قسم البرامج
        // في مؤسسة سالم بن محفوظ"); after a title, the name that ends the phrase ("المتحدث الرسمي لمركز الملك سلمان …
        // رأفت الصباغ").
        (int s, int e) = atStart.Start >= 0 && atStart.End - atStart.Start >= 2 ? atStart
            : afterTitles.Start >= 0 ? afterTitles
            : atEnd.Start >= 0 && (atEnd.End - atEnd.Start >= 2 || longest.Start < 0) ? atEnd
            : atStart.Start >= 0 && longest.Start < 0 ? atStart
            : longest.Start >= 0 ? longest : atEnd.Start >= 0 ? atEnd : atStart.Start >= 0 ? atStart : first;

        // "كوريا الجنوبية": a one-word name with the nisba adjectives after it.
        while (s >= 0 && e - s <= 2 && e < to && t.Word(e) is { Length: > 4 } adjective && adjective.StartsWith("ال") && (adjective.EndsWith("يه") || adjective[^1] == 'ي') && e - s < 3)
        {
            e++;
        }

        if (s >= 0 && e - s > 1 && people.IsKnownLastWord(t.Word(s)))
        {
            return (s, s + 1);
        }

        return (s, e);
    }
}
