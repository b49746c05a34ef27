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

    /// <summary>
    /// Gets whether two dates joined as a range ("من عام 1997 حتى عام 2010", "من 28 يوليو إلى 3 أغسطس") are one
    /// <see cref="DateKind.Range"/> mention even when no single month (for days) or year (for months and years) holds
    /// them. Default: false, a mention for each end, as the annotation guidelines count them; a range within one
    /// month or year ("من 5 إلى 10 يوليو", "من يناير حتى مارس 2014") is one mention either way.
    /// </summary>
    public bool JoinRangesAcrossPeriods { get; init; }

    /// <summary>Gets the default options: past-preferring, reading the date line, each end of a long range its own mention.</summary>
    public static DateExtractionOptions Default { get; } = new();
}
