using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using ArabicNews.Text.Simd;

namespace ArabicNews.Normalization;

// The vectorized path: a vector of characters that are all "plain" (printable ASCII, and Arabic letters and
// digits outside the marks, tatweel and punctuation) is normalized with compare-and-select for the
// one-for-one replacements and copied. Everything else stops the run at its lane and goes to the scalar
// path. Written once against ISimd and compiled by the JIT for each vector width.
public sealed partial class ArabicNormalizer
{
    private readonly VectorRules _vectorRules;

    // Normalizes a prefix of source (exactly TSimd.Count characters) into destination and returns its
    // length: the lanes before the first one that needs the scalar path. A space is plain only between two
    // plain non-space characters, so a run never ends on a space and never makes two spaces meet.
    //
    // Line breaks (CR, LF) are plain when no space touches them, so lines need no scalar step; a space in the
    // last lane is left for the next vector (it is plain there if a plain character follows it), which
    // `deferred` reports so that the caller goes on with the vectorized path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    //
    // Diacritics and tatweel, when removed, do not stop the vector: their lanes come back in `deleted`, and
    // the caller compacts the stored lanes over them.
    private int VectorStep<TSimd, TVector>(ReadOnlySpan<char> source, Span<char> destination, bool atLineStart, out bool deferred, out uint deleted, out bool endsLine)
        where TSimd : struct, ISimd<TVector>
        where TVector : struct
    {
        TVector v = TSimd.Load(source);
        VectorRules rules = _vectorRules;
        uint allLanes = TSimd.Count == 32 ? uint.MaxValue : (1u << TSimd.Count) - 1;

        // The common case: only Arabic letters (U+0621–U+063F, U+0641–U+064A) and printable ASCII.
        TVector common = TSimd.Or(
            TSimd.Or(InRange<TSimd, TVector>(v, 0x0621, 0x1F), InRange<TSimd, TVector>(v, 0x0641, 0x0A)),
            TSimd.Or(InRange<TSimd, TVector>(v, 0x20, 0x5F), TSimd.Or(Is<TSimd, TVector>(v, '\n'), Is<TSimd, TVector>(v, '\r'))));
        uint stop;
        TVector r;
        deleted = 0;
        if (!rules.FoldPunctuation && TSimd.MostSignificantBits(common) == allLanes)
        {
            stop = 0;
            r = ReplaceLetters<TSimd, TVector>(v, rules);
        }
        else
        {
            TVector plain = Plain<TSimd, TVector>(v, rules);
            if (rules.RemoveDiacritics || rules.RemoveTatweel)
            {
                TVector removed = Removed<TSimd, TVector>(v, rules);
                plain = TSimd.Or(plain, removed);
                deleted = TSimd.MostSignificantBits(removed);
            }

            stop = ~TSimd.MostSignificantBits(plain) & allLanes;
            r = ReplaceOthers<TSimd, TVector>(v, ReplaceLetters<TSimd, TVector>(v, rules), rules);
        }

        // A removed mark belongs to the character before it, so it must have one on the same line.
        stop |= deleted & (atLineStart ? 1u : 0u);

        deferred = false;
        uint breaks = 0;
        if (rules.NormalizeWhitespace)
        {
            // A line break is plain unless a space is next to it; a space is plain unless a space, a line
            // break or a stop is next to it, or it starts a line, or it is in the last lane (deferred).
            breaks = TSimd.MostSignificantBits(TSimd.Or(Is<TSimd, TVector>(v, '\n'), Is<TSimd, TVector>(v, '\r')));
            uint spaces = TSimd.MostSignificantBits(Is<TSimd, TVector>(v, ' '));
            stop &= ~breaks;
            stop |= breaks & ((spaces << 1) | (spaces >> 1));
            stop |= deleted & (breaks << 1);
            stop |= spaces & (((spaces | stop | breaks | deleted) >> 1) | (breaks << 1) | (atLineStart ? 1u : 0u));
            uint lastLane = 1u << (TSimd.Count - 1);
            if ((spaces & lastLane) != 0 && (stop & (lastLane - 1)) == 0)
            {
                stop |= lastLane;
                deferred = true;
            }
        }

        TSimd.Store(r, destination);
        int consumed = TSimd.Count;
        if (stop != 0)
        {
            consumed = BitOperations.TrailingZeroCount(stop);
            deleted &= (1u << consumed) - 1;
        }

        // Whether the run leaves the output at the start of a line: its last kept character is a line break
        // (read from the masks: reading it back from the destination would wait on the vector store).
        uint kept = ~deleted & (consumed == 32 ? uint.MaxValue : (1u << consumed) - 1);
        endsLine = kept == 0 ? atLineStart : ((breaks >> (31 - BitOperations.LeadingZeroCount(kept))) & 1) != 0;
        return consumed;
    }

