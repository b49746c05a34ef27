using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ArabicNews.Normalization;

namespace ArabicNews.Tests.Cli;

/// <summary>
/// Normalization must not depend on ICU: the command-line tool, run as a separate process with
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>, gives exactly what the library gives in this (ICU) process.
/// </summary>
public class InvariantGlobalizationTests
{
    [Theory]
    [InlineData("search")]
    [InlineData("dedup")]
    [InlineData("display")]
    public void The_tool_normalizes_the_seeds_the_same_without_ICU(string profile)
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "arabic-news.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add("normalize");
        start.ArgumentList.Add("--profile");
        start.ArgumentList.Add(profile);
        foreach (string seed in Repo.SeedFiles)
        {
            start.ArgumentList.Add(seed);
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using Process process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.Should().Be(0, stderr);
        ArabicNormalizer normalizer = ArabicNormalizer.ForProfile(Enum.Parse<NormalizationProfile>(profile, ignoreCase: true));
        string expected = string.Concat(Repo.SeedFiles.SelectMany(File.ReadAllLines).Select(line => normalizer.Normalize(line) + "\n"));
        stdout.Should().Be(expected);
    }
}
