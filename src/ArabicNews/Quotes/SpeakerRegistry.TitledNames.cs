using System;
using System.Collections.Generic;
using ArabicNews.Lexicons;

namespace ArabicNews.Quotes;

// The pass before reading: every person the article names after a title, and every later mention of them by the
// last word of the name.
internal sealed partial class SpeakerRegistry
{
    // Quotations longer than this, in characters, are speech, not a quoted name ("«الأمير محمد بن سلمان»").
    private const int SpeechLength = 60;

    /// <summary>
    /// Names the article gives with a title anywhere ("مع نظيرها الروسي سيرغي لافروف", "الرئيس الروسي فلاديمير
    /// بوتين"), known before anyone quotes them: their full names for short mentions, and the people that
    /// نظيره/نظيرته can point to.
    /// </summary>
    /// <param name="t">The article.</param>
    /// <param name="marks">The quotations' marks, in order: a title inside a speech ("مواطن عاش عزيزا") names no one.</param>
    public void RegisterTitledNames(in QuoteText t, List<(int Open, int Close)> marks)
    {
        int mark = 0;
        for (int k = 0; k < t.Count; k++)
        {
            ReadOnlySpan<char> word = t.Word(k);
            if (!QuoteLexicon.Roles.MayHoldWithArticle(word))
            {
                continue; // no title: most words, turned away before the quotations are looked at
            }

            int at = t.Tokens[k].Start;
            while (mark < marks.Count && marks[mark].Close < at)
            {
                mark++;
            }

            bool inSpeech = mark < marks.Count && marks[mark].Open < at && marks[mark].Close - marks[mark].Open > SpeechLength;
            if (inSpeech || !QuoteLexicon.TryRole(word, out SpeakerRole role) || role.Kind == SpeakerRoleKind.Body
                || (k > 0 && t.Gap(k).Trim().IsEmpty && IsNamedAfter(t.Word(k - 1))))
            {
                continue; // "جامعة الإمام محمد بن سعود": a university's name, not a person in the news
            }

            // The title's other words (with the article, or a second title: "الأمين العام", "المحلل السياسي الدكتور"),
            // then the name.
            int n = k + 1;
            while (n < t.Count && n - k <= 4 && t.Tokens[n].SpacedFromPrevious && t.Gap(n).Trim().IsEmpty
                && (t.Word(n).StartsWith("ال") || QuoteLexicon.Roles.TryGet(t.Word(n), out _)) && !QuoteWords.IsFamilyName(t.Word(n)))
            {
                n++;
            }

            int start = n;
            int end = start < t.Count && t.Gap(start).Trim().IsEmpty ? PersonName.End(t, this, start, t.Count, titled: true) : start;
            if (end - start >= 2 || (end - start == 1 && start > k + 1))
            {
                if (Known(t, start, end) is { } known)
                {
                    Again(known, t.Tokens[start].Start, t.Tokens[end - 1].End, role.Gender);
                }
                else
                {
                    Add(t, start, end, start > k ? k..start : null, role.Gender, isBody: false, clitic: 0).Spoke = false;
                }
            }

            k = Math.Max(k, end - 1);
        }

        // Every later mention of a named person by the last word of the name ("ويب", "الزويهري"): a filter by
        // length, first and last letter passes over most words, and the few people named so far are looked at in turn
        // (the first named with that last word wins), with no table to allocate.
        Span<ulong> lastWords = stackalloc ulong[16];
        bool any = false;
        foreach (Person person in _people)
        {
            if (!person.IsBody && person.Tokens.Length >= 2 && person.Tokens[^1].Length > 0)
            {
                int bit = LastWordBit(person.Tokens[^1]);
                lastWords[bit >> 6] |= 1UL << bit;
                any = true;
            }
        }

        if (!any)
        {
            return;
        }

        for (int k = 0; k < t.Count; k++)
        {
            ReadOnlySpan<char> word = t.Word(k);
            int bit = LastWordBit(word);
            if ((lastWords[bit >> 6] & (1UL << bit)) == 0)
            {
                continue;
            }

            foreach (Person person in _people)
            {
                if (!person.IsBody && person.Tokens.Length >= 2 && word.SequenceEqual(person.Tokens[^1]))
                {
                    AddMention(t.Tokens[k].Start, person);
                    break;
                }
            }
        }
    }

    // A place or institution named after a titled person, with or without the article and a clitic ("بجامعة").
    private static bool IsNamedAfter(ReadOnlySpan<char> word) =>
        QuoteLexicon.Words.TryGetWithArticle(word, out QuoteWordClass classes, out _) && (classes & QuoteWordClass.NamedAfter) != 0;

    // A word's bit in the filter of last words (0-1023): the top 10 bits of its fingerprint.
    private static int LastWordBit(ReadOnlySpan<char> word) => word.IsEmpty ? 0 : (int)(WordFingerprint.Of(word) >> 22);
}
