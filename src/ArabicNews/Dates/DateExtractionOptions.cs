using ArabicNews.Annotations;

namespace ArabicNews.Dates;

/// <summary>How a <see cref="DateExtractor"/> resolves what it finds. Immutable: derive a variant with <c>with</c>.</summary>
[Immutable]
public sealed record DateExtractionOptions
{
    /// <summary>Gets which way dates without a year resolve. Default: <see cref="DateDirection.PreferPast"/>, the news reading.</summary>
    public DateDirection Direction { get; init; }

    /// <summary>
    /// Gets whether a date line at the start of a document ("date 2024-11-02", "التاريخ: 2024-11-02") is its
    /// reference date when the caller gives none. Default: true.
    /// </summary>
    public bool ReadDateLine { get; init; } = true;

    /// <summary>Gets the default options: past-preferring, reading the date line.</summary>
    public static DateExtractionOptions Default { get; } = new();
}
