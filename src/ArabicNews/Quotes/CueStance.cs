namespace ArabicNews.Quotes;

/// <summary>What the cue of a quote says about how it was said.</summary>
public enum CueStance
{
    /// <summary>Saying, adding, explaining: قال، أضاف، أوضح، أشار، ذكر.</summary>
    Neutral = 0,

    /// <summary>Affirming or stressing: أكد، شدد، أشاد.</summary>
    Affirming = 1,

    /// <summary>Denying: نفى، أنكر.</summary>
    Denying = 2,

    /// <summary>Warning: حذر.</summary>
    Warning = 3,

    /// <summary>Accusing: اتهم.</summary>
    Accusing = 4,

    /// <summary>Calling for something: دعا، طالب، حث.</summary>
    Calling = 5,
}
