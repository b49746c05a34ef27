using System;
using System.Collections.Generic;
using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>The distinct shingle hashes of a document, sorted: exact Jaccard similarity and containment.</summary>
[Immutable]
public sealed class ShingleSet
{
    private readonly ulong[] _hashes;

    internal ShingleSet(List<ulong> hashes)
    {
        hashes.Sort();
        int count = 0;
        for (int i = 0; i < hashes.Count; i++)
        {
            if (count == 0 || hashes[count - 1] != hashes[i])
            {
                hashes[count++] = hashes[i];
            }
        }

        _hashes = hashes.GetRange(0, count).ToArray();
    }

    /// <summary>Gets the hashes, sorted and distinct.</summary>
    internal ReadOnlySpan<ulong> Hashes => _hashes;

    /// <summary>Gets the number of distinct shingles.</summary>
    public int Count => _hashes.Length;

    /// <summary>The Jaccard similarity |A ∩ B| / |A ∪ B| of two sets, 0 when both are empty.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The similarity, in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public double Jaccard(ShingleSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int common = Intersect(other);
        int union = Count + other.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }

    /// <summary>The share of this set's shingles that <paramref name="other"/> holds, |A ∩ B| / |A|, 0 when this set is empty.</summary>
    /// <param name="other">The larger document's set.</param>
    /// <returns>The containment of this document in the other, in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public double ContainmentIn(ShingleSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Count == 0 ? 0 : (double)Intersect(other) / Count;
    }

    private int Intersect(ShingleSet other)
    {
        ulong[] a = _hashes, b = other._hashes;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }
}
