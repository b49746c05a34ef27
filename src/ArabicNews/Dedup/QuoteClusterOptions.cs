using System;
using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>
/// When a <see cref="QuoteClusterer"/> holds two quotes for one. Quotes are compared as sets of word bigrams of their
/// Dedup-normalized words, with the clitics و/ف and ب/ك/ل before the article dropped. Immutable: derive a variant
/// with <c>with</c>.
/// </summary>
[Immutable]
public sealed record QuoteClusterOptions
{
    private readonly int _minimumWords = 4;
    private readonly double _threshold = 0.6;
    private readonly double _containmentThreshold = 0.8;
    private readonly int _maximumBigramFrequency = 1000;

    /// <summary>Gets the number of words, at least 2, below which a quote is too short to cluster ("أخبار كاذبة"). Default: 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 2.</exception>
    public int MinimumWords
    {
        get => _minimumWords;
        init => _minimumWords = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, ArabicNewsMessages.QuoteMinimumWords);
    }

    /// <summary>Gets the Jaccard similarity of word bigrams, in (0, 1], at or above which two quotes are one (small edits). Default: 0.6.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1].</exception>
    public double Threshold
    {
        get => _threshold;
        init => _threshold = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, ArabicNewsMessages.SimilarityThreshold);
    }

    /// <summary>
    /// Gets the share of the shorter quote's word bigrams, in (0, 1], that the longer one must hold for the shorter
    /// to be a truncation of it. Default: 0.8.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1].</exception>
    public double ContainmentThreshold
    {
        get => _containmentThreshold;
        init => _containmentThreshold = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, ArabicNewsMessages.ContainmentThreshold);
    }

    /// <summary>
    /// Gets the number of distinct quotes, at least 1, above which a word bigram is too common to propose pairs to
    /// compare (a stock phrase). Such bigrams still count in the similarity; two quotes that share only such bigrams
    /// are not compared. Default: 1000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaximumBigramFrequency
    {
        get => _maximumBigramFrequency;
        init => _maximumBigramFrequency = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, ArabicNewsMessages.QuoteBigramFrequency);
    }

    /// <summary>
    /// Gets whether a cluster must span at least two documents; when false, a quote repeated within one document
    /// forms a cluster too. Default: true.
    /// </summary>
    public bool RequireDifferentDocuments { get; init; } = true;

    /// <summary>Gets the default options.</summary>
    public static QuoteClusterOptions Default { get; } = new();
}
