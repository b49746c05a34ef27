using System;
using System.Buffers;
using System.Globalization;

namespace ArabicNews.Lexicons;

/// <summary>
/// The compatibility decompositions (NFKC) of the Arabic presentation forms, U+FB50–U+FDFF and
/// U+FE70–U+FEFF, read once from <c>presentation-forms.tsv</c>. The data is carried by the library so that
/// normalization needs no ICU at run time (<c>InvariantGlobalization=true</c>).
/// </summary>
internal static class PresentationForms
{
    /// <summary>The first code point of the two blocks.</summary>
    public const char First = '\uFB50';

    /// <summary>The last code point of the two blocks.</summary>
    public const char Last = '\uFEFF';

    private static readonly string?[] s_table = Load();

    /// <summary>Gets both blocks as one contiguous range, for a vectorized search.</summary>
    public static SearchValues<char> Range { get; } = SearchValues.Create(CreateRange());

    /// <summary>Gets the longest decomposition (U+FDFA, 18 characters).</summary>
    public static int MaxLength { get; } = ComputeMaxLength();

    /// <summary>Returns the decomposition of <paramref name="c"/>, or null when it has none.</summary>
    public static string? Decompose(char c)
    {
        uint offset = (uint)(c - First);
        return offset < (uint)s_table.Length ? s_table[offset] : null;
    }

    private static char[] CreateRange()
    {
        var range = new char[Last - First + 1];
        for (int i = 0; i < range.Length; i++)
        {
            range[i] = (char)(First + i);
        }

        return range;
    }

    private static string?[] Load()
    {
        var table = new string?[Last - First + 1];
        foreach (string[] fields in LexiconLoader.ReadEntries("presentation-forms.tsv"))
        {
            char key = (char)int.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            string[] points = fields[1].Split(' ');
            var chars = new char[points.Length];
            for (int i = 0; i < points.Length; i++)
            {
                chars[i] = (char)int.Parse(points[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }

            table[key - First] = new string(chars);
        }

        return table;
    }

    private static int ComputeMaxLength()
    {
        int max = 1;
        foreach (string? s in s_table)
        {
            max = Math.Max(max, s?.Length ?? 0);
        }

        return max;
    }
}
