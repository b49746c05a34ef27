using System;
using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>
/// How documents are signed and compared. Immutable: derive a variant with <c>with</c>. Signatures made with the
/// same <see cref="ShingleSize"/>, <see cref="HashCount"/>, <see cref="Seed"/> and <see cref="Boilerplate"/> are
/// comparable in any process, on any machine.
/// </summary>
[Immutable]
public sealed record DedupOptions
{
    private readonly int _shingleSize = 3;
    private readonly int _hashCount = 128;
    private readonly double _threshold = 0.7;
    private readonly double _containmentThreshold = 0.8;
    private readonly TimeSpan? _window;
    private readonly BoilerplateFilter _boilerplate = BoilerplateFilter.Default;

    /// <summary>Gets the number of words in a shingle, 1 to 8. Default: 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 8.</exception>
    public int ShingleSize
    {
        get => _shingleSize;
        init => _shingleSize = value is >= 1 and <= 8 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, ArabicNewsMessages.ShingleSize);
    }

    /// <summary>Gets the number of MinHash functions, a multiple of 8 from 16 to 1024. Default: 128.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a multiple of 8 from 16 to 1024.</exception>
    public int HashCount
    {
        get => _hashCount;
        init => _hashCount = value is >= 16 and <= 1024 && value % 8 == 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, ArabicNewsMessages.HashCount);
    }

    /// <summary>Gets the seed of the shingle and MinHash functions. Default: 0x41524E4557534431 ("ARNEWSD1").</summary>
    public ulong Seed { get; init; } = 0x41524E4557534431;

    /// <summary>Gets the Jaccard similarity, in (0, 1], at or above which two documents are near duplicates. Default: 0.7.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1].</exception>
    public double Threshold
    {
        get => _threshold;
        init => _threshold = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, ArabicNewsMessages.SimilarityThreshold);
    }

    /// <summary>Gets the share of a short document's shingles, in (0, 1], that a longer one must hold to contain it. Default: 0.8.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1].</exception>
    public double ContainmentThreshold
    {
        get => _containmentThreshold;
        init => _containmentThreshold = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, ArabicNewsMessages.ContainmentThreshold);
    }

    /// <summary>Gets how long an indexed document stays in an index after the newest one added, or null to keep every document. Default: null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan? Window
    {
        get => _window;
        init => _window = value is null || value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, ArabicNewsMessages.Window);
    }

    /// <summary>Gets the filter of lines that outlets add and that are no part of an article. Default: <see cref="BoilerplateFilter.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public BoilerplateFilter Boilerplate
    {
        get => _boilerplate;
        init => _boilerplate = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the number of LSH bands, derived from <see cref="HashCount"/> and <see cref="Threshold"/> (see <see cref="Rows"/>).</summary>
    public int Bands => LshParameters.For(HashCount, Threshold).Bands;

    /// <summary>
    /// Gets the number of MinHash values in an LSH band: the largest row count for which some number of bands
    /// within <see cref="HashCount"/> makes two documents of similarity <see cref="Threshold"/> candidates with
    /// probability at least 0.95 (1 − (1 − t^r)^b ≥ 0.95), with the fewest such bands. Defaults: 17 bands of 5.
    /// </summary>
    public int Rows => LshParameters.For(HashCount, Threshold).Rows;

    /// <summary>Gets the default options.</summary>
    public static DedupOptions Default { get; } = new();
}
