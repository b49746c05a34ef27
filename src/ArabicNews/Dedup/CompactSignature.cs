using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace ArabicNews.Dedup;

/// <summary>
/// The form of a signature that an index keeps: one byte of each MinHash value (b-bit MinHash, b = 8), from which
/// LSH band keys and similarity estimates are computed. Every <see cref="INearDuplicateIndex"/> implementation uses
/// these functions, so that an in-memory index and a shared store agree on every candidate and every score.
/// </summary>
public static class CompactSignature
{
    // Two unrelated values agree in their low byte once in 256.
    private const double ChanceAgreement = 1.0 / 256;

    /// <summary>Writes the compact form of <paramref name="signature"/>: the low byte of each value.</summary>
    /// <param name="signature">The signature.</param>
    /// <param name="destination">A span of <see cref="DocumentSignature.HashCount"/> bytes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="signature"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not <see cref="DocumentSignature.HashCount"/> bytes long.</exception>
    public static void Write(DocumentSignature signature, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ReadOnlySpan<uint> values = signature.Values;
        if (destination.Length != values.Length)
        {
            throw new ArgumentException(ArabicNewsMessages.CompactLength, nameof(destination));
        }

        for (int i = 0; i < values.Length; i++)
        {
            destination[i] = (byte)values[i];
        }
    }

    /// <summary>The compact form of <paramref name="signature"/> in a new array.</summary>
    /// <param name="signature">The signature.</param>
    /// <returns><see cref="DocumentSignature.HashCount"/> bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signature"/> is null.</exception>
    public static byte[] Create(DocumentSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        byte[] compact = new byte[signature.HashCount];
        Write(signature, compact);
        return compact;
    }

    /// <summary>
    /// The LSH band keys of a compact signature: a 32-bit hash of each band's <paramref name="rows"/> bytes and of
    /// the band's index. Documents whose bands differ share a key by chance once in 2^32 bands; verification drops them.
    /// </summary>
    /// <param name="compact">The compact signature.</param>
    /// <param name="rows">The bytes a band (<see cref="DedupOptions.Rows"/>).</param>
    /// <param name="keys">Receives one key a band; its length is the number of bands (<see cref="DedupOptions.Bands"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is not positive, or the bands do not fit in the signature.</exception>
    public static void GetBandKeys(ReadOnlySpan<byte> compact, int rows, Span<uint> keys)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)keys.Length * rows, compact.Length, nameof(keys));
        for (int b = 0; b < keys.Length; b++)
        {
            ulong h = (ulong)b + 1;
            for (int r = 0; r < rows; r++)
            {
                h = (h ^ compact[(b * rows) + r]) * 0x9E3779B97F4A7C15UL;
                h ^= h >> 29;
            }

            keys[b] = (uint)DocumentSigner.Mix64(h);
        }
    }

    /// <summary>
    /// Estimates the Jaccard similarity of two documents from their compact signatures: the share of equal bytes,
    /// less the 1/256 that agree by chance, rescaled and clamped to [0, 1].
    /// </summary>
    /// <param name="first">One compact signature.</param>
    /// <param name="second">Another, of the same length.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException">The lengths differ or are zero.</exception>
    public static double EstimateSimilarity(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        if (first.Length != second.Length || first.IsEmpty)
        {
            throw new ArgumentException(ArabicNewsMessages.CompactLength, nameof(second));
        }

        int equal = 0, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<byte>.Count <= first.Length; i += Vector256<byte>.Count)
            {
                uint mask = Vector256.Equals(Vector256.Create(first[i..]), Vector256.Create(second[i..])).ExtractMostSignificantBits();
                equal += BitOperations.PopCount(mask);
            }
        }

        for (; i < first.Length; i++)
        {
            equal += first[i] == second[i] ? 1 : 0;
        }

        return EstimateSimilarity(equal, first.Length);
    }

    /// <summary>
    /// Estimates the Jaccard similarity of two documents whose compact signatures of <paramref name="length"/> bytes
    /// agree in <paramref name="equalBytes"/> of them: the same estimate as
    /// <see cref="EstimateSimilarity(ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>, for an index that counts the equal
    /// bytes elsewhere (in a database, say) or needs the fewest equal bytes that reach a similarity.
    /// </summary>
    /// <param name="equalBytes">How many bytes agree, from 0 to <paramref name="length"/>.</param>
    /// <param name="length">The signatures' length in bytes, at least 1.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not positive, or <paramref name="equalBytes"/> is outside 0 to <paramref name="length"/>.</exception>
    public static double EstimateSimilarity(int equalBytes, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfNegative(equalBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(equalBytes, length);
        double share = (double)equalBytes / length;
        return Math.Clamp((share - ChanceAgreement) / (1 - ChanceAgreement), 0, 1);
    }
}
