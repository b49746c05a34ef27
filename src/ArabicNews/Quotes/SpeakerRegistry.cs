using System;
using System.Collections.Generic;
using ArabicNews.Lexicons;

namespace ArabicNews.Quotes;

/// <summary>
/// The people and bodies an article names, in order: a name given once in full is found again by any of its words,
/// a role by the title it came with, a body by its head noun, and a cue with no subject by the last speaker of its
/// gender. Bounded (<see cref="MaxPeople"/>), so that any text is read in linear time.
/// </summary>
internal sealed partial class SpeakerRegistry
{
    /// <summary>The most people kept; an article names far fewer.</summary>
    public const int MaxPeople = 256;

    /// <summary>The most mentions a look back passes over: the people of the last few sentences, whatever the text's size.</summary>
    public const int MaxLookBack = 64;

    /// <summary>The most mentions kept.</summary>
    public const int MaxMentions = 4096;

    private readonly List<Person> _people = [];

    // One bit for every word of every person's name (never cleared: a person let go only costs a look), so that a word
    // no name holds is turned away without comparing it to each name.
    private readonly ulong[] _nameTokens = new ulong[16];

    // Where people are mentioned (normalized positions), in order.
    private readonly List<(int Start, Person Person)> _mentions = [];

    /// <summary>The speaker of the latest attributed statement.</summary>
    public Person? LastSpeaker { get; set; }

    /// <summary>Adds the person of the name at words [<paramref name="from"/>, <paramref name="to"/>), or finds them when named before.</summary>
    /// <param name="t">The article.</param>
    /// <param name="from">The first word of the name.</param>
    /// <param name="to">The end of the name.</param>
    /// <param name="title">The words of the title it came with, if any.</param>
    /// <param name="gender">The gender the cue or title marks.</param>
    /// <param name="isBody">Whether it is an institution.</param>
    /// <param name="clitic">Characters of the first word that are a preposition, not the name ("للروايات" after وفقا).</param>
    public Person Register(in QuoteText t, int from, int to, Range? title, SpeakerGender gender, bool isBody = false, int clitic = 0)
    {
        if (clitic == 0 && QuoteWords.IsConjoinedNoun(t.Word(from)))
        {
            clitic = 1; // "ووزارة الداخلية إذ تعلن", "والتقارير تشير": the conjunction is no part of the name
        }

        // The words as they stand are compared in place: no words are copied for a person named before.
        return clitic == 0 && Known(t, from, to) is { } known
            ? Again(known, t.Tokens[from].Start, t.Tokens[to - 1].End, gender)
            : Add(t, from, to, title, gender, isBody, clitic);
    }

    // A person not named before, unless the name less its clitic is ("للروايات" after وفقا: ل and الروايات).
    private Person Add(in QuoteText t, int from, int to, Range? title, SpeakerGender gender, bool isBody, int clitic)
    {
        int start = t.Tokens[from].Start + clitic, end = t.Tokens[to - 1].End;
        string[] tokens = Words(t, from, to);
        tokens[0] = tokens[0][clitic..];

        // "للروايات" after وفقا is ل and الروايات: the article's alif, elided after ل, is the name's.
        bool elided = clitic == 1 && tokens[0].StartsWith('ل') && tokens[0].Length > 2;
        if (elided)
        {
            tokens[0] = "ا" + tokens[0];
        }

        if (clitic > 0)
        {
            foreach (Person person in _people)
            {
                if (Contains(person.Tokens, tokens))
                {
                    return Again(person, start, end, gender);
                }
            }
        }

        var added = new Person((elided ? "ا" : "") + WithoutMarks(t.OriginalText(start, end)), tokens, title is { } words ? TitleKey(t, words) : null, gender is SpeakerGender.Plural ? SpeakerGender.Unmarked : gender)
        {
            Spoke = true,
            Title = title is { } written ? t.OriginalWords(written.Start.Value, written.End.Value) : null,
            IsBody = isBody,
            Position = start,
        };
        if (_people.Count == MaxPeople)
        {
            _people.RemoveAt(0);
        }

        _people.Add(added);
        if (!isBody)
        {
            foreach (string token in tokens)
            {
                int bit = TokenBit(token);
                _nameTokens[bit >> 6] |= 1UL << bit;
            }
        }

        AddMention(start, added);
        return added.Mention(start, end);
    }