    // Lanes that the vectorized path removes: the common harakat, tanween, shadda, sukun and the other marks
    // of U+064B–U+065F except the hamza and madda marks U+0653–U+0655 (which may compose), the superscript
    // alef, and tatweel. The rarer Quranic and honorific marks go through the scalar path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Removed<TSimd, TVector>(TVector v, VectorRules rules)
        where TSimd : struct, ISimd<TVector>
        where TVector : struct
    {
        TVector removed = default;
        if (rules.RemoveDiacritics)
        {
            removed = TSimd.Or(
                TSimd.Or(InRange<TSimd, TVector>(v, 0x064B, 8), InRange<TSimd, TVector>(v, 0x0656, 10)),
                Is<TSimd, TVector>(v, 0x0670));
        }

        if (rules.RemoveTatweel)
        {
            removed = TSimd.Or(removed, Is<TSimd, TVector>(v, 0x0640));
        }

        return removed;
    }

    // Lanes whose character the vectorized path normalizes by itself.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Plain<TSimd, TVector>(TVector v, VectorRules rules)
        where TSimd : struct, ISimd<TVector>
        where TVector : struct
    {
        TVector plain = InRange<TSimd, TVector>(v, 0x20, 0x5F);
        if (rules.FoldPunctuation)
        {
            TVector asciiPunctuation = TSimd.Or(
                TSimd.Or(InRange<TSimd, TVector>(v, 0x21, 15), InRange<TSimd, TVector>(v, 0x3A, 7)),
                TSimd.Or(InRange<TSimd, TVector>(v, 0x5B, 6), InRange<TSimd, TVector>(v, 0x7B, 4)));
            plain = TSimd.AndNot(plain, asciiPunctuation);
        }

        // Arabic characters that need the scalar path: controls, signs, punctuation and honorific marks
        // (U+0600–U+061F), tatweel, diacritics, the percent and separator signs, superscript alef, and the
        // Quranic marks with the full stop (U+06D4–U+06ED).
        TVector special = TSimd.Or(
            TSimd.Or(
                TSimd.Or(InRange<TSimd, TVector>(v, 0x0600, 0x20), Is<TSimd, TVector>(v, 0x0640)),
                TSimd.Or(InRange<TSimd, TVector>(v, 0x064B, 0x15), InRange<TSimd, TVector>(v, 0x066A, 4))),
            TSimd.Or(Is<TSimd, TVector>(v, 0x0670), InRange<TSimd, TVector>(v, 0x06D4, 0x1A)));
        if (!rules.FoldPunctuation)
        {
            // The Arabic comma, semicolon and question mark are plain unless punctuation is folded.
            special = TSimd.AndNot(special, TSimd.Or(
                TSimd.Or(Is<TSimd, TVector>(v, 0x060C), Is<TSimd, TVector>(v, 0x061B)),
                Is<TSimd, TVector>(v, 0x061F)));
        }

        plain = TSimd.Or(plain, TSimd.AndNot(InRange<TSimd, TVector>(v, 0x0600, 0x100), special));
        if (rules.UnifyQuotes)
        {
            plain = TSimd.Or(plain, DoubleQuotes<TSimd, TVector>(v));
        }

        return plain;
    }

