using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Text.Simd;

/// <summary>The 512-bit implementation of <see cref="ISimd{TVector}"/>.</summary>
internal readonly struct Simd512 : ISimd<Vector512<ushort>>
{
    public static int Count => Vector512<ushort>.Count;

    public static bool IsHardwareAccelerated => Vector512.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> Load(ReadOnlySpan<char> source) =>
        Vector512.Create<ushort>(MemoryMarshal.Cast<char, ushort>(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<ushort> value, Span<char> destination) =>
        value.CopyTo(MemoryMarshal.Cast<char, ushort>(destination));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> Broadcast(ushort value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> Equal(Vector512<ushort> left, Vector512<ushort> right) => Vector512.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> LessThan(Vector512<ushort> left, Vector512<ushort> right) => Vector512.LessThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> Add(Vector512<ushort> left, Vector512<ushort> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> Subtract(Vector512<ushort> left, Vector512<ushort> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> Or(Vector512<ushort> left, Vector512<ushort> right) => left | right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> AndNot(Vector512<ushort> left, Vector512<ushort> right) => Vector512.AndNot(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> Select(Vector512<ushort> mask, Vector512<ushort> whenTrue, Vector512<ushort> whenFalse) =>
        Vector512.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint MostSignificantBits(Vector512<ushort> mask) => (uint)Vector512.ExtractMostSignificantBits(mask);
}