    // A name as written, less the quotation marks around a part of it ("موقع "سكاي نيوز عربية"" is موقع سكاي نيوز عربية).
    private static string WithoutMarks(string name) =>
        name.AsSpan().IndexOfAny(Marks) < 0 ? name : string.Join(' ', name.Split(Marks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static readonly char[] Marks = ['"', '«', '»', '“', '”', '„'];

    /// <summary>
    /// The subject of a sentence for a participle after its main clause ("…، مشيراً إلى أن"): the first person or body
    /// mentioned from <paramref name="sentenceStart"/> and before <paramref name="before"/>, if any.
    /// </summary>
    public Person? SubjectOf(int sentenceStart, int before)
    {
        int first = FirstMentionAtOrAfter(sentenceStart);
        return first < _mentions.Count && _mentions[first].Start < before ? _mentions[first].Person : null;
    }

    /// <summary>
    /// The end (a word index) of a person's name that a title introduced and that starts among words [from, to) with
    /// nothing but words between (no punctuation), or -1.
    /// </summary>
    public int TitledNameWithin(in QuoteText t, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (k > from && !t.Gap(k).Trim().IsEmpty)
            {
                return -1;
            }

            int at = FirstMentionAtOrAfter(t.Tokens[k].Start);
            if (at < _mentions.Count && _mentions[at].Start == t.Tokens[k].Start && _mentions[at].Person is { IsBody: false, Title: not null } person)
            {
                int end = k + 1;
                while (end < t.Count && end - k < person.Tokens.Length && t.Gap(end).Trim().IsEmpty)
                {
                    end++;
                }

                return end;
            }
        }

        return -1;
    }

    private int FirstMentionAtOrAfter(int position) =>
        SortedPositions.FirstAtOrAfter(_mentions, position, static m => m.Start);

    /// <summary>
    /// The person (not a body) mentioned last before <paramref name="before"/>, and at or after <paramref name="since"/>
    /// (text positions): who "معاليه" or "الأخير" is, or whom a relative clause after a comma is about ("…، والذي أشار").
    /// </summary>
    public Person? LastPersonBefore(int before, int since = 0)
    {
        for (int m = FirstMentionAtOrAfter(before) - 1, seen = 0; m >= 0 && _mentions[m].Start >= since && seen < MaxLookBack; m--, seen++)
        {
            if (!_mentions[m].Person.IsBody)
            {
                return _mentions[m].Person;
            }
        }

        return null;
    }

    /// <summary>
    /// The person named last before <paramref name="before"/> whose title holds one of <paramref name="titleWords"/>
    /// (with or without the article): "سموه" is the prince, not the king named after him.
    /// </summary>
    public Person? LastPersonTitled(int before, string[] titleWords)
    {
        for (int m = FirstMentionAtOrAfter(before) - 1, seen = 0; m >= 0 && seen < MaxLookBack; m--, seen++)
        {
            if (!_mentions[m].Person.IsBody && _mentions[m].Person.TitleKey is { } key && HoldsWord(key, titleWords))
            {
                return _mentions[m].Person;
            }
        }

        return null;
    }

    private static bool HoldsWord(string key, string[] words)
    {
        foreach (string part in key.Split(' '))
        {
            ReadOnlySpan<char> bare = part.StartsWith("ال", StringComparison.Ordinal) ? part.AsSpan(2) : part;
            foreach (string word in words)
            {
                if (bare.SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void AddMention(int start, Person person)
    {
        if (_mentions.Count == MaxMentions)
        {
            return;
        }

        // The mentions stay in order of position; most come last, but the titled names read ahead come before.
        int at = _mentions.Count == 0 || _mentions[^1].Start <= start
            ? _mentions.Count
            : SortedPositions.FirstAtOrAfter(_mentions, start + 1, static m => m.Start);

        if (at > 0 && _mentions[at - 1].Start == start)
        {
            _mentions[at - 1] = (start, person);
            return;
        }

        _mentions.Insert(at, (start, person));
    }

    /// <summary>The person named before whose name holds the words [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public Person? Known(in QuoteText t, int from, int to)
    {
        foreach (Person person in _people)
        {
            if (Contains(person.Tokens, t, from, to))
            {
                return person;
            }
        }

        return null;
    }

    // A person named again: speaking now, with the gender the cue gives if none was known.
    private Person Again(Person person, int start, int end, SpeakerGender gender)
    {
        person.Spoke = true;
        person.Gender = person.Gender == SpeakerGender.Unmarked ? gender : person.Gender;
        AddMention(start, person);
        return person.Mention(start, end);
    }

    /// <summary>
    /// How many words from <paramref name="k"/> on repeat a person's name as the article gave it ("فان غال" for "لويس فان
    /// غال"), or 0.
    /// </summary>
    public int KnownRunLength(in QuoteText t, int k, int limit)
    {
        if (k >= limit || t.Word(k).IsEmpty || (_nameTokens[TokenBit(t.Word(k)) >> 6] & (1UL << TokenBit(t.Word(k)))) == 0)
        {
            return 0; // no person's name holds the word: most words
        }

        int best = 0;
        foreach (Person person in _people)
        {
            if (person.IsBody)
            {
                continue;
            }

            for (int s = 0; s < person.Tokens.Length; s++)
            {
                int j = 0;
                while (k + j < limit && s + j < person.Tokens.Length && t.Word(k + j).SequenceEqual(person.Tokens[s + j]) && (j == 0 || t.Gap(k + j).Trim().IsEmpty))
                {
                    j++;
                }

                // One word alone counts when it ends the name (a family name) and is no common word.
                if (j > 1 || (j == 1 && s == person.Tokens.Length - 1 && person.Tokens.Length > 1 && !QuoteWords.IsCommonWord(person.Tokens[s])))
                {
                    best = Math.Max(best, j);
                }
            }
        }

        return best;
    }

    /// <summary>Whether a multi-word name ends with <paramref name="word"/> (a family name used alone).</summary>
    public bool IsKnownLastWord(ReadOnlySpan<char> word)
    {
        foreach (Person person in _people)
        {
            if (!person.IsBody && person.Tokens.Length > 0 && word.SequenceEqual(person.Tokens[^1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The previous speaker of the cue's gender (any, for a plural or unmarked cue).</summary>
    public Person? Continue(SpeakerGender gender)
    {
        if (gender is SpeakerGender.Masculine or SpeakerGender.Feminine)
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

        return LastSpeaker;
    }

    /// <summary>
    /// The subject of a cue with none of its own ("فأكد أن", "وأضاف"): a person the article mentions from
    /// <paramref name="since"/> on, after the last speaker of the cue's gender last spoke (the one just asked or
    /// named), else that last speaker.
    /// </summary>
    public Person? Continue(SpeakerGender gender, int since, int before)
    {
        Person? spoken = Continue(gender);
        int after = spoken?.LastSpoke ?? -1;
        for (int m = FirstMentionAtOrAfter(before) - 1, seen = 0; m >= 0 && _mentions[m].Start >= since && seen < MaxLookBack; m--, seen++)
        {
            (int start, Person person) = _mentions[m];
            if (start < before && start > after && !person.IsBody && person.Title is not null && !ReferenceEquals(person, spoken)
                && person.Agrees(gender))
            {
                return person;
            }
        }

        return spoken ?? LastPersonBefore(before);
    }

    /// <summary>نظيره/نظيرته: the most recent person named before <paramref name="before"/>, other than the last speaker, of the counterpart's gender.</summary>
    public Person? Counterpart(SpeakerGender gender, int before)
    {
        Person? best = null;
        foreach (Person person in _people)
        {
            if (!ReferenceEquals(person, LastSpeaker) && !person.IsBody && person.Tokens.Length >= 2 && person.Position < before
                && (gender == SpeakerGender.Unmarked || person.Gender == gender || person.Gender == SpeakerGender.Unmarked))
            {
                best = best is null || person.Position > best.Position ? person : best;
            }
        }

        return best;
    }

    /// <summary>A body named before by its head noun: "الوكالة" for "وكالة الأنباء المركزية".</summary>
    public Person? FindBody(ReadOnlySpan<char> headWithoutArticle)
    {
        for (int k = _people.Count - 1; k >= 0; k--)
        {
            if (_people[k].IsBody && _people[k].Tokens.Length > 1 && headWithoutArticle.SequenceEqual(_people[k].Tokens[0]))
            {
                return _people[k];
            }
        }

        return null;
    }

    /// <summary>The person (not a body) the article named first with a title or a full name, if any.</summary>
    public Person? FirstPerson()
    {
        Person? first = null;
        foreach (Person person in _people)
        {
            if (!person.IsBody && (person.Title is not null || person.Tokens.Length >= 2) && (first is null || person.Position < first.Position))
            {
                first = person;
            }
        }

        return first;
    }

    /// <summary>Whether a person or body the article names begins with <paramref name="word"/> ("باركليز").</summary>
    public bool NamesBeginning(ReadOnlySpan<char> word)
    {
        foreach (Person person in _people)
        {
            if (person.Tokens.Length > 0 && word.SequenceEqual(person.Tokens[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A role named before with a name: "مستشار الأمن القومي" for "مستشار الأمن القومي في كوريا الجنوبية، شين وون سيك".
    /// Every word of the role must begin the title the person was named with: "وزير الدفاع البريطاني" is not "وزير
    /// الدفاع الأمريكي".
    /// </summary>
    public Person? FindByTitle(in QuoteText t, int from, int to)
    {
        string[] words = Words(t, from, Math.Min(to, from + 6));
        string head = string.Join(' ', words);
        string? shared = SharedTitle(words);
        Person? best = null;
        foreach (Person person in _people)
        {
            if ((HasTitle(person.TitleKey, head) || HasTitle(person.AppositionKey, head)
                    || (to == from + 1 && head.Length > 4 && head.StartsWith("ال", StringComparison.Ordinal)
                        && (HasTitle(person.AppositionKey, head[2..]) || HasTitle(person.TitleKey, head[2..])))
                    || (shared is not null && (HasTitle(person.TitleKey, shared) || HasTitle(person.AppositionKey, shared))))
                && person.Position < t.Tokens[from].Start)
            {
                best = best is null || person.Position > best.Position ? person : best;
            }
        }

        return best;
    }

    /// <summary>
    /// Records the title the article writes right after a person's name, words [<paramref name="from"/>,
    /// <paramref name="to"/>), so that the title alone names the person later ("وأضاف وزير التخطيط").
    /// </summary>
    public void SetApposition(Person person, in QuoteText t, int from, int to)
    {
        if (!person.IsBody && to > from)
        {
            person.AppositionKey ??= string.Join(' ', Words(t, from, to));
        }
    }

    // Whether `inner` is a run of whole words of `outer` ("روته" in "مارك روته", not "عبدالعزيز" in "عبدالعزيزي").
    private static bool ContainsWords(string outer, string inner)
    {
        for (int at = outer.IndexOf(inner, StringComparison.Ordinal); at >= 0; at = outer.IndexOf(inner, at + 1, StringComparison.Ordinal))
        {
            int end = at + inner.Length;
            if ((at == 0 || !char.IsLetter(outer[at - 1])) && (end == outer.Length || !char.IsLetter(outer[end])))
            {
                return true;
            }
        }

        return false;
    }

    // The words of a title before a place or body it names with a preposition ("المدير العام للعلاقات الخارجية" of
    // "المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية"), when at least three words come before it: the same
    // role named before with another wording of its place ("… بالوزارة") is the same person. Else null.
    private static string? SharedTitle(string[] words)
    {
        for (int k = 3; k < words.Length; k++)
        {
            if (words[k] == "في" || (words[k].Length > 4 && words[k][0] == 'ب' && words[k].AsSpan(1).StartsWith("ال")))
            {
                return string.Join(' ', words, 0, k);
            }
        }

        return null;
    }

    // Whether a title key is the title head or begins with it, word by word.
    private static bool HasTitle(string? key, string head) =>
        key is not null && (key == head || key.StartsWith(head + " ", StringComparison.Ordinal));

    /// <summary>Short names given before the full one ("روته" in a headline) take the full name found later.</summary>
    public void Canonicalize(List<QuoteMention> found)
    {
        for (int q = 0; q < found.Count; q++)
        {
            if (found[q].Speaker is not { } speaker)
            {
                continue;
            }

            foreach (Person person in _people)
            {
                if (person.Name.Length > speaker.Name.Length && person.Tokens.Length > 1 && ContainsWords(person.Name, speaker.Name))
                {
                    found[q] = found[q] with { Speaker = speaker with { Name = person.Name } };
                    break;
                }
            }
        }
    }

    private static string[] Words(in QuoteText t, int from, int to)
    {
        var words = new string[to - from];
        for (int k = from; k < to; k++)
        {
            words[k - from] = t.Word(k).ToString();
        }

        return words;
    }

    // The normalized words of a title, without punctuation: "مستشار الامن القومي في كوريا الجنوبيه".
    // A word's bit in the filter of name words (0-1023): the top 10 bits of its fingerprint.
    private static int TokenBit(ReadOnlySpan<char> word) => word.IsEmpty ? 0 : (int)(WordFingerprint.Of(word) >> 22);

    // The title's words, normalized, one space between: built from the article's words in one string, not normalized
    // again from the title as written.
    private static string TitleKey(in QuoteText t, Range words)
    {
        int from = words.Start.Value, to = words.End.Value, length = -1;
        for (int k = from; k < to; k++)
        {
            length += t.Word(k).Length + 1;
        }

        if (length <= 0)
        {
            return "";
        }

        Span<char> key = length <= 256 ? stackalloc char[256] : new char[length];
        int at = 0;
        for (int k = from; k < to; k++)
        {
            if (k > from)
            {
                key[at++] = ' ';
            }

            t.Word(k).CopyTo(key[at..]);
            at += t.Word(k).Length;
        }

        return new string(key[..length]);
    }

    // Whether `inner` appears in `outer` word by word ("روته" in "مارك روته").
    // Whether the words [from, to) of the text are a run of `outer`, compared in place.
    private static bool Contains(string[] outer, in QuoteText t, int from, int to)
    {
        int length = to - from;
        if (length <= 0 || length > outer.Length)
        {
            return false;
        }

        for (int s = 0; s + length <= outer.Length; s++)
        {
            bool match = true;
            for (int k = 0; k < length && match; k++)
            {
                match = t.Word(from + k).SequenceEqual(outer[s + k]);
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

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
}
