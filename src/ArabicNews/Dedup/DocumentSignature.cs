using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>
/// The signature of a document: the hash of its normalized content (equal for exact duplicates) and its MinHash
/// values (whose share of equal positions estimates the Jaccard similarity of two documents' shingles). The same
/// text and options give the same signature in any process, on any machine; <see cref="Serialize"/> writes it in
/// 28 + 4 × <see cref="HashCount"/> bytes.
/// </summary>
[Immutable]
public sealed class DocumentSignature
{
    private const uint Magic = 0x47534E41; // "ANSG"
    private const byte FormatVersion = 1;
    private const int HeaderSize = 28;

    private readonly uint[] _values;

    internal DocumentSignature(ulong contentHash, int shingleCount, int shingleSize, ulong seed, uint[] values)
    {
        ContentHash = contentHash;
        ShingleCount = shingleCount;
        ShingleSize = shingleSize;
        Seed = seed;
        _values = values;
    }

    /// <summary>Gets the 64-bit hash of the Dedup-normalized words of the document, boilerplate lines left out.</summary>
    public ulong ContentHash { get; }

    /// <summary>Gets the number of shingles the document has (0 for a document without words).</summary>
    public int ShingleCount { get; }

    /// <summary>Gets the shingle size the signature was made with.</summary>
    public int ShingleSize { get; }

    /// <summary>Gets the seed the signature was made with.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the number of MinHash values.</summary>
    public int HashCount => _values.Length;

    /// <summary>Gets whether the document has no words; an empty document is similar to nothing.</summary>
    public bool IsEmpty => ShingleCount == 0;

    /// <summary>Gets the MinHash values.</summary>
    public ReadOnlySpan<uint> Values => _values;

    /// <summary>Estimates the Jaccard similarity of the shingles of two documents, in [0, 1].</summary>
    /// <param name="other">A signature made with the same options.</param>
    /// <returns>1 for exact duplicates; 0 when either document is empty; else the share of equal MinHash values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The signatures were made with different options.</exception>
    public double EstimateSimilarity(DocumentSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!IsComparableWith(other))
        {
            throw new ArgumentException(ArabicNewsMessages.IncomparableSignatures, nameof(other));
        }

        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        if (ContentHash == other.ContentHash)
        {
            return 1;
        }

        int equal = 0;
        for (int i = 0; i < _values.Length; i++)
        {
            equal += _values[i] == other._values[i] ? 1 : 0;
        }

        return (double)equal / _values.Length;
    }

    /// <summary>Whether <paramref name="other"/> was made with the same shingle size, seed and hash count.</summary>
    /// <param name="other">Another signature.</param>
    /// <returns>True when the two can be compared.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsComparableWith(DocumentSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ShingleSize == other.ShingleSize && Seed == other.Seed && HashCount == other.HashCount;
    }

    /// <summary>Writes the signature in its portable binary form (little-endian, versioned).</summary>
    /// <returns>The bytes.</returns>
    public byte[] Serialize()
    {
        byte[] bytes = new byte[HeaderSize + (4 * _values.Length)];
        Span<byte> span = bytes;
        BinaryPrimitives.WriteUInt32LittleEndian(span, Magic);
        span[4] = FormatVersion;
        span[5] = (byte)ShingleSize;
        BinaryPrimitives.WriteUInt16LittleEndian(span[6..], (ushort)_values.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(span[8..], Seed);
        BinaryPrimitives.WriteUInt64LittleEndian(span[16..], ContentHash);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], ShingleCount);
        for (int i = 0; i < _values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(HeaderSize + (4 * i))..], _values[i]);
        }

        return bytes;
    }

    /// <summary>Reads a signature written by <see cref="Serialize"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="signature">The signature, or null when the bytes are not one.</param>
    /// <returns>True when the bytes hold a signature of a known format version.</returns>
    public static bool TryDeserialize(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out DocumentSignature? signature)
    {
        signature = null;
        if (bytes.Length < HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic || bytes[4] != FormatVersion)
        {
            return false;
        }

        int count = BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]);
        int shingleCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[24..]);
        if (bytes.Length != HeaderSize + (4 * count) || count == 0 || bytes[5] is 0 or > 8 || shingleCount < 0)
        {
            return false;
        }

        uint[] values = new uint[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(HeaderSize + (4 * i))..]);
        }

        signature = new DocumentSignature(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]),
            shingleCount,
            bytes[5],
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]),
            values);
        return true;
    }

    /// <summary>Reads a signature written by <see cref="Serialize"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The signature.</returns>
    /// <exception cref="FormatException">The bytes are not a signature of a known format version.</exception>
    public static DocumentSignature Deserialize(ReadOnlySpan<byte> bytes) =>
        TryDeserialize(bytes, out DocumentSignature? signature) ? signature : throw new FormatException(ArabicNewsMessages.NotASignature);
}
