using System;
using ArabicNews.Annotations;
using ArabicNews.Text;

namespace ArabicNews.Normalization;

/// <summary>
/// The result of <see cref="ArabicNormalizer.NormalizeWithOffsets(string)"/>: the original text, its
/// normalized form, and the map from positions in the normalized text back to the original.
/// </summary>
/// <remarks>
/// Extractors search <see cref="Text"/> and report what they find with <see cref="ToOriginal(TextSpan)"/>,
/// so that every span a caller sees points into the text the caller gave.
/// </remarks>
[Immutable]
public readonly struct NormalizedText : IEquatable<NormalizedText>
{
    internal NormalizedText(string original, string text, OffsetMap map)
    {
        Original = original;
        Text = text;
        Map = map;
    }

    /// <summary>Gets the text that was normalized.</summary>
    public string Original { get; }

    /// <summary>Gets the normalized text; the same instance as <see cref="Original"/> when nothing changed.</summary>
    public string Text { get; }

    /// <summary>Gets the map from positions in <see cref="Text"/> to positions in <see cref="Original"/>.</summary>
    public OffsetMap Map { get; }

    /// <summary>Gets whether normalization changed the text.</summary>
    public bool IsChanged => !ReferenceEquals(Text, Original);

    /// <summary>Maps a range of <see cref="Text"/> to the range of <see cref="Original"/> that produced it.</summary>
    /// <param name="span">A range of <see cref="Text"/>.</param>
    /// <returns>The range of <see cref="Original"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside <see cref="Text"/>.</exception>
    public TextSpan ToOriginal(TextSpan span) => Map.ToOriginal(span);

    /// <summary>Maps a range of <see cref="Text"/> to the range of <see cref="Original"/> that produced it.</summary>
    /// <param name="start">The start of the range in <see cref="Text"/>.</param>
    /// <param name="length">The length of the range.</param>
    /// <returns>The range of <see cref="Original"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside <see cref="Text"/>.</exception>
    public TextSpan ToOriginal(int start, int length) => Map.ToOriginal(start, length);

    /// <summary>Maps a position of <see cref="Text"/> to the position in <see cref="Original"/> that it came from.</summary>
    /// <param name="index">A position in <see cref="Text"/>, from 0 to its length inclusive.</param>
    /// <returns>The position in <see cref="Original"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the text.</exception>
    public int ToOriginal(int index) => Map.ToOriginal(index);

    /// <summary>Returns the original text of a range of the normalized text.</summary>
    /// <param name="span">A range of <see cref="Text"/>.</param>
    /// <returns>The slice of <see cref="Original"/> that produced it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside <see cref="Text"/>.</exception>
    public ReadOnlySpan<char> GetOriginalSlice(TextSpan span) => ToOriginal(span).Slice(Original);

    /// <summary>Returns the normalized text.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text ?? string.Empty;

    /// <inheritdoc/>
    public bool Equals(NormalizedText other) =>
        string.Equals(Original, other.Original, StringComparison.Ordinal)
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Map == other.Map;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NormalizedText other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Original, Text);

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether the results are equal.</returns>
    public static bool operator ==(NormalizedText left, NormalizedText right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether the results differ.</returns>
    public static bool operator !=(NormalizedText left, NormalizedText right) => !left.Equals(right);
}
