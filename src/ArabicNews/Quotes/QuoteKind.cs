namespace ArabicNews.Quotes;

/// <summary>How a quote renders what was said.</summary>
public enum QuoteKind
{
    /// <summary>Words inside quotation marks that somebody said or wrote: "وقال روته: “…”".</summary>
    Direct = 0,

    /// <summary>A quoted fragment inside reported speech: "ووصفتها بأنها “أخبار كاذبة”".</summary>
    Partial = 1,

    /// <summary>Reported speech, a cue and أن/إن/بأن with the clause after it: "وأكد بوتين أن …".</summary>
    Indirect = 2,

    /// <summary>A headline of a speaker, a colon and a statement: "بوتين: اتفقنا مع …".</summary>
    Headline = 3,
}
