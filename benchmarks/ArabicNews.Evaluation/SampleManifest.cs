using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ArabicNews.Evaluation;

/// <summary>An article of the sample as the manifest lists it.</summary>
/// <param name="Day">The extraction day.</param>
/// <param name="Index">The index in the day's file.</param>
/// <param name="Source">The outlet.</param>
/// <param name="Split">Development or test.</param>
public sealed record SampleEntry(DateOnly Day, int Index, string Source, Split Split)
{
    /// <summary>The article's identifier, <c>yyyy-MM-dd/index</c>.</summary>
    public string Id => $"{Day:yyyy-MM-dd}/{Index}";
}

/// <summary>The sample's manifest (<c>sample.tsv</c>): which articles were drawn and their split; no article text.</summary>
public static class SampleManifest
{
    private const string Header = "article\tsource\tsplit\tcharacters";

    /// <summary>Writes the manifest.</summary>
    public static void Write(string path, IEnumerable<SampledArticle> sample)
    {
        var lines = new List<string>
        {
            "# SaudiNewsNet articles drawn by `ArabicNews.Evaluation sample` (Sampler.Default); the texts stay in ../shared/corpora.",
            Header,
        };
        lines.AddRange(sample.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Article.Id}\t{s.Article.Source}\t{(s.Split == Split.Test ? "test" : "dev")}\t{s.Article.Text.Length}")));
        File.WriteAllLines(path, lines);
    }

    /// <summary>Reads the manifest.</summary>
    public static IReadOnlyList<SampleEntry> Read(string path) => File.ReadAllLines(path)
        .Where(l => l.Length > 0 && !l.StartsWith('#') && l != Header)
        .Select(l => l.Split('\t'))
        .Select(f =>
        {
            string[] id = f[0].Split('/');
            return new SampleEntry(
                DateOnly.ParseExact(id[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                int.Parse(id[1], CultureInfo.InvariantCulture),
                f[1],
                f[2] == "test" ? Split.Test : Split.Development);
        })
        .ToArray();
}
