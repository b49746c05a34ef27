using System;
using ArabicNews.Annotations;

namespace ArabicNews.Text;

/// <summary>
/// Maps positions in a transformed (for example normalized) text back to positions in the text it came from.
/// </summary>
/// <remarks>
/// <para>
/// The map is sparse: it stores only the places where the transformed text stops being a one-for-one copy
/// of the original (dropped characters, one character that became several, several that became one) and
/// finds the nearest one by binary search, so a lookup costs <c>O(log e)</c> for <c>e</c> such places and an
/// unchanged text costs nothing. Characters that were replaced one for one (<c>أ</c> by <c>ا</c>) keep their
/// positions and need no entry.
/// </para>
/// <para>
/// A character that was dropped because it belongs to the character before it (a diacritic, a tatweel)
/// is part of that character's original range; any other dropped character (a repeated space, an invisible
/// control) belongs to no output character, but does lie inside the original range of an output range that
/// spans it.
/// </para>
/// </remarks>
[Immutable]
public readonly struct OffsetMap : IEquatable<OffsetMap>
{
    private readonly OffsetEdit[]? _edits;
    private readonly int _count;

    internal OffsetMap(int originalLength, int length, OffsetEdit[]? edits)
        : this(originalLength, length, edits, edits?.Length ?? 0)
    {
    }

    // A map over the first `count` edits of a (possibly rented, longer) array.
    internal OffsetMap(int originalLength, int length, OffsetEdit[]? edits, int count)
    {
        OriginalLength = originalLength;
        Length = length;
        _edits = count > 0 ? edits : null;
        _count = count;
    }

    /// <summary>Creates the map of a text that was copied unchanged.</summary>
    /// <param name="length">The length of the text.</param>
    /// <returns>A map under which every position maps to itself.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static OffsetMap Identity(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new OffsetMap(length, length, null);
    }

    /// <summary>Gets the length, in UTF-16 code units, of the original text.</summary>
    public int OriginalLength { get; }

    /// <summary>Gets the length, in UTF-16 code units, of the transformed text.</summary>
    public int Length { get; }

    /// <summary>Gets whether every position maps to itself (the text was not changed in length anywhere).</summary>
    public bool IsIdentity => _edits is null;

    /// <summary>Gets the number of places where the transformed text is not a plain copy of the original.</summary>
    public int EditCount => _count;

    /// <summary>
    /// Maps a position in the transformed text to the position in the original text where the character
    /// at that position came from. <see cref="Length"/> maps to <see cref="OriginalLength"/>.
    /// </summary>
    /// <param name="index">A position in the transformed text, from 0 to <see cref="Length"/> inclusive.</param>
    /// <returns>The start of the original range that produced the character at <paramref name="index"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside <c>[0, Length]</c>.</exception>
    public int ToOriginal(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Length);
        if (_edits is null)
        {
            return index;
        }

        if (index == Length)
        {
            return OriginalLength;
        }

        return StartOf(Edits, index);
    }

    /// <summary>
    /// Maps a range of the transformed text to the smallest range of the original text that produced it.
    /// An empty range maps to an empty range at the mapped position.
    /// </summary>
    /// <param name="start">The start of the range in the transformed text.</param>
    /// <param name="length">The length of the range in the transformed text.</param>
    /// <returns>The range of the original text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside the transformed text.</exception>
    public TextSpan ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length - Math.Min(start, Length));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, Length);
        if (_edits is null)
        {
            return new TextSpan(start, length);
        }

        if (length == 0)
        {
            int at = start == Length ? OriginalLength : StartOf(Edits, start);
            return new TextSpan(at, 0);
        }

        int originalStart = StartOf(Edits, start);
        int originalEnd = EndOf(Edits, start + length - 1);
        return TextSpan.FromBounds(originalStart, originalEnd);
    }

    /// <summary>Maps a range of the transformed text to the smallest range of the original text that produced it.</summary>
    /// <param name="span">The range in the transformed text.</param>
    /// <returns>The range of the original text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside the transformed text.</exception>
    public TextSpan ToOriginal(TextSpan span) => ToOriginal(span.Start, span.Length);

    /// <inheritdoc/>
    public bool Equals(OffsetMap other) =>
        OriginalLength == other.OriginalLength
        && Length == other.Length
        && Edits.SequenceEqual(other.Edits);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OffsetMap other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(OriginalLength, Length, EditCount);

    /// <summary>Compares two maps for equality.</summary>
    /// <param name="left">The first map.</param>
    /// <param name="right">The second map.</param>
    /// <returns>Whether the maps are equal.</returns>
    public static bool operator ==(OffsetMap left, OffsetMap right) => left.Equals(right);

    /// <summary>Compares two maps for inequality.</summary>
    /// <param name="left">The first map.</param>
    /// <param name="right">The second map.</param>
    /// <returns>Whether the maps differ.</returns>
    public static bool operator !=(OffsetMap left, OffsetMap right) => !left.Equals(right);

    private ReadOnlySpan<OffsetEdit> Edits => new(_edits, 0, _count);

    // The original start of the output character at index (0 <= index < Length).
    private static int StartOf(ReadOnlySpan<OffsetEdit> edits, int index)
    {
        int k = LastEditAtOrBefore(edits, index);
        if (k < 0)
        {
            return index;
        }

        OffsetEdit e = edits[k];
        return index < e.OutputEnd ? e.OriginalStart : e.OriginalEnd + (index - e.OutputEnd);
    }

    // The original end (exclusive) of the output character at index (0 <= index < Length).
    private static int EndOf(ReadOnlySpan<OffsetEdit> edits, int index)
    {
        int k = LastEditAtOrBefore(edits, index);
        if (k < 0)
        {
            return index + 1;
        }

        OffsetEdit e = edits[k];
        return index < e.OutputEnd ? e.OriginalEnd : e.OriginalEnd + (index - e.OutputEnd) + 1;
    }

    // Binary search for the last edit whose OutputStart <= index; -1 when there is none.
    private static int LastEditAtOrBefore(ReadOnlySpan<OffsetEdit> edits, int index)
    {
        int lo = 0;
        int hi = edits.Length - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (edits[mid].OutputStart <= index)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
