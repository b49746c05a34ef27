using System;
using System.IO;
using System.Linq;
using ArabicNews.Normalization;
using ArabicNews.Text;

namespace ArabicNews.Tests;

/// <summary>The README's quick start, compiled and run here; the README must show exactly these lines.</summary>
[Collection(nameof(ConsoleCollection))]
public class ReadmeTests
{
    [Fact]
    public void The_quick_start_runs_and_prints_what_the_README_says()
    {
        var output = new StringWriter { NewLine = "\n" };
        TextWriter console = Console.Out;
        Console.SetOut(output);
        try
        {
            // README-BEGIN
            string text = "قال الرئيسُ الـروسي إنّ ٣٫٥ مليار «دولار» ذهبت";
            NormalizedText result = ArabicNormalizer.Search.NormalizeWithOffsets(text);
            Console.WriteLine(result.Text); // قال الرئيس الروسي ان 3.5 مليار "دولار" ذهبت

            int found = result.Text.IndexOf("الروسي", StringComparison.Ordinal);
            TextSpan original = result.ToOriginal(found, "الروسي".Length);
            Console.WriteLine(text[original.Start..original.End]); // الـروسي
            // README-END
        }
        finally
        {
            Console.SetOut(console);
        }

        output.ToString().Should().Be("قال الرئيس الروسي ان 3.5 مليار \"دولار\" ذهبت\nالـروسي\n");
    }

    [Fact]
    public void The_README_shows_the_quick_start_as_compiled_here()
    {
        string source = File.ReadAllText(Path.Combine(Repo.Root, "tests", "ArabicNews.Tests", "ReadmeTests.cs"));
        string sample = source[(source.IndexOf("// README-BEGIN", StringComparison.Ordinal) + "// README-BEGIN".Length)..source.IndexOf("// README-END", StringComparison.Ordinal)];
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));

        string[] readmeLines = readme.Split('\n').Select(l => l.Trim()).ToArray();
        foreach (string line in sample.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            readmeLines.Should().Contain(line);
        }
    }

    [Fact]
    public void The_README_gives_the_test_command_that_CI_runs()
    {
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        string ci = File.ReadAllText(Path.Combine(Repo.Root, ".ci", "run"));

        readme.Should().Contain("\nbash scripts/test.sh\n");
        ci.Split('\n').Should().Contain("bash scripts/test.sh");
    }
}

/// <summary>Tests that redirect the console run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public class ConsoleCollection;
