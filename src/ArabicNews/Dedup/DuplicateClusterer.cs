using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>A document of a batch to deduplicate.</summary>
/// <param name="Id">The caller's id (a path, a URL, a key).</param>
/// <param name="Text">The document's text.</param>
[Immutable]
public readonly record struct DedupDocument(string Id, string Text);

/// <summary>How a cluster member relates to its cluster's representative.</summary>
public enum DuplicateKind
{
    /// <summary>The representative itself: the member with the most shingles (the fullest text).</summary>
    Representative,

    /// <summary>The same text after Dedup normalization, boilerplate lines left out.</summary>
    Exact,

    /// <summary>A near duplicate: an estimated Jaccard similarity at or above the threshold (or linked through other members).</summary>
    Near,

    /// <summary>A shorter text (a paragraph, a lead) whose shingles the representative holds.</summary>
    Contained,
}

/// <summary>A member of a cluster of duplicates.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Similarity">Its similarity to the representative: 1 for the representative and exact copies, the estimated Jaccard similarity for a near duplicate, the containment in the representative for a contained text.</param>
/// <param name="Kind">How it relates to the representative.</param>
[Immutable]
public readonly record struct ClusterMember(string Id, double Similarity, DuplicateKind Kind);

/// <summary>A cluster of duplicate documents.</summary>
/// <param name="Representative">The id of the member with the most shingles.</param>
/// <param name="Members">Every member, the representative first, then in input order.</param>
[Immutable]
public sealed record DuplicateCluster(string Representative, IReadOnlyList<ClusterMember> Members);

/// <summary>
/// Groups a batch of documents into clusters of duplicates: exact copies by content hash, near duplicates by LSH
/// over MinHash signatures verified against <see cref="DedupOptions.Threshold"/>, and contained texts by a
/// sampled inverted index of shingles verified exactly against <see cref="DedupOptions.ContainmentThreshold"/>;
/// verified pairs are joined by union-find. Thread-safe.
/// </summary>
[Immutable]
public sealed class DuplicateClusterer
{
    // A bucket compares a new document with its latest members only: near duplicates chain through union-find,
    // and a bucket of thousands of near-identical documents stays linear.
    private const int BucketComparisons = 32;

    // A shingle sampled in more documents than this is boilerplate-like and gives no candidates.
    private const int PostingCap = 256;

    private readonly DocumentSigner _signer;

