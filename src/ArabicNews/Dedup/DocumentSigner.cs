using System;
using System.Collections.Generic;
using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>Makes the <see cref="DocumentSignature"/> and the <see cref="ShingleSet"/> of documents. Thread-safe.</summary>
[Immutable]
public sealed class DocumentSigner
{
    private readonly MinHasher _hasher;

    /// <summary>Creates a signer.</summary>
    /// <param name="options">The shingle size, hash count, seed and boilerplate filter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public DocumentSigner(DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _hasher = MinHasher.For(options.Seed, options.HashCount);
    }

    /// <summary>Gets the shared signer with <see cref="DedupOptions.Default"/>.</summary>
    public static DocumentSigner Default { get; } = new(DedupOptions.Default);

    /// <summary>Gets the options signatures are made with.</summary>
    public DedupOptions Options { get; }

    /// <summary>Signs a document.</summary>
    /// <param name="text">The document.</param>
    /// <returns>Its signature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public DocumentSignature Sign(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Sign(text.AsSpan());
    }

    /// <summary>Signs a document.</summary>
    /// <param name="text">The document.</param>
    /// <returns>Its signature.</returns>
    public DocumentSignature Sign(ReadOnlySpan<char> text) => Sign(text, sample: null);

    /// <summary>Signs a document, and collects the shingles whose hash is 0 modulo <see cref="SampleRate"/> into <paramref name="sample"/>.</summary>
    internal DocumentSignature Sign(ReadOnlySpan<char> text, List<ulong>? sample)
    {
        var sink = new MinHashSink(_hasher, sample);
        (ulong contentHash, int shingles) = Shingler.Shingle(text, Options, ref sink);
        uint[] values = new uint[_hasher.Count];
        for (int i = 0; i < values.Length; i++)
        {
            // The minimum of many hashes is small, so its high bits are zeros: mix it, so that every bit of the
            // value (and the low byte an index keeps) is uniform, while equal minimums still give equal values.
            values[i] = (uint)Mix64(sink.Minimums[i]);
        }

        return new DocumentSignature(contentHash, shingles, Options.ShingleSize, Options.Seed, values);
    }

    /// <summary>The distinct shingles of a document, for exact similarity and containment.</summary>
    /// <param name="text">The document.</param>
    /// <returns>Its shingle set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ShingleSet Shingles(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Shingles(text.AsSpan());
    }

    /// <summary>The distinct shingles of a document, for exact similarity and containment.</summary>
    /// <param name="text">The document.</param>
    /// <returns>Its shingle set.</returns>
    public ShingleSet Shingles(ReadOnlySpan<char> text)
    {
        var sink = new ListSink([]);
        Shingler.Shingle(text, Options, ref sink);
        return new ShingleSet(sink.Items);
    }

    // The finalizer of MurmurHash3.
    internal static ulong Mix64(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    /// <summary>The share of shingles a sample keeps: one in four, the same ones in every document.</summary>
    internal const int SampleRate = 4;

    private readonly struct MinHashSink(MinHasher hasher, List<ulong>? sample) : IShingleSink
    {
        public ulong[] Minimums { get; } = CreateMinimums(hasher.Count);

        public void Add(ulong shingle)
        {
            hasher.Update(Minimums, shingle);
            if (sample is not null && shingle % SampleRate == 0)
            {
                sample.Add(shingle);
            }
        }

        private static ulong[] CreateMinimums(int count)
        {
            ulong[] minimums = new ulong[count];
            Array.Fill(minimums, ulong.MaxValue);
            return minimums;
        }
    }

    private readonly struct ListSink(List<ulong> items) : IShingleSink
    {
        public List<ulong> Items { get; } = items;

        public void Add(ulong shingle) => Items.Add(shingle);
    }
}
