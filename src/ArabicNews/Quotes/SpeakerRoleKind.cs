namespace ArabicNews.Quotes;

/// <summary>The kinds of role words in the speaker-title lexicon.</summary>
internal enum SpeakerRoleKind
{
    /// <summary>A person's title or occupation before the name ("الرئيس", "المهندس").</summary>
    Title,

    /// <summary>An institution, whose phrase is itself the speaker ("وزارة الصحة", "مصادر").</summary>
    Body,

    /// <summary>The other party of a meeting (نظيره), resolved to a person named before.</summary>
    Counterpart,
}
