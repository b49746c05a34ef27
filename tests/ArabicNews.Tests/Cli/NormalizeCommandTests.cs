using System.IO;
using System.Linq;
using ArabicNews.Normalization;

namespace ArabicNews.Tests.Cli;

/// <summary><c>arabic-news normalize</c>.</summary>
public class NormalizeCommandTests
{
    [Fact]
    public void Standard_input_is_normalized_line_by_line_with_the_search_profile_by_default()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("الـرئيس  ٢٠٢٤\r\n  «نص»\nأخير", "normalize");

        exitCode.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().Be("الرئيس 2024\n\"نص\"\nاخير\n");
    }

    [Theory]
    [InlineData("search", "الرئيس \"الروسي\" 2024")]
    [InlineData("dedup", "الرييس الروسي 2024")]
    [InlineData("display", "الرئيس \"الروسي\" ٢٠٢٤")]
    public void The_profile_option_chooses_the_rules(string profile, string expected)
    {
        CliRunner.Run("الـرئيس «الروسي» ٢٠٢٤", "normalize", "--profile", profile).Stdout.Should().Be(expected + "\n");
    }

    [Fact]
    public void Files_are_read_as_UTF8_with_or_without_a_byte_order_mark_and_give_one_output_line_per_input_line()
    {
        string seed = Repo.SeedFiles[0];
        string withBom = Path.GetTempFileName();
        File.WriteAllBytes(withBom, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(seed)]);
        try
        {
            var (exitCode, stdout, _) = CliRunner.Run("", "normalize", seed, withBom);

            exitCode.Should().Be(0);
            string[] inputLines = File.ReadAllLines(seed);
            string[] expected = inputLines.Select(ArabicNormalizer.Search.Normalize).ToArray();
            stdout.Should().Be(string.Join("\n", expected.Concat(expected)) + "\n");
        }
        finally
        {
            File.Delete(withBom);
        }
    }

    [Fact]
    public void A_missing_file_is_a_user_error()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("", "normalize", "no-such-file.txt");

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be("arabic-news: no such file or directory: 'no-such-file.txt'\n");
    }

    [Fact]
    public void Invalid_UTF8_is_a_user_error()
    {
        var (exitCode, _, stderr) = CliRunner.Run(new byte[] { 0x61, 0xFF, 0xFE, 0x0A }, "normalize");

        exitCode.Should().Be(2);
        stderr.Should().Be("arabic-news: '-' is not valid UTF-8 text\n");
    }

    [Theory]
    [InlineData("normalize", "--profile", "loose")]
    [InlineData("normalize", "--unknown")]
    [InlineData("frobnicate")]
    public void A_bad_command_line_is_a_user_error_on_one_line(params string[] args)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("", args);

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("arabic-news: ").And.EndWith("\n");
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Help_is_not_an_error()
    {
        var (exitCode, stdout, _) = CliRunner.Run("", "normalize", "--help");

        exitCode.Should().Be(0);
        stdout.Should().Contain("--profile");
    }

    [Fact]
    public void A_directory_stands_for_its_text_files_in_path_order()
    {
        var (exitCode, stdout, _) = CliRunner.Run("", "normalize", Repo.Seeds);

        exitCode.Should().Be(0);
        string expected = string.Concat(Repo.SeedFiles.SelectMany(File.ReadAllLines).Select(l => ArabicNormalizer.Search.Normalize(l) + "\n"));
        stdout.Should().Be(expected);
    }
}
