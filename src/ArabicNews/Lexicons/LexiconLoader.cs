using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ArabicNews.Lexicons;

/// <summary>
/// The one reader of the library's embedded data files (<c>Lexicons/Data/*.tsv</c>): UTF-8 text, one entry
/// a line, fields separated by tabs, <c>#</c> starting a comment line, blank lines ignored.
/// Each file states its source and licence in its header comment.
/// </summary>
internal static class LexiconLoader
{
    private const string ResourcePrefix = "ArabicNews.Lexicons.";

    /// <summary>Reads the entries of an embedded data file, each as its array of fields.</summary>
    /// <param name="fileName">The file name under <c>Lexicons/Data</c>, such as <c>presentation-forms.tsv</c>.</param>
    /// <returns>The entries in file order.</returns>
    /// <exception cref="InvalidOperationException">The file is not embedded in the assembly.</exception>
    public static IReadOnlyList<string[]> ReadEntries(string fileName)
    {
        using Stream stream = typeof(LexiconLoader).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException(ArabicNewsMessages.MissingLexicon(fileName));
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var entries = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            entries.Add(line.Split('\t'));
        }

        return entries;
    }
}
