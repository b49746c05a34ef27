using System;

namespace ArabicNews.Text.Simd;

/// <summary>
/// The vector operations the text stages use, over UTF-16 code units, implemented once per vector width
/// (<see cref="Simd128"/>, <see cref="Simd256"/>, <see cref="Simd512"/>). A stage written against this
/// interface is compiled by the JIT separately for each width, with every call inlined.
/// </summary>
/// <typeparam name="TVector">The vector type: <c>Vector128&lt;ushort&gt;</c>, <c>Vector256&lt;ushort&gt;</c> or <c>Vector512&lt;ushort&gt;</c>.</typeparam>
internal interface ISimd<TVector>
    where TVector : struct
{
    /// <summary>Gets the number of code units in a vector.</summary>
    static abstract int Count { get; }

    /// <summary>Gets whether the hardware runs this width natively.</summary>
    static abstract bool IsHardwareAccelerated { get; }

    /// <summary>Loads the first <see cref="Count"/> code units of <paramref name="source"/>.</summary>
    static abstract TVector Load(ReadOnlySpan<char> source);

    /// <summary>Stores <paramref name="value"/> into the first <see cref="Count"/> code units of <paramref name="destination"/>.</summary>
    static abstract void Store(TVector value, Span<char> destination);

    /// <summary>A vector with <paramref name="value"/> in every lane.</summary>
    static abstract TVector Broadcast(ushort value);

    /// <summary>All ones where the lanes are equal.</summary>
    static abstract TVector Equal(TVector left, TVector right);

    /// <summary>All ones where <paramref name="left"/> is less than <paramref name="right"/>, unsigned.</summary>
    static abstract TVector LessThan(TVector left, TVector right);

    /// <summary>Lane-wise sum, wrapping.</summary>
    static abstract TVector Add(TVector left, TVector right);

    /// <summary>Lane-wise difference, wrapping.</summary>
    static abstract TVector Subtract(TVector left, TVector right);

    /// <summary>Bitwise or.</summary>
    static abstract TVector Or(TVector left, TVector right);

    /// <summary>Bitwise <c>left &amp; ~right</c>.</summary>
    static abstract TVector AndNot(TVector left, TVector right);

    /// <summary><paramref name="whenTrue"/> where <paramref name="mask"/> is all ones, else <paramref name="whenFalse"/>.</summary>
    static abstract TVector Select(TVector mask, TVector whenTrue, TVector whenFalse);

    /// <summary>One bit per lane (lane 0 in bit 0), set where the lane's top bit is set.</summary>
    static abstract uint MostSignificantBits(TVector mask);
}