    // The replacements of Arabic letters and ASCII: alef forms, hamza seats, alef maqsura, taa marbuta, case.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector ReplaceLetters<TSimd, TVector>(TVector v, VectorRules rules)
        where TSimd : struct, ISimd<TVector>
        where TVector : struct
    {
        TVector r = v;
        if (rules.FoldAlef)
        {
            TVector alef = TSimd.Or(
                TSimd.Or(InRange<TSimd, TVector>(v, 0x0622, 2), Is<TSimd, TVector>(v, 0x0625)),
                InRange<TSimd, TVector>(v, 0x0671, 3));
            r = TSimd.Select(alef, TSimd.Broadcast(0x0627), r);
        }

        if (rules.FoldHamzaSeats)
        {
            r = TSimd.Select(Is<TSimd, TVector>(v, 0x0624), TSimd.Broadcast(0x0648), r);
            r = TSimd.Select(Is<TSimd, TVector>(v, 0x0626), TSimd.Broadcast(0x064A), r);
        }

        if (rules.FoldAlefMaqsura)
        {
            r = TSimd.Select(Is<TSimd, TVector>(v, 0x0649), TSimd.Broadcast(0x064A), r);
        }

        if (rules.FoldTaaMarbuta)
        {
            r = TSimd.Select(Is<TSimd, TVector>(v, 0x0629), TSimd.Broadcast(0x0647), r);
        }

        if (rules.LowercaseLatin)
        {
            r = TSimd.Select(InRange<TSimd, TVector>(v, 'A', 26), TSimd.Add(v, TSimd.Broadcast(0x20)), r);
        }

        return r;
    }

    // The replacements of the other plain characters: Persian letters, digits, double quotes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector ReplaceOthers<TSimd, TVector>(TVector v, TVector r, VectorRules rules)
        where TSimd : struct, ISimd<TVector>
        where TVector : struct
    {
        if (rules.FoldPersianLetters)
        {
            r = TSimd.Select(Is<TSimd, TVector>(v, 0x06A9), TSimd.Broadcast(0x0643), r);
            r = TSimd.Select(Is<TSimd, TVector>(v, 0x06CC), TSimd.Broadcast(0x064A), r);
        }

        if (rules.NormalizeDigits)
        {
            r = TSimd.Select(InRange<TSimd, TVector>(v, 0x0660, 10), TSimd.Subtract(v, TSimd.Broadcast(0x0660 - '0')), r);
            r = TSimd.Select(InRange<TSimd, TVector>(v, 0x06F0, 10), TSimd.Subtract(v, TSimd.Broadcast(0x06F0 - '0')), r);
        }

        if (rules.UnifyQuotes)
        {
            r = TSimd.Select(DoubleQuotes<TSimd, TVector>(v), TSimd.Broadcast('"'), r);
        }

        return r;
    }

    // The double quotation marks common in news copy: “ ” « ».
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector DoubleQuotes<TSimd, TVector>(TVector v)
        where TSimd : struct, ISimd<TVector>
        where TVector : struct =>
        TSimd.Or(InRange<TSimd, TVector>(v, 0x201C, 2), TSimd.Or(Is<TSimd, TVector>(v, 0x00AB), Is<TSimd, TVector>(v, 0x00BB)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Is<TSimd, TVector>(TVector v, ushort value)
        where TSimd : struct, ISimd<TVector>
        where TVector : struct => TSimd.Equal(v, TSimd.Broadcast(value));

    // Lanes in [low, low + count): one unsigned comparison.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector InRange<TSimd, TVector>(TVector v, ushort low, ushort count)
        where TSimd : struct, ISimd<TVector>
        where TVector : struct => TSimd.LessThan(TSimd.Subtract(v, TSimd.Broadcast(low)), TSimd.Broadcast(count));

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
        bool NormalizeWhitespace,
        bool RemoveDiacritics,
        bool RemoveTatweel)
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
            o.NormalizeWhitespace,
            o.RemoveDiacritics,
            o.RemoveTatweel);
    }
}
