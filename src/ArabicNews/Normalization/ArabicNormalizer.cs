using System;
using System.Buffers;
using ArabicNews.Annotations;
using ArabicNews.Lexicons;
using ArabicNews.Text;
using ArabicNews.Text.Simd;

namespace ArabicNews.Normalization;

/// <summary>
/// Normalizes Arabic text by the rules of a <see cref="NormalizationOptions"/>: alef forms, alef maqsura,
/// taa marbuta, tatweel, diacritics, digits, presentation forms, Persian letters, invisible characters,
/// whitespace and quotation marks, each a switch.
/// </summary>
/// <remarks>
/// <para>
/// All rules run in one pass, in time linear in the input, without exceptions for any content (lone
/// surrogates are copied as they are). Normalization is idempotent: normalizing the output again changes
/// nothing. It needs neither ICU nor a culture, so it runs the same with <c>InvariantGlobalization=true</c>.
/// </para>
/// <para>
/// Instances are immutable and thread-safe; share them. The span API writes into a caller's buffer;
/// <see cref="Normalize(string)"/> returns the same instance, allocating nothing, when the text is
/// already normalized; <see cref="NormalizeWithOffsets(string)"/> also maps every position of the
/// result back to the original text.
/// </para>
/// </remarks>
[Immutable]
public sealed partial class ArabicNormalizer
{
    private const int StackBufferLength = 256;

    // The vector width in bits the loop uses (512, 256 or 128), or 0 for the scalar path alone.
    private readonly int _vectorWidth;

    /// <summary>Creates a normalizer that applies <paramref name="options"/>.</summary>
    /// <param name="options">The rules to apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ArabicNormalizer(NormalizationOptions options)
        : this(options, BestVectorWidth)
    {
    }

    // vectorWidth: 512, 256, 128 or 0 (the scalar path alone); tests compare every width the hardware has.
    internal ArabicNormalizer(NormalizationOptions options, int vectorWidth)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (vectorWidth is not (0 or 128 or 256 or 512))
        {
            throw new ArgumentOutOfRangeException(nameof(vectorWidth));
        }

