using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Text.Simd;

/// <summary>The 256-bit implementation of <see cref="ISimd{TVector}"/>.</summary>
internal readonly struct Simd256 : ISimd<Vector256<ushort>>
{
    public static int Count => Vector256<ushort>.Count;

    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Load(ReadOnlySpan<char> source) =>
        Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<ushort> value, Span<char> destination) =>
        value.CopyTo(MemoryMarshal.Cast<char, ushort>(destination));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Broadcast(ushort value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Equal(Vector256<ushort> left, Vector256<ushort> right) => Vector256.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> LessThan(Vector256<ushort> left, Vector256<ushort> right) => Vector256.LessThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Add(Vector256<ushort> left, Vector256<ushort> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Subtract(Vector256<ushort> left, Vector256<ushort> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Or(Vector256<ushort> left, Vector256<ushort> right) => left | right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> AndNot(Vector256<ushort> left, Vector256<ushort> right) => Vector256.AndNot(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Select(Vector256<ushort> mask, Vector256<ushort> whenTrue, Vector256<ushort> whenFalse) =>
        Vector256.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint MostSignificantBits(Vector256<ushort> mask) => Vector256.ExtractMostSignificantBits(mask);
}
