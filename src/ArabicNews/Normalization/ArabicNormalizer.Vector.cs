using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Normalization;

// The vectorized path: a vector of characters that are all "plain" (printable ASCII, and Arabic letters and
// digits outside the marks, tatweel and punctuation) is normalized with compare-and-select for the
// one-for-one replacements and copied. Everything else stops the run at its lane and goes to the scalar path.
public sealed partial class ArabicNormalizer
{
    private readonly VectorRules _vectorRules;

    // Normalizes a prefix of source (exactly Vector<ushort>.Count characters) into destination and returns
    // its length: the lanes before the first one that needs the scalar path. A space is plain only between
    // two plain non-space characters, so the run never ends on a space and never makes two spaces meet.
    private int VectorStep(ReadOnlySpan<char> source, Span<char> destination, bool atLineStart)
    {
        var v = new Vector<ushort>(MemoryMarshal.Cast<char, ushort>(source));
        VectorRules rules = _vectorRules;

        Vector<ushort> plain = InRange(v, 0x20, 0x5F);
        if (rules.FoldPunctuation)
        {
            plain &= ~(InRange(v, 0x21, 15) | InRange(v, 0x3A, 7) | InRange(v, 0x5B, 6) | InRange(v, 0x7B, 4));
        }

        Vector<ushort> arabicSpecial = InRange(v, 0x0600, 0x20) | Is(v, 0x0640) | InRange(v, 0x064B, 0x15)
            | InRange(v, 0x066A, 4) | Is(v, 0x0670) | InRange(v, 0x06D4, 0x1A);
        if (!rules.FoldPunctuation)
        {
            // Arabic comma, semicolon and question mark are plain unless punctuation is folded.
            arabicSpecial &= ~(Is(v, 0x060C) | Is(v, 0x061B) | Is(v, 0x061F));
        }

        plain |= Vector.AndNot(InRange(v, 0x0600, 0x100), arabicSpecial);

        Vector<ushort> doubleQuote = default;
        if (rules.UnifyQuotes)
        {
            doubleQuote = InRange(v, 0x201C, 2) | Is(v, 0x00AB) | Is(v, 0x00BB);
            plain |= doubleQuote;
        }

        uint laneMask = Vector<ushort>.Count == 32 ? uint.MaxValue : (1u << Vector<ushort>.Count) - 1;
        uint stop = ~MaskOf(plain) & laneMask;
        if (rules.NormalizeWhitespace)
        {
            uint spaces = MaskOf(Is(v, 0x20));
            uint lastLane = 1u << (Vector<ushort>.Count - 1);
            stop |= spaces & (((spaces | stop) >> 1) | lastLane | (atLineStart ? 1u : 0u));
        }

        Vector<ushort> r = v;
        if (rules.FoldAlef)
        {
            r = Vector.ConditionalSelect(InRange(v, 0x0622, 2) | Is(v, 0x0625) | InRange(v, 0x0671, 3), new Vector<ushort>(0x0627), r);
        }

        if (rules.FoldHamzaSeats)
        {
            r = Vector.ConditionalSelect(Is(v, 0x0624), new Vector<ushort>(0x0648), r);
            r = Vector.ConditionalSelect(Is(v, 0x0626), new Vector<ushort>(0x064A), r);
        }

        if (rules.FoldAlefMaqsura)
        {
            r = Vector.ConditionalSelect(Is(v, 0x0649), new Vector<ushort>(0x064A), r);
        }

        if (rules.FoldTaaMarbuta)
        {
            r = Vector.ConditionalSelect(Is(v, 0x0629), new Vector<ushort>(0x0647), r);
        }

        if (rules.FoldPersianLetters)
        {
            r = Vector.ConditionalSelect(Is(v, 0x06A9), new Vector<ushort>(0x0643), r);
            r = Vector.ConditionalSelect(Is(v, 0x06CC), new Vector<ushort>(0x064A), r);
        }

        if (rules.NormalizeDigits)
        {
            r = Vector.ConditionalSelect(InRange(v, 0x0660, 10), v - new Vector<ushort>(0x0660 - '0'), r);
            r = Vector.ConditionalSelect(InRange(v, 0x06F0, 10), v - new Vector<ushort>(0x06F0 - '0'), r);
        }

        if (rules.UnifyQuotes)
        {
            r = Vector.ConditionalSelect(doubleQuote, new Vector<ushort>('"'), r);
        }

        if (rules.LowercaseLatin)
        {
            r = Vector.ConditionalSelect(InRange(v, 'A', 26), v + new Vector<ushort>(0x20), r);
        }

        r.CopyTo(MemoryMarshal.Cast<char, ushort>(destination));
        return stop == 0 ? Vector<ushort>.Count : BitOperations.TrailingZeroCount(stop);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<ushort> Is(Vector<ushort> v, ushort value) => Vector.Equals(v, new Vector<ushort>(value));

    // Lanes in [low, low + count): one unsigned comparison.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<ushort> InRange(Vector<ushort> v, ushort low, ushort count) =>
        Vector.LessThan(v - new Vector<ushort>(low), new Vector<ushort>(count));

    // One bit per lane, set where the lane is all ones.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint MaskOf(Vector<ushort> mask) => Vector<ushort>.Count switch
    {
        8 => Vector128.ExtractMostSignificantBits(mask.AsVector128()),
        16 => Vector256.ExtractMostSignificantBits(mask.AsVector256()),
        _ => (uint)Vector512.ExtractMostSignificantBits(mask.AsVector512()),
    };

    // The switches the vectorized path reads, copied out of the options once.
    private readonly record struct VectorRules(
        bool FoldAlef,
        bool FoldHamzaSeats,
        bool FoldAlefMaqsura,
        bool FoldTaaMarbuta,
        bool FoldPersianLetters,
        bool NormalizeDigits,
        bool UnifyQuotes,
        bool FoldPunctuation,
        bool LowercaseLatin,
        bool NormalizeWhitespace)
    {
        public static VectorRules From(NormalizationOptions o) => new(
            o.FoldAlef,
            o.FoldHamzaSeats,
            o.FoldAlefMaqsura,
            o.FoldTaaMarbuta,
            o.FoldPersianLetters,
            o.NormalizeDigits,
            o.UnifyQuotes && !o.FoldPunctuation, // folded quotes become spaces: the scalar path does that
            o.FoldPunctuation,
            o.LowercaseLatin,
            o.NormalizeWhitespace);
    }
}
