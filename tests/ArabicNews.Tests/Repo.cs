using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArabicNews.Tests;

/// <summary>Paths into the repository the tests run from.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static IReadOnlyList<string> SeedFiles { get; } =
        Directory.GetFiles(Path.Combine(FindRoot(), "seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();

    public static string ReadSeed(string path) => File.ReadAllText(path);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ArabicNews.sln not found above " + AppContext.BaseDirectory);
    }
}
