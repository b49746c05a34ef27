using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>One report of a clustered quote.</summary>
/// <param name="DocumentId">The document that reports it.</param>
/// <param name="Start">The start of the quote in that document, as given in its <see cref="QuoteSource"/>.</param>
/// <param name="Length">The length of the quote in that document.</param>
/// <param name="Speaker">Who that document attributes it to, or null.</param>
/// <param name="Similarity">
/// How close this report is to the cluster's representative, in [0, 1]: the larger of the Jaccard similarity of
/// their word bigrams and the share of this report's bigrams that the representative holds (1 for the
/// representative and its exact copies).
/// </param>
[Immutable]
public readonly record struct QuoteClusterMember(string DocumentId, int Start, int Length, string? Speaker, double Similarity);
