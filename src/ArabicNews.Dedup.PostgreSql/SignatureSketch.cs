using System;
using System.Numerics;

namespace ArabicNews.Dedup.PostgreSql;

/// <summary>
/// A 256-bit sketch of a compact signature that lets the database discard most LSH candidates before reading their
/// copies or sending their signatures: the two lowest bits of each of the first 128 signature bytes, sliced into four
/// <c>bigint</c> columns (bit 0 of bytes 0–63, bit 0 of bytes 64–127, bit 1 of bytes 0–63, bit 1 of bytes 64–127).
/// Where two bytes differ in those bits the bytes differ, so the positions where the sketches differ never outnumber
/// the bytes that differ: a candidate whose sketch differs in more positions than a match may have unequal bytes
/// cannot reach the similarity asked for, and dropping it changes no result. Candidates that LSH finds by chance
/// (a fifth of their bytes equal) differ in about 74 of the 128 positions, where a match at 0.7 may differ in 38, and
/// are dropped; the rest are scored exactly as before.
/// </summary>
internal static class SignatureSketch
{
    /// <summary>The number of <c>bigint</c> words of a sketch.</summary>
    public const int Words = 4;

    /// <summary>The signature bytes the sketch covers (the first 128, or all of a shorter signature).</summary>
    public const int Covered = 128;

    /// <summary>The column names of the words, in order.</summary>
    public static readonly string[] Columns = ["sketch0", "sketch1", "sketch2", "sketch3"];

    /// <summary>The sketch of a compact signature.</summary>
    public static long[] Compute(ReadOnlySpan<byte> compact)
    {
        var words = new long[Words];
        int covered = Math.Min(compact.Length, Covered);
        for (int i = 0; i < covered; i++)
        {
            int half = i >> 6;
            ulong bit = 1UL << (i & 63);
            words[half] |= unchecked((long)((compact[i] & 1) != 0 ? bit : 0));
            words[2 + half] |= unchecked((long)((compact[i] & 2) != 0 ? bit : 0));
        }

        return words;
    }

    /// <summary>The positions where two sketches differ, as the database counts them.</summary>
    public static int Unequal(ReadOnlySpan<long> first, ReadOnlySpan<long> second) =>
        BitOperations.PopCount(unchecked((ulong)((first[0] ^ second[0]) | (first[2] ^ second[2])))) +
        BitOperations.PopCount(unchecked((ulong)((first[1] ^ second[1]) | (first[3] ^ second[3]))));

    /// <summary>
    /// The most positions in which a candidate's sketch may differ from the query's and the candidate still reach
    /// <paramref name="minimum"/>: the signature length less the fewest equal bytes whose
    /// <see cref="CompactSignature.EstimateSimilarity(int, int)"/> reaches it.
    /// </summary>
    public static int MaxUnequal(double minimum, int length)
    {
        int fewestEqual = 0;
        while (fewestEqual < length && CompactSignature.EstimateSimilarity(fewestEqual, length) < minimum)
        {
            fewestEqual++;
        }

        return length - fewestEqual;
    }

    /// <summary>The SQL that counts the positions where the sketch of row <paramref name="alias"/> differs from the four parameters.</summary>
    public static string UnequalSql(string alias, string word0, string word1, string word2, string word3) =>
        $"(bit_count((({alias}.sketch0 # {word0}) | ({alias}.sketch2 # {word2}))::bit(64)) + bit_count((({alias}.sketch1 # {word1}) | ({alias}.sketch3 # {word3}))::bit(64)))";

    /// <summary>The SQL that computes word <paramref name="word"/> of the sketch of a <c>bytea</c> signature column, for migrating rows stored before sketches.</summary>
    public static string ComputeSql(string signature, int word) =>
        $"(select coalesce(bit_or(((get_byte({signature}, {64 * (word & 1)} + i) >> {word >> 1}) & 1)::int8 << i), 0) from generate_series(0, least(63, least(length({signature}), {Covered}) - 1 - {64 * (word & 1)})) as i)";
}
