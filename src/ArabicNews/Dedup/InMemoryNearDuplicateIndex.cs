using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>
/// The default <see cref="INearDuplicateIndex"/>: LSH bands in memory. A document takes one byte per MinHash value
/// (the low byte of each: b-bit MinHash, whose chance agreements of 1/256 are subtracted from the estimate), one
/// chain link per band, and its id and timestamp. Exact duplicates of an indexed document join its chain of
/// copies instead of the bands, so a million copies of one article cost no more to query than one. All members
/// are thread-safe (one lock).
/// </summary>
[Mutable]
public sealed class InMemoryNearDuplicateIndex : INearDuplicateIndex
{
    // Queries read together; adds, removals and evictions write alone.
    private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.NoRecursion);
    private readonly int _hashes;
    private readonly int _bands;
    private readonly int _rows;
    // Per band, the first slot of each bucket's chain (-1: none). Buckets are not keyed: a chain holds the
    // documents of every band key that falls in the bucket, and a query follows only the links whose band values
    // equal its own. As many buckets as canonical documents, rounded up to a power of two: 4 to 8 bytes a document
    // and band, where a keyed table (8 bytes a slot, at most 3/4 full) took 11 to 21.
    private readonly int[][] _heads;
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly Stack<int> _free = new();

    // Per slot: id (null when free), timestamp, content hash, first band key, low bytes of the values, band chain
    // links, and the doubly linked chain of exact copies (the canonical slot is the one in the bands).
    private string?[] _ids = new string?[16];
    private long[] _ticks = new long[16];
    private ulong[] _contentHash = new ulong[16];
    private byte[] _values;
    private int[] _bandNext;
    private int[] _copyNext = new int[16];
    private int[] _copyPrev = new int[16];
    private bool[] _canonical = new bool[16];
    private int _slots;
    private int _canonicalCount;
    private long _newestTicks = long.MinValue;
    private long _oldestTicks = long.MaxValue;

    /// <summary>Creates an empty index.</summary>
    /// <param name="options">The options signatures are made with, the threshold and the time window.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public InMemoryNearDuplicateIndex(DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _hashes = options.HashCount;
        _bands = options.Bands;
        _rows = options.Rows;
        _heads = new int[_bands][];
        for (int b = 0; b < _bands; b++)
        {
            _heads[b] = new int[16];
            Array.Fill(_heads[b], -1);
        }

        _values = new byte[16 * _hashes];
        _bandNext = new int[16 * _bands];
    }

    /// <inheritdoc/>
    public DedupOptions Options { get; }

    /// <summary>Gets the number of indexed documents.</summary>
    public int Count
    {
        get
        {
            _gate.EnterReadLock();
            try
            {
                return _slotOf.Count;
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }
    }

    /// <summary>Gets an estimate of the bytes the index holds, the caller's id strings excluded.</summary>
    public long EstimatedBytes
    {
        get
        {
            _gate.EnterReadLock();
            try
            {
                long bytes = (long)_ids.Length * (8 + 8 + 8 + 4 + 4 + 1) + _values.Length + ((long)_bandNext.Length * 4);
                bytes += (long)_bands * _heads[0].Length * sizeof(int);

                // Dictionary<string, int>: an entry of 24 bytes and a bucket of 4, per slot of its capacity.
                return bytes + ((long)_slotOf.EnsureCapacity(0) * 28);
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }
    }

    /// <summary>Adds a document.</summary>
    /// <param name="id">The caller's id of the document, unique in the index.</param>
    /// <param name="signature">Its signature.</param>
    /// <param name="timestamp">When it was published (the time window counts from the newest).</param>
    /// <returns>True when added; false when the id is already in the index (nothing changes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="signature"/> is null.</exception>
    /// <exception cref="ArgumentException">The signature was made with other options.</exception>
    public bool Add(string id, DocumentSignature signature, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(id);
        Check(signature);
        Span<byte> low = stackalloc byte[_hashes];
        Span<uint> keys = stackalloc uint[_bands];
        Compact(signature, low, keys);
        _gate.EnterWriteLock();
        try
        {
            if (_slotOf.ContainsKey(id))
            {
                return false;
            }

            int slot = NewSlot();
            _slotOf.Add(id, slot);
            _ids[slot] = id;
            _ticks[slot] = timestamp.UtcTicks;
            _contentHash[slot] = signature.ContentHash;
            low.CopyTo(_values.AsSpan(slot * _hashes, _hashes));

            int original = signature.IsEmpty ? -1 : FindCopy(signature.ContentHash, keys[0]);
            if (signature.IsEmpty)
            {
                // A document without words matches nothing: kept (it has an id and a time) but in no chain.
                _canonical[slot] = false;
                _copyNext[slot] = -1;
                _copyPrev[slot] = -1;
            }
            else if (original >= 0)
            {
                // An exact copy: linked after the canonical slot, not in the bands.
                _canonical[slot] = false;
                _copyPrev[slot] = original;
                _copyNext[slot] = _copyNext[original];
                if (_copyNext[original] >= 0)
                {
                    _copyPrev[_copyNext[original]] = slot;
                }

                _copyNext[original] = slot;
            }
            else
            {
                // Grown before the slot is canonical, so that the new buckets do not hold it yet.
                if (++_canonicalCount > _heads[0].Length)
                {
                    GrowBuckets();
                }

                _canonical[slot] = true;
                _copyNext[slot] = -1;
                _copyPrev[slot] = -1;
                Link(slot, keys);
            }

            _newestTicks = Math.Max(_newestTicks, _ticks[slot]);
            _oldestTicks = Math.Min(_oldestTicks, _ticks[slot]);
            EvictOutsideWindow();
            return true;
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <summary>Finds the indexed documents most similar to a signature, best first.</summary>
    /// <param name="signature">The signature of the document to look up.</param>
    /// <param name="maxResults">The most documents to return.</param>
    /// <param name="minimumSimilarity">The least estimated similarity of a returned document; <see cref="DedupOptions.Threshold"/> when null.</param>
    /// <returns>The matches, by decreasing similarity, then by id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signature"/> is null.</exception>
    /// <exception cref="ArgumentException">The signature was made with other options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxResults"/> is not positive, or <paramref name="minimumSimilarity"/> is outside [0, 1].</exception>
    public IReadOnlyList<DuplicateMatch> Query(DocumentSignature signature, int maxResults, double? minimumSimilarity = null)
    {
        Check(signature);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResults);
        double minimum = minimumSimilarity ?? Options.Threshold;
        if (minimum is < 0 or > 1 || double.IsNaN(minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumSimilarity), minimumSimilarity, ArabicNewsMessages.MinimumSimilarity);
        }

        var matches = new List<DuplicateMatch>();
        if (signature.IsEmpty)
        {
            return matches;
        }

        Span<byte> low = stackalloc byte[_hashes];
        Span<uint> keys = stackalloc uint[_bands];
        Compact(signature, low, keys);

        _gate.EnterReadLock();
        try
        {
            long cutoff = Options.Window is { } window && _newestTicks != long.MinValue ? _newestTicks - window.Ticks : long.MinValue;
            for (int b = 0; b < _bands; b++)
            {
                for (int slot = _heads[b][keys[b] & (uint)(_heads[b].Length - 1)]; slot >= 0; slot = _bandNext[(slot * _bands) + b])
                {
                    if (!SameBand(low, slot, b) || MatchedEarlierBand(low, slot, b))
                    {
                        continue;
                    }

                    double similarity = _contentHash[slot] == signature.ContentHash ? 1 : CompactSignature.EstimateSimilarity(low, _values.AsSpan(slot * _hashes, _hashes));
                    if (similarity < minimum)
                    {
                        continue;
                    }

                    // At most maxResults copies of one document can be returned: a million copies cost no more.
                    int taken = 0;
                    for (int copy = slot; copy >= 0 && taken < maxResults; copy = _copyNext[copy])
                    {
                        if (_ticks[copy] >= cutoff)
                        {
                            taken++;
                            matches.Add(new DuplicateMatch(_ids[copy]!, similarity, new DateTimeOffset(_ticks[copy], TimeSpan.Zero)));
                        }
                    }
                }
            }
        }
        finally
        {
            _gate.ExitReadLock();
        }

        matches.Sort(static (x, y) => x.Similarity != y.Similarity ? y.Similarity.CompareTo(x.Similarity) : string.CompareOrdinal(x.Id, y.Id));
        if (matches.Count > maxResults)
        {
            matches.RemoveRange(maxResults, matches.Count - maxResults);
        }

        return matches;
    }

    /// <summary>Removes a document.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>True when it was in the index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _gate.EnterWriteLock();
        try
        {
            if (!_slotOf.TryGetValue(id, out int slot))
            {
                return false;
            }

            RemoveSlot(slot);
            return true;
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <summary>Removes every document published before <paramref name="cutoff"/>.</summary>
    /// <param name="cutoff">The oldest timestamp kept.</param>
    /// <returns>How many documents were removed.</returns>
    public int EvictOlderThan(DateTimeOffset cutoff)
    {
        _gate.EnterWriteLock();
        try
        {
            return Evict(cutoff.UtcTicks);
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <inheritdoc/>
    public ValueTask<bool> AddAsync(string id, DocumentSignature signature, DateTimeOffset timestamp, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(Add(id, signature, timestamp));
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<DuplicateMatch>> QueryAsync(DocumentSignature signature, int maxResults, double? minimumSimilarity = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(Query(signature, maxResults, minimumSimilarity));
    }

    /// <inheritdoc/>
    public ValueTask<bool> RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(Remove(id));
    }

    /// <inheritdoc/>
    public ValueTask<int> EvictOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(EvictOlderThan(cutoff));
    }

    /// <inheritdoc/>
    public ValueTask<int> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(Count);
    }

    // The compact form the index keeps and compares, and its band keys.
    private void Compact(DocumentSignature signature, Span<byte> low, Span<uint> keys)
    {
        CompactSignature.Write(signature, low);
        CompactSignature.GetBandKeys(low, _rows, keys);
    }

    private void Check(DocumentSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.HashCount != _hashes || signature.Seed != Options.Seed || signature.ShingleSize != Options.ShingleSize)
        {
            throw new ArgumentException(ArabicNewsMessages.SignatureOptions, nameof(signature));
        }
    }

    // Pushes a canonical slot on the chain of its bucket in every band.
    private void Link(int slot, ReadOnlySpan<uint> keys)
    {
        for (int b = 0; b < _bands; b++)
        {
            ref int head = ref _heads[b][keys[b] & (uint)(_heads[b].Length - 1)];
            _bandNext[(slot * _bands) + b] = head;
            head = slot;
        }
    }

    // Twice the buckets, and every canonical slot linked again: linear, and amortized over the adds that filled them.
    private void GrowBuckets()
    {
        int capacity = _heads[0].Length * 2;
        for (int b = 0; b < _bands; b++)
        {
            _heads[b] = new int[capacity];
            Array.Fill(_heads[b], -1);
        }

        Span<uint> keys = stackalloc uint[_bands];
        for (int slot = 0; slot < _slots; slot++)
        {
            if (_ids[slot] is not null && _canonical[slot])
            {
                BandKeysOfSlot(slot, keys);
                Link(slot, keys);
            }
        }
    }

    // Whether an earlier band already made the slot a candidate: each candidate is verified once, with no set.
    private bool MatchedEarlierBand(ReadOnlySpan<byte> low, int slot, int band)
    {
        for (int b = 0; b < band; b++)
        {
            if (SameBand(low, slot, b))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a slot's values in band b are the query's: its chain link is a real band match, not a bucket neighbour.
    private bool SameBand(ReadOnlySpan<byte> low, int slot, int band) =>
        low.Slice(band * _rows, _rows).SequenceEqual(_values.AsSpan((slot * _hashes) + (band * _rows), _rows));

    // The canonical slot of an exact copy, found in the first band's chain (a copy has the same band keys).
    private int FindCopy(ulong contentHash, uint firstKey)
    {
        for (int slot = _heads[0][firstKey & (uint)(_heads[0].Length - 1)]; slot >= 0; slot = _bandNext[slot * _bands])
        {
            if (_contentHash[slot] == contentHash)
            {
                return slot;
            }
        }

        return -1;
    }

    private int NewSlot()
    {
        if (_free.TryPop(out int slot))
        {
            return slot;
        }

        if (_slots == _ids.Length)
        {
            int capacity = _ids.Length * 2;
            Array.Resize(ref _ids, capacity);
            Array.Resize(ref _ticks, capacity);
            Array.Resize(ref _contentHash, capacity);
            Array.Resize(ref _copyNext, capacity);
            Array.Resize(ref _copyPrev, capacity);
            Array.Resize(ref _canonical, capacity);
            Array.Resize(ref _values, capacity * _hashes);
            Array.Resize(ref _bandNext, capacity * _bands);
        }

        return _slots++;
    }

    private void RemoveSlot(int slot)
    {
        _slotOf.Remove(_ids[slot]!);
        if (_canonical[slot])
        {
            int heir = _copyNext[slot];
            Span<uint> keys = stackalloc uint[_bands];
            BandKeysOfSlot(slot, keys);
            for (int b = 0; b < _bands; b++)
            {
                ReplaceInChain(b, keys[b], slot, heir);
            }

            if (heir >= 0)
            {
                _canonical[heir] = true;
                _copyPrev[heir] = -1;
            }
            else
            {
                _canonicalCount--;
            }
        }
        else if (_copyPrev[slot] >= 0)
        {
            _copyNext[_copyPrev[slot]] = _copyNext[slot];
            if (_copyNext[slot] >= 0)
            {
                _copyPrev[_copyNext[slot]] = _copyPrev[slot];
            }
        }

        _ids[slot] = null;
        _canonical[slot] = false;
        _free.Push(slot);
    }

    private void BandKeysOfSlot(int slot, Span<uint> keys) => CompactSignature.GetBandKeys(_values.AsSpan(slot * _hashes, _hashes), _rows, keys);

    private void ReplaceInChain(int band, uint key, int slot, int heir)
    {
        int bucket = (int)(key & (uint)(_heads[band].Length - 1));
        int head = _heads[band][bucket];
        int next = _bandNext[(slot * _bands) + band];
        if (heir >= 0)
        {
            _bandNext[(heir * _bands) + band] = next;
        }

        int replacement = heir >= 0 ? heir : next;
        if (head == slot)
        {
            _heads[band][bucket] = replacement;
            return;
        }

        for (int k = head; k >= 0; k = _bandNext[(k * _bands) + band])
        {
            if (_bandNext[(k * _bands) + band] == slot)
            {
                _bandNext[(k * _bands) + band] = replacement;
                return;
            }
        }
    }

    private void EvictOutsideWindow()
    {
        // Evict when the window has moved past the oldest document by a sixteenth of itself: each eviction scan
        // is linear, and there are at most sixteen a window, so streaming stays linear; queries skip what expired.
        if (Options.Window is { } window && _newestTicks - window.Ticks - (window.Ticks / 16) > _oldestTicks)
        {
            Evict(_newestTicks - window.Ticks);
        }
    }

    private int Evict(long cutoff)
    {
        int removed = 0;
        long oldest = long.MaxValue;
        for (int slot = 0; slot < _slots; slot++)
        {
            if (_ids[slot] is null)
            {
                continue;
            }

            if (_ticks[slot] < cutoff)
            {
                RemoveSlot(slot);
                removed++;
            }
            else
            {
                oldest = Math.Min(oldest, _ticks[slot]);
            }
        }

        _oldestTicks = oldest;
        return removed;
    }
}
