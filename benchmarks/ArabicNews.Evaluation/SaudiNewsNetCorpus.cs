using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;

namespace ArabicNews.Evaluation;

/// <summary>
/// Reads the SaudiNewsNet corpus where it lies (<c>../shared/corpora/saudinewsnet</c>: one ZIP a day, each holding one
/// JSON array of articles). Its licence forbids copying the articles into this repository, so they are read at run time.
/// </summary>
public sealed class SaudiNewsNetCorpus
{
    private readonly Dictionary<DateOnly, SaudiNewsNetArticle[]> _days = new();

    /// <summary>Opens the corpus in <paramref name="directory"/>; the days are read when first asked for.</summary>
    public SaudiNewsNetCorpus(string directory)
    {
        Directory = directory;
        Days = System.IO.Directory.GetFiles(directory, "*.zip")
            .Select(p => DateOnly.ParseExact(Path.GetFileNameWithoutExtension(p), "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
    }

    /// <summary>The corpus folder.</summary>
    public string Directory { get; }

    /// <summary>The extraction days present, in order.</summary>
    public IReadOnlyList<DateOnly> Days { get; }

    /// <summary>
    /// The corpus beside the repository (<c>../shared/corpora/saudinewsnet</c> from the repository root, found upward from
    /// the working directory and from the program's folder), or <see langword="null"/> when it is absent.
    /// </summary>
    public static SaudiNewsNetCorpus? FindDefault()
    {
        foreach (string start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "..", "shared", "corpora", "saudinewsnet");
                if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.sln")) && System.IO.Directory.Exists(candidate))
                {
                    return new SaudiNewsNetCorpus(Path.GetFullPath(candidate));
                }
            }
        }

        return null;
    }

    /// <summary>The articles of one day, in the order of its file.</summary>
    public IReadOnlyList<SaudiNewsNetArticle> Day(DateOnly day)
    {
        if (!_days.TryGetValue(day, out SaudiNewsNetArticle[]? articles))
        {
            articles = ReadDay(day);
            _days[day] = articles;
        }

        return articles;
    }

    /// <summary>One article by its day and index.</summary>
    public SaudiNewsNetArticle Article(DateOnly day, int index) => Day(day)[index];

    /// <summary>Every article, day by day.</summary>
    public IEnumerable<SaudiNewsNetArticle> All() => Days.SelectMany(Day);

    private SaudiNewsNetArticle[] ReadDay(DateOnly day)
    {
        string path = Path.Combine(Directory, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".zip");
        using ZipArchive zip = ZipFile.OpenRead(path);
        ZipArchiveEntry entry = zip.Entries.Single(e => e.Name.EndsWith(".json", StringComparison.Ordinal));
        using Stream stream = entry.Open();
        using JsonDocument json = JsonDocument.Parse(stream);
        var articles = new List<SaudiNewsNetArticle>();
        int index = 0;
        foreach (JsonElement item in json.RootElement.EnumerateArray())
        {
            articles.Add(new SaudiNewsNetArticle(
                day,
                index++,
                item.GetProperty("source").GetString() ?? "",
                (item.GetProperty("title").GetString() ?? "").Trim(),
                (item.GetProperty("content").GetString() ?? "").Trim()));
        }

        return articles.ToArray();
    }
}
