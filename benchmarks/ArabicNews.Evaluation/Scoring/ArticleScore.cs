using System.Collections.Generic;
using ArabicNews.Quotes;

namespace ArabicNews.Evaluation.Scoring;

/// <summary>The counts of one article, with the errors found in it (kept only when asked for).</summary>
public sealed class ArticleScore
{
    /// <summary>Creates an empty score for an article.</summary>
    public ArticleScore(string article, string source, Split split)
    {
        Article = article;
        Source = source;
        Split = split;
    }

    /// <summary>The article, <c>yyyy-MM-dd/index</c>.</summary>
    public string Article { get; }

    /// <summary>The outlet.</summary>
    public string Source { get; }

    /// <summary>The split.</summary>
    public Split Split { get; }

    /// <summary>Numbers; <see cref="Tally.Right"/> counts matched numbers whose unit agrees.</summary>
    public Tally Numbers { get; } = new();

    /// <summary>Matched numbers whose qualifier agrees.</summary>
    public int QualifierRight { get; set; }

    /// <summary>Dates.</summary>
    public Tally Dates { get; } = new();

    /// <summary>Quotes by annotated kind (recall side) and found kind (precision side); Right counts right speakers.</summary>
    public Dictionary<QuoteGroup, Tally> Quotes { get; } = new()
    {
        [QuoteGroup.DirectAndPartial] = new(),
        [QuoteGroup.Indirect] = new(),
        [QuoteGroup.Headline] = new(),
    };

    /// <summary>Found quotes that overlap an annotated not-quote (a name in quotation marks) and no quote.</summary>
    public int NamesAsQuotes { get; set; }

    /// <summary>Each found quote's confidence and evidence, and whether it matched an annotated quote with the right speaker.</summary>
    public List<(double Confidence, SpeakerEvidence Evidence, bool Right)> Calibration { get; } = [];

    /// <summary>One line per miss and false alarm (only when errors are kept).</summary>
    public List<string> Errors { get; } = [];
}

/// <summary>The groups of quote kinds the scorecard reports, as the targets name them.</summary>
public enum QuoteGroup
{
    /// <summary>Direct and partial quotes (in quotation marks).</summary>
    DirectAndPartial,

    /// <summary>Reported speech without marks.</summary>
    Indirect,

    /// <summary>Quotes in the headline.</summary>
    Headline,
}
