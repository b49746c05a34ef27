using System;
using ArabicNews.Annotations;

namespace ArabicNews.Text;

/// <summary>
/// A half-open range of UTF-16 code units, <c>[Start, Start + Length)</c>, in some text.
/// </summary>
/// <param name="Start">The index of the first code unit.</param>
/// <param name="Length">The number of code units.</param>
[Immutable]
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Gets the index one past the last code unit of the span.</summary>
    public int End => Start + Length;

    /// <summary>Gets whether the span covers no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and its exclusive end.</summary>
    /// <param name="start">The index of the first code unit.</param>
    /// <param name="end">The index one past the last code unit; not less than <paramref name="start"/>.</param>
    /// <returns>The span <c>[start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="end"/> is less than it.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Returns the code units of <paramref name="text"/> that this span covers.</summary>
    /// <param name="text">The text the span points into.</param>
    /// <returns>The slice of <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>Returns <c>[Start..End)</c>, the usual notation for a half-open range.</summary>
    /// <returns>A short description of the span.</returns>
    public override string ToString() => $"[{Start}..{End})";
}
