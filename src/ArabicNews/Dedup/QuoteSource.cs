using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>A quote to cluster, and where it was found.</summary>
/// <param name="DocumentId">The document the quote is in (a path, a URL, a key).</param>
/// <param name="Text">What was said: the quoted content, without the quotation marks.</param>
/// <param name="Speaker">Who said it, or null when unknown.</param>
/// <param name="Start">The start of the quote in its document, reported back as is.</param>
/// <param name="Length">The length of the quote in its document, reported back as is.</param>
[Immutable]
public readonly record struct QuoteSource(string DocumentId, string Text, string? Speaker, int Start, int Length);
