using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>
/// An index of document signatures that finds the near duplicates of a new document: the in-memory
/// <see cref="InMemoryNearDuplicateIndex"/> by default, or a store shared by many service instances. Every
/// implementation is safe to use from many threads at once.
/// </summary>
public interface INearDuplicateIndex
{
    /// <summary>Gets the options the index compares signatures with; signatures added or queried must be made with them.</summary>
    DedupOptions Options { get; }

    /// <summary>Adds a document.</summary>
    /// <param name="id">The caller's id of the document, unique in the index.</param>
    /// <param name="signature">Its signature.</param>
    /// <param name="timestamp">When it was published (the time window counts from the newest).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when added; false when the id is already in the index (nothing changes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="signature"/> is null.</exception>
    /// <exception cref="ArgumentException">The signature was made with other options.</exception>
    ValueTask<bool> AddAsync(string id, DocumentSignature signature, DateTimeOffset timestamp, CancellationToken cancellationToken = default);

    /// <summary>Finds the indexed documents most similar to a signature, best first.</summary>
    /// <param name="signature">The signature of the document to look up.</param>
    /// <param name="maxResults">The most documents to return.</param>
    /// <param name="minimumSimilarity">The least estimated similarity of a returned document; <see cref="DedupOptions.Threshold"/> when null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The matches, by decreasing similarity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signature"/> is null.</exception>
    /// <exception cref="ArgumentException">The signature was made with other options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxResults"/> is not positive, or <paramref name="minimumSimilarity"/> is outside [0, 1].</exception>
    ValueTask<IReadOnlyList<DuplicateMatch>> QueryAsync(DocumentSignature signature, int maxResults, double? minimumSimilarity = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a document.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when it was in the index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    ValueTask<bool> RemoveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes every document published before <paramref name="cutoff"/>.</summary>
    /// <param name="cutoff">The oldest timestamp kept.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many documents were removed.</returns>
    ValueTask<int> EvictOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>Counts the indexed documents.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of documents.</returns>
    ValueTask<int> CountAsync(CancellationToken cancellationToken = default);
}

/// <summary>An indexed document similar to the one looked up.</summary>
/// <param name="Id">The caller's id of the indexed document.</param>
/// <param name="Similarity">The estimated Jaccard similarity, in [0, 1]; 1 for an exact duplicate.</param>
/// <param name="Timestamp">When the indexed document was published.</param>
[Immutable]
public readonly record struct DuplicateMatch(string Id, double Similarity, DateTimeOffset Timestamp);
