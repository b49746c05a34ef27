using ArabicNews.Annotations;

namespace ArabicNews.Numbers;

/// <summary>What a <see cref="NumberExtractor"/> reports. Immutable: derive a variant with <c>with</c>.</summary>
[Immutable]
public sealed record NumberExtractionOptions
{
    /// <summary>
    /// Gets whether a dual noun counts as the number two ("عامين", "الدولتين", "جنديان"), for the nouns of
    /// <c>dual-nouns.tsv</c> (time units, people, countries, parties…). Default: false, as the dual is usually
    /// grammar rather than a quantity the reader counts.
    /// </summary>
    public bool IncludeDualNouns { get; init; }

    /// <summary>Gets the default options: dual nouns are not numbers.</summary>
    public static NumberExtractionOptions Default { get; } = new();
}
