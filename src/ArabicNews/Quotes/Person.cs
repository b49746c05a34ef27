namespace ArabicNews.Quotes;

/// <summary>A person or body named in an article: the full name as written, its normalized words, its title.</summary>
internal sealed class Person(string name, string[] tokens, string? titleKey, SpeakerGender gender)
{
    /// <summary>The fullest name the article gives, as written but for quotation marks.</summary>
    public string Name { get; } = name;

    /// <summary>The normalized words of the name.</summary>
    public string[] Tokens { get; } = tokens;

    /// <summary>The normalized words of the title the person came with, joined by spaces.</summary>
    public string? TitleKey { get; } = titleKey;

    /// <summary>
    /// The normalized words of the title written after the name ("أشرف العربي وزير التخطيط المصري"), joined by
    /// spaces, once the article gives one.
    /// </summary>
    public string? AppositionKey { get; set; }

    /// <summary>The gender, once known.</summary>
    public SpeakerGender Gender { get; set; } = gender;

    /// <summary>Whether the person has been quoted (or only named).</summary>
    public bool Spoke { get; set; }

    /// <summary>The title as written.</summary>
    public string? Title { get; init; }

    /// <summary>Whether this is an institution rather than a person.</summary>
    public bool IsBody { get; init; }

    /// <summary>Where the article first names the person (normalized text).</summary>
    public int Position { get; init; }

    /// <summary>Where the person last spoke (normalized text), or -1.</summary>
    public int LastSpoke { get; set; } = -1;

    /// <summary>The start of the latest mention, or -1.</summary>
    public int MentionStart { get; private set; } = -1;

    /// <summary>The length of the latest mention.</summary>
    public int MentionLength { get; private set; }

    /// <summary>
    /// Whether a cue of <paramref name="gender"/> may have the person as its subject: any, for a plural or unmarked cue;
    /// else a person of that gender or of none known.
    /// </summary>
    public bool Agrees(SpeakerGender gender) =>
        gender is not (SpeakerGender.Masculine or SpeakerGender.Feminine) || Gender == gender || Gender == SpeakerGender.Unmarked;

    /// <summary>Records a mention and returns the person.</summary>
    public Person Mention(int start, int end)
    {
        MentionStart = start;
        MentionLength = end - start;
        return this;
    }
}