        Options = options;
        _vectorWidth = vectorWidth;
        _table = BuildTable(options);
        _vectorRules = VectorRules.From(options);
    }

    /// <summary>Gets the widest vector width, in bits, that this machine runs natively; 0 when it has none.</summary>
    internal static int BestVectorWidth =>
        Simd512.IsHardwareAccelerated ? 512 : Simd256.IsHardwareAccelerated ? 256 : Simd128.IsHardwareAccelerated ? 128 : 0;

    /// <summary>Gets a shared normalizer for the <see cref="NormalizationProfile.Search"/> profile.</summary>
    public static ArabicNormalizer Search { get; } = new(NormalizationOptions.Search);

    /// <summary>Gets a shared normalizer for the <see cref="NormalizationProfile.Dedup"/> profile.</summary>
    public static ArabicNormalizer Dedup { get; } = new(NormalizationOptions.Dedup);

    /// <summary>Gets a shared normalizer for the <see cref="NormalizationProfile.Display"/> profile.</summary>
    public static ArabicNormalizer Display { get; } = new(NormalizationOptions.Display);

    /// <summary>Gets the rules this normalizer applies.</summary>
    public NormalizationOptions Options { get; }

    /// <summary>Returns the shared normalizer of a named profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns><see cref="Search"/>, <see cref="Dedup"/> or <see cref="Display"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="profile"/> is not a defined value.</exception>
    public static ArabicNormalizer ForProfile(NormalizationProfile profile) => profile switch
    {
        NormalizationProfile.Search => Search,
        NormalizationProfile.Dedup => Dedup,
        NormalizationProfile.Display => Display,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, ArabicNewsMessages.UnknownProfile(profile)),
    };

    /// <summary>
    /// Returns a length that is always enough for the normalized form of <paramref name="source"/>: its own
    /// length, plus what its presentation forms add when they are decomposed (ﷺ becomes 18 characters).
    /// </summary>
    /// <param name="source">The text to normalize.</param>
    /// <returns>A destination length with which <see cref="TryNormalize"/> cannot fail.</returns>
    public int GetMaxNormalizedLength(ReadOnlySpan<char> source)
    {
        if (!Options.DecomposePresentationForms)
        {
            return source.Length;
        }

        long total = source.Length;
        ReadOnlySpan<char> rest = source;
        int index;
        while ((index = rest.IndexOfAny(PresentationForms.Range)) >= 0)
        {
            total += (PresentationForms.Decompose(rest[index])?.Length ?? 1) - 1;
            rest = rest[(index + 1)..];
        }

        return (int)Math.Min(total, Array.MaxLength);
    }

    /// <summary>
    /// Normalizes <paramref name="source"/> into <paramref name="destination"/>. The normalized text is never
    /// longer than <paramref name="source"/> unless presentation forms are decomposed; see
    /// <see cref="GetMaxNormalizedLength"/>. Code units of <paramref name="destination"/> past
    /// <paramref name="charsWritten"/> may have been overwritten.
    /// </summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">The buffer that receives the normalized text; it must not overlap <paramref name="source"/>.</param>
    /// <param name="charsWritten">The length of the normalized text, or 0 when <paramref name="destination"/> is too small.</param>
    /// <returns>Whether <paramref name="destination"/> was large enough.</returns>
    /// <exception cref="ArgumentException">The buffers overlap.</exception>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
    {
        if (source.Overlaps(destination))
        {
            throw new ArgumentException(ArabicNewsMessages.BuffersOverlap, nameof(destination));
        }

        var recorder = default(NoOffsetRecorder);
        return NormalizeCore(source, destination, ref recorder, out charsWritten);
    }

    /// <summary>
    /// Normalizes <paramref name="text"/>. Returns <paramref name="text"/> itself, allocating nothing, when it
    /// is already normalized.
    /// </summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NormalizeToString(text, text);
    }

    /// <summary>Normalizes <paramref name="text"/> into a new string.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized text.</returns>
    public string Normalize(ReadOnlySpan<char> text) => NormalizeToString(text, original: null);

    /// <summary>Returns whether normalizing <paramref name="text"/> would leave it unchanged.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns>Whether <paramref name="text"/> is already normalized.</returns>
    public bool IsNormalized(ReadOnlySpan<char> text)
    {
        Span<char> buffer = RentBuffer(text, stackalloc char[StackBufferLength], out char[]? rented);
        try
        {
            var recorder = default(NoOffsetRecorder);
            NormalizeCore(text, buffer, ref recorder, out int written);
            return buffer[..written].SequenceEqual(text);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Normalizes <paramref name="text"/> and keeps the map from every position of the result back to
    /// <paramref name="text"/>. Allocates nothing when the text is already normalized.
    /// </summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The original text, the normalized text and the map between them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public NormalizedText NormalizeWithOffsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> buffer = RentBuffer(text, stackalloc char[StackBufferLength], out char[]? rented);
        var recorder = default(OffsetMapBuilder);
        try
        {
            NormalizeCore(text, buffer, ref recorder, out int written);
            Span<char> result = buffer[..written];
            OffsetMap map = recorder.ToMap(written, text.Length);
            string normalized = map.IsIdentity && result.SequenceEqual(text) ? text : new string(result);
            return new NormalizedText(text, normalized, map);
        }
        finally
        {
            recorder.Dispose();
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Normalizes into rented buffers, for extractors that need the normalized text and its map only while
    /// they run: return <paramref name="rentedText"/> to <see cref="ArrayPool{T}.Shared"/> of char, and
    /// <paramref name="rentedEdits"/> (when not null) to that of <see cref="OffsetEdit"/>, when done.
    /// </summary>
    internal OffsetMap NormalizeRented(ReadOnlySpan<char> text, out char[] rentedText, out int length, out OffsetEdit[]? rentedEdits)
    {
        rentedText = ArrayPool<char>.Shared.Rent(Math.Max(1, GetMaxNormalizedLength(text)));
        var recorder = default(OffsetMapBuilder);
        NormalizeCore(text, rentedText, ref recorder, out length);
        return recorder.ToPooledMap(length, text.Length, out rentedEdits);
    }

    // A buffer large enough for the normalized text: the caller's stack buffer when it fits, else a rented array.
    private Span<char> RentBuffer(ReadOnlySpan<char> text, Span<char> stackBuffer, out char[]? rented)
    {
        int length = GetMaxNormalizedLength(text);
        if (length <= stackBuffer.Length)
        {
            rented = null;
            return stackBuffer;
        }

        rented = ArrayPool<char>.Shared.Rent(length);
        return rented;
    }

    private string NormalizeToString(ReadOnlySpan<char> text, string? original)
    {
        if (text.IsEmpty)
        {
            return original ?? string.Empty;
        }

        Span<char> buffer = RentBuffer(text, stackalloc char[StackBufferLength], out char[]? rented);
        try
        {
            var recorder = default(NoOffsetRecorder);
            NormalizeCore(text, buffer, ref recorder, out int written);
            Span<char> result = buffer[..written];
            return original is not null && result.SequenceEqual(text) ? original : new string(result);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
