namespace ArabicNews.Evaluation.Scoring;

/// <summary>
/// Counts for one kind of item over some articles: the recall side (annotated items, those matched) and the precision
/// side (found items, those matching an annotated item, those neutral because they touch only optional ones).
/// </summary>
public sealed class Tally
{
    /// <summary>Required annotated items.</summary>
    public int Required { get; set; }

    /// <summary>Required annotated items matched by a found item.</summary>
    public int Matched { get; set; }

    /// <summary>Matched items whose secondary attribute agrees (a quote's speaker, a number's unit).</summary>
    public int Right { get; set; }

    /// <summary>Found items.</summary>
    public int Found { get; set; }

    /// <summary>Found items that match an annotated item.</summary>
    public int FoundMatched { get; set; }

    /// <summary>Found items that touch only optional items (or, for numbers, lie in a date): neither right nor wrong.</summary>
    public int FoundNeutral { get; set; }

    /// <summary>Matched / required (1 when nothing is required).</summary>
    public double Recall => Required == 0 ? 1 : (double)Matched / Required;

    /// <summary>Found and matching / found and not neutral (1 when nothing counts).</summary>
    public double Precision => Found - FoundNeutral == 0 ? 1 : (double)FoundMatched / (Found - FoundNeutral);

    /// <summary>Right / matched: the share of matched items whose secondary attribute agrees.</summary>
    public double RightShare => Matched == 0 ? 1 : (double)Right / Matched;

    /// <summary>Adds another tally's counts to this one.</summary>
    public void Add(Tally other)
    {
        Required += other.Required;
        Matched += other.Matched;
        Right += other.Right;
        Found += other.Found;
        FoundMatched += other.FoundMatched;
        FoundNeutral += other.FoundNeutral;
    }
}
