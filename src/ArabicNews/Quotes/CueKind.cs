namespace ArabicNews.Quotes;

/// <summary>The grammatical kinds of speech cues in the cue lexicon.</summary>
internal enum CueKind
{
    /// <summary>A finite verb of saying: its subject is the speaker ("قال الوزير").</summary>
    Verb,

    /// <summary>A participle after a main clause: the main clause's subject is the speaker ("قائلا", "مضيفا").</summary>
    Participle,

    /// <summary>A source preposition: what follows is the source ("بحسب", "نقلا عن").</summary>
    Source,

    /// <summary>A verb that is a cue only when a clause or quotation follows it (بيّن is also the preposition بين).</summary>
    ClauseVerb,
}
