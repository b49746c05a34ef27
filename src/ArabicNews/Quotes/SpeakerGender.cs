namespace ArabicNews.Quotes;

/// <summary>The gender (or number) a cue or title marks, by which continuations find their speaker.</summary>
internal enum SpeakerGender
{
    /// <summary>Not marked: any speaker.</summary>
    Unmarked,

    /// <summary>Masculine singular.</summary>
    Masculine,

    /// <summary>Feminine singular (also the agreement of bodies and of non-human plurals).</summary>
    Feminine,

    /// <summary>Plural.</summary>
    Plural,
}
