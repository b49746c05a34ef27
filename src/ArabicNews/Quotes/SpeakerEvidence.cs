namespace ArabicNews.Quotes;

/// <summary>
/// How a quote's speaker was found. Each kind of evidence has its own measured accuracy, which becomes the
/// quote's <see cref="QuoteMention.Confidence"/> (see the calibration table in docs/quotes.md).
/// </summary>
public enum SpeakerEvidence
{
    /// <summary>No speaker was found.</summary>
    None,

    /// <summary>A person's name after the cue, with or without a title ("قال الرئيس الروسي فلاديمير بوتين").</summary>
    Name,

    /// <summary>An institution, a country or a group after the cue ("وزارة الدفاع الروسية", "مصادر أمنية").</summary>
    Body,

    /// <summary>A role or a body named again, resolved to its earlier mention ("وأضاف مستشار الأمن القومي", "الوزارة").</summary>
    Reference,

    /// <summary>A counterpart resolved by gender and position ("وأضافت نظيرته الكورية الشمالية").</summary>
    Counterpart,

    /// <summary>The name right before the cue ("لكن كييف ترى أن").</summary>
    SubjectBeforeCue,

    /// <summary>A cue with no subject, continuing the previous speaker of its gender ("وأضافت", "وتابع").</summary>
    Continuation,

    /// <summary>A participle after a main clause, whose subject speaks ("قائلاً", "مشيراً إلى أن").</summary>
    MainClause,

    /// <summary>No cue at all: the quote is given to the last speaker, a guess.</summary>
    LastSpeaker,

    /// <summary>A headline's speaker before its colon ("بوتين: …").</summary>
    Headline,

    /// <summary>An interview's answer, the paragraph after a question: the person the article interviews speaks.</summary>
    Interview,
}