    /// <summary>Creates a clusterer.</summary>
    /// <param name="options">The signature options and thresholds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public DuplicateClusterer(DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _signer = new DocumentSigner(options);
    }

    /// <summary>Gets the shared clusterer with <see cref="DedupOptions.Default"/>.</summary>
    public static DuplicateClusterer Default { get; } = new(DedupOptions.Default);

    /// <summary>Gets the options.</summary>
    public DedupOptions Options => _signer.Options;

    /// <summary>Clusters a batch of documents.</summary>
    /// <param name="documents">The documents; ids need not be unique, but a cluster reports them as given.</param>
    /// <returns>The clusters of two documents or more, in the order of their first member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/>, or the text or id of one, is null.</exception>
    public IReadOnlyList<DuplicateCluster> Cluster(IReadOnlyList<DedupDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int n = documents.Count;
        var signatures = new DocumentSignature[n];
        var samples = new List<ulong>[n];
        for (int i = 0; i < n; i++)
        {
            ArgumentNullException.ThrowIfNull(documents[i].Id, nameof(documents));
            ArgumentNullException.ThrowIfNull(documents[i].Text, nameof(documents));
            samples[i] = [];
            signatures[i] = _signer.Sign(documents[i].Text, samples[i]);
        }

        var sets = new UnionFind(n);
        var canonical = new bool[n];
        JoinExactCopies(signatures, sets, canonical);
        JoinNearDuplicates(signatures, sets, canonical);
        JoinContained(documents, signatures, samples, sets, canonical);
        return Collect(documents, signatures, sets);
    }

    private static void JoinExactCopies(DocumentSignature[] signatures, UnionFind sets, bool[] canonical)
    {
        var first = new Dictionary<ulong, int>();
        for (int i = 0; i < signatures.Length; i++)
        {
            if (signatures[i].IsEmpty)
            {
                continue;
            }

            if (first.TryGetValue(signatures[i].ContentHash, out int original))
            {
                sets.Union(original, i);
            }
            else
            {
                first.Add(signatures[i].ContentHash, i);
                canonical[i] = true;
            }
        }
    }

    private void JoinNearDuplicates(DocumentSignature[] signatures, UnionFind sets, bool[] canonical)
    {
        int bands = Options.Bands, rows = Options.Rows;
        var buckets = new Dictionary<(int Band, uint Key), List<int>>();
        Span<byte> low = stackalloc byte[Options.HashCount];
        Span<uint> keys = stackalloc uint[bands];
        for (int i = 0; i < signatures.Length; i++)
        {
            if (!canonical[i])
            {
                continue;
            }

            CompactSignature.Write(signatures[i], low);
            CompactSignature.GetBandKeys(low, rows, keys);
            for (int b = 0; b < bands; b++)
            {
                if (!buckets.TryGetValue((b, keys[b]), out List<int>? bucket))
                {
                    buckets.Add((b, keys[b]), [i]);
                    continue;
                }

                for (int m = Math.Max(0, bucket.Count - BucketComparisons); m < bucket.Count; m++)
                {
                    int other = bucket[m];
                    if (!sets.SameSet(other, i) && signatures[i].EstimateSimilarity(signatures[other]) >= Options.Threshold)
                    {
                        sets.Union(other, i);
                    }
                }

                bucket.Add(i);
            }
        }
    }

    private void JoinContained(IReadOnlyList<DedupDocument> documents, DocumentSignature[] signatures, List<ulong>[] samples, UnionFind sets, bool[] canonical)
    {
        var postings = new Dictionary<ulong, List<int>>();
        for (int i = 0; i < samples.Length; i++)
        {
            if (!canonical[i])
            {
                continue;
            }

            foreach (ulong shingle in samples[i].Distinct())
            {
                if (!postings.TryGetValue(shingle, out List<int>? list))
                {
                    postings.Add(shingle, list = []);
                }

                if (list.Count <= PostingCap)
                {
                    list.Add(i);
                }
            }
        }

        var hits = new Dictionary<int, int>();
        var shingleSets = new Dictionary<int, ShingleSet>();
        for (int i = 0; i < samples.Length; i++)
        {
            List<ulong> sample = samples[i];
            if (!canonical[i] || sample.Count < 2)
            {
                continue;
            }

            hits.Clear();
            int sampled = 0;
            foreach (ulong shingle in sample.Distinct())
            {
                sampled++;
                if (postings.TryGetValue(shingle, out List<int>? list) && list.Count <= PostingCap)
                {
                    foreach (int other in list)
                    {
                        if (other != i && signatures[other].ShingleCount > signatures[i].ShingleCount)
                        {
                            hits[other] = hits.GetValueOrDefault(other) + 1;
                        }
                    }
                }
            }

            foreach ((int other, int count) in hits)
            {
                // The sample is an estimate; a candidate a little under the threshold is verified exactly.
                if (count < (Options.ContainmentThreshold * sampled) - 1 || sets.SameSet(other, i))
                {
                    continue;
                }

                ShingleSet small = SetOf(i), large = SetOf(other);
                if (small.ContainmentIn(large) >= Options.ContainmentThreshold)
                {
                    sets.Union(other, i);
                }
            }
        }

        ShingleSet SetOf(int i)
        {
            if (!shingleSets.TryGetValue(i, out ShingleSet? set))
            {
                shingleSets.Add(i, set = _signer.Shingles(documents[i].Text));
            }

            return set;
        }
    }

    private List<DuplicateCluster> Collect(IReadOnlyList<DedupDocument> documents, DocumentSignature[] signatures, UnionFind sets)
    {
        var groups = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (int i = 0; i < documents.Count; i++)
        {
            int root = sets.Find(i);
            if (!groups.TryGetValue(root, out List<int>? members))
            {
                groups.Add(root, members = []);
                order.Add(root);
            }

            members.Add(i);
        }

        var clusters = new List<DuplicateCluster>();
        foreach (int root in order)
        {
            List<int> members = groups[root];
            if (members.Count < 2)
            {
                continue;
            }

            int representative = members.MaxBy(m => signatures[m].ShingleCount);
            ShingleSet? representativeSet = null;
            var list = new List<ClusterMember>(members.Count) { new(documents[representative].Id, 1, DuplicateKind.Representative) };
            foreach (int m in members.Where(m => m != representative))
            {
                list.Add(Relate(m));
            }

            clusters.Add(new DuplicateCluster(documents[representative].Id, list));

            ClusterMember Relate(int m)
            {
                DocumentSignature signature = signatures[m];
                if (signature.ContentHash == signatures[representative].ContentHash)
                {
                    return new(documents[m].Id, 1, DuplicateKind.Exact);
                }

                double similarity = signature.EstimateSimilarity(signatures[representative]);
                if (similarity >= Options.Threshold)
                {
                    return new(documents[m].Id, similarity, DuplicateKind.Near);
                }

                representativeSet ??= _signer.Shingles(documents[representative].Text);
                double containment = _signer.Shingles(documents[m].Text).ContainmentIn(representativeSet);
                return containment >= Options.ContainmentThreshold
                    ? new(documents[m].Id, containment, DuplicateKind.Contained)
                    : new(documents[m].Id, similarity, DuplicateKind.Near);
            }
        }

        return clusters;
    }
}
