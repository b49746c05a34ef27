using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArabicNews.Evaluation;

/// <summary>Reads and writes annotation files, and finds the annotated set in the repository.</summary>
public static class AnnotationFile
{
    /// <summary>The JSON conventions of the files: camelCase names, kebab-case enum values, comments allowed.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads one annotation file.</summary>
    public static ArticleAnnotation Read(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ArticleAnnotation>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path}: empty annotation");
    }

    /// <summary>The folder of the SaudiNewsNet annotations in the repository (<c>benchmarks/annotations/saudinewsnet</c>).</summary>
    public static string FindDefaultFolder()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "benchmarks", "annotations", "saudinewsnet");
                if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.sln")) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("benchmarks/annotations/saudinewsnet not found; run from the repository");
    }

    /// <summary>The annotations of one split (<c>dev/</c> or <c>test/</c> under <paramref name="folder"/>), in file order.</summary>
    public static IReadOnlyList<ArticleAnnotation> ReadSplit(string folder, Split split)
    {
        string directory = Path.Combine(folder, split == Split.Test ? "test" : "dev");
        return Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Read).ToArray()
            : [];
    }

    /// <summary>The file name of an article's annotation: <c>yyyy-MM-dd_index.json</c>.</summary>
    public static string FileName(string articleId) => articleId.Replace('/', '_') + ".json";
}
