using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Annotations;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;

namespace ArabicNews.Dedup;

/// <summary>
/// Which lines of a document are boilerplate that outlets add ("اقرأ أيضا: …", "تابعونا على …", bylines, sources)
/// and are left out of its signature: a line of at most <see cref="MaxWords"/> words whose Dedup-normalized text
/// starts with one of <see cref="Openings"/>.
/// </summary>
[Immutable]
public sealed class BoilerplateFilter
{
    private readonly string[] _normalized;

    /// <summary>Creates a filter of lines that start with one of <paramref name="openings"/>.</summary>
    /// <param name="openings">Line openings, in any spelling (they are Dedup-normalized).</param>
    /// <param name="maxWords">The longest line, in words, that can be boilerplate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openings"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWords"/> is negative.</exception>
    public BoilerplateFilter(IEnumerable<string> openings, int maxWords = 40)
    {
        ArgumentNullException.ThrowIfNull(openings);
        ArgumentOutOfRangeException.ThrowIfNegative(maxWords);
        Openings = openings.Select(o => o ?? throw new ArgumentNullException(nameof(openings))).ToArray();
        MaxWords = maxWords;
        _normalized = Openings.Select(o => ArabicNormalizer.Dedup.Normalize(o).Trim()).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Gets the default filter, with the openings of <c>Lexicons/Data/dedup-boilerplate.tsv</c>.</summary>
    public static BoilerplateFilter Default { get; } = new(LexiconLoader.ReadEntries("dedup-boilerplate.tsv").Select(e => e[0]));

    /// <summary>Gets a filter that keeps every line.</summary>
    public static BoilerplateFilter None { get; } = new([], 0);

    /// <summary>Gets the line openings, as given.</summary>
    public IReadOnlyList<string> Openings { get; }

    /// <summary>Gets the longest line, in words, that can be boilerplate.</summary>
    public int MaxWords { get; }

    /// <summary>Whether a Dedup-normalized line is boilerplate.</summary>
    /// <param name="normalizedLine">A line of Dedup-normalized text, without its line break.</param>
    /// <returns>True when the line starts with an opening and has at most <see cref="MaxWords"/> words.</returns>
    public bool IsBoilerplate(ReadOnlySpan<char> normalizedLine)
    {
        ReadOnlySpan<char> line = normalizedLine.TrimStart();
        foreach (string opening in _normalized)
        {
            if (line.StartsWith(opening, StringComparison.Ordinal) && (line.Length == opening.Length || line[opening.Length] == ' '))
            {
                return line.Count(' ') < MaxWords;
            }
        }

        return false;
    }
}
