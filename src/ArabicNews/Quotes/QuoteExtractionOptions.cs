using ArabicNews.Annotations;

namespace ArabicNews.Quotes;

/// <summary>What a <see cref="QuoteExtractor"/> reports. Immutable: derive a variant with <c>with</c>.</summary>
[Immutable]
public sealed record QuoteExtractionOptions
{
    /// <summary>Gets the confidence below which a quote is not reported. Default: 0 (every quote).</summary>
    public double MinimumConfidence { get; init; }

    /// <summary>Gets whether reported speech (a cue with أن/إن/بأن) is reported. Default: true.</summary>
    public bool IncludeIndirect { get; init; } = true;

    /// <summary>Gets the default options: every quote of every kind.</summary>
    public static QuoteExtractionOptions Default { get; } = new();
}
