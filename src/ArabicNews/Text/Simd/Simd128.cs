using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Text.Simd;

/// <summary>The 128-bit implementation of <see cref="ISimd{TVector}"/>.</summary>
internal readonly struct Simd128 : ISimd<Vector128<ushort>>
{
    public static int Count => Vector128<ushort>.Count;

    public static bool IsHardwareAccelerated => Vector128.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Load(ReadOnlySpan<char> source) =>
        Vector128.Create<ushort>(MemoryMarshal.Cast<char, ushort>(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<ushort> value, Span<char> destination) =>
        value.CopyTo(MemoryMarshal.Cast<char, ushort>(destination));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Broadcast(ushort value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Equal(Vector128<ushort> left, Vector128<ushort> right) => Vector128.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> LessThan(Vector128<ushort> left, Vector128<ushort> right) => Vector128.LessThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Add(Vector128<ushort> left, Vector128<ushort> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Subtract(Vector128<ushort> left, Vector128<ushort> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Or(Vector128<ushort> left, Vector128<ushort> right) => left | right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> AndNot(Vector128<ushort> left, Vector128<ushort> right) => Vector128.AndNot(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Select(Vector128<ushort> mask, Vector128<ushort> whenTrue, Vector128<ushort> whenFalse) =>
        Vector128.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint MostSignificantBits(Vector128<ushort> mask) => Vector128.ExtractMostSignificantBits(mask);
}
