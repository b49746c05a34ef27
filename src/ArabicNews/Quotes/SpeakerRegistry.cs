using System;
using System.Collections.Generic;
using ArabicNews.Normalization;

namespace ArabicNews.Quotes;

/// <summary>
/// The people and bodies an article names, in order: a name given once in full is found again by any of its words,
/// a role by the title it came with, a body by its head noun, and a cue with no subject by the last speaker of its
/// gender. Bounded (<see cref="MaxPeople"/>), so that any text is read in linear time.
/// </summary>
internal sealed class SpeakerRegistry
{
    /// <summary>The most people kept; an article names far fewer.</summary>
    public const int MaxPeople = 256;

    private readonly List<Person> _people = [];

    /// <summary>The speaker of the latest attributed statement.</summary>
    public Person? LastSpeaker { get; set; }

    /// <summary>Adds the person of the name at words [<paramref name="from"/>, <paramref name="to"/>), or finds them when named before.</summary>
    public Person Register(in QuoteText t, int from, int to, string? title, SpeakerGender gender, bool isBody = false)
    {
        string[] tokens = Words(t, from, to);
        int start = t.Tokens[from].Start, end = t.Tokens[to - 1].End;
        foreach (Person person in _people)
        {
            if (Contains(person.Tokens, tokens))
            {
                person.Spoke = true;
                person.Gender = person.Gender == SpeakerGender.Unmarked ? gender : person.Gender;
                return person.Mention(start, end);
            }
        }

        var added = new Person(t.OriginalText(start, end), tokens, title is null ? null : TitleKey(title), gender is SpeakerGender.Plural ? SpeakerGender.Unmarked : gender)
        {
            Spoke = true,
            Title = title,
            IsBody = isBody,
            Position = start,
        };
        if (_people.Count == MaxPeople)
        {
            _people.RemoveAt(0);
        }

        _people.Add(added);
        return added.Mention(start, end);
    }

    /// <summary>The person named before whose name holds the words [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public Person? Known(in QuoteText t, int from, int to)
    {
        string[] tokens = Words(t, from, to);
        foreach (Person person in _people)
        {
            if (Contains(person.Tokens, tokens))
            {
                return person;
            }
        }

        return null;
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

    /// <summary>
    /// A role named before with a name: "مستشار الأمن القومي" for "مستشار الأمن القومي في كوريا الجنوبية، شين وون سيك".
    /// Every word of the role must begin the title the person was named with: "وزير الدفاع البريطاني" is not "وزير
    /// الدفاع الأمريكي".
    /// </summary>
    public Person? FindByTitle(in QuoteText t, int from, int to)
    {
        string head = string.Join(' ', Words(t, from, Math.Min(to, from + 6)));
        Person? best = null;
        foreach (Person person in _people)
        {
            if (person.TitleKey is { } key && (key == head || key.StartsWith(head + " ", StringComparison.Ordinal)) && person.Position < t.Tokens[from].Start)
            {
                best = best is null || person.Position > best.Position ? person : best;
            }
        }

        return best;
    }

    /// <summary>
    /// Names the article gives with a title anywhere ("مع نظيرها الروسي سيرغي لافروف", "الرئيس الروسي فلاديمير
    /// بوتين"), known before anyone quotes them: their full names for short mentions, and the people that
    /// نظيره/نظيرته can point to.
    /// </summary>
    public void RegisterTitledNames(in QuoteText t)
    {
        for (int k = 0; k < t.Count; k++)
        {
            if (!QuoteLexicon.Roles.TryGetWithArticle(t.Word(k), out SpeakerRole role, out _) || role.Kind == SpeakerRoleKind.Body)
            {
                continue;
            }

            int n = k + 1;
            while (n < t.Count && n - k <= 4 && t.Tokens[n].SpacedFromPrevious && t.Word(n).StartsWith("ال"))
            {
                n++;
            }

            int start = n;
            while (n < t.Count && n - start < 4 && t.Tokens[n].SpacedFromPrevious && QuoteWords.IsNameWord(t.Word(n)))
            {
                n++;
            }

            if (n - start >= 2 && Known(t, start, n) is null)
            {
                string title = t.OriginalText(t.Tokens[k].Start, t.Tokens[start - 1].End);
                Person person = Register(t, start, n, start > k ? title : null, role.Gender);
                person.Spoke = false;
            }

            k = Math.Max(k, n - 1);
        }
    }

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
                if (person.Name.Length > speaker.Name.Length && person.Tokens.Length > 1 && person.Name.Contains(speaker.Name, StringComparison.Ordinal))
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
    private static string TitleKey(string title) =>
        string.Join(' ', ArabicNormalizer.Search.Normalize(title).Split([' ', '(', ')', '"', '،', ',', '-'], StringSplitOptions.RemoveEmptyEntries));

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
}
