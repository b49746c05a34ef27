using System.IO;
using System.Linq;
using System.Text.Json;

namespace ArabicNews.Tests.Cli;

/// <summary><c>arabic-news analyze</c>: the JSON envelope that the extractors fill.</summary>
public class AnalyzeCommandTests
{
    [Fact]
    public void A_directory_gives_one_document_per_text_file_in_path_order()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("", "analyze", Repo.Seeds);

        exitCode.Should().Be(0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement[] documents = json.RootElement.GetProperty("documents").EnumerateArray().ToArray();
        documents.Select(d => d.GetProperty("path").GetString())
            .Should().Equal(Repo.SeedFiles.Select(f => Path.Combine(Repo.Seeds, Path.GetFileName(f))));
        foreach (JsonElement document in documents)
        {
            document.GetProperty("numbers").ValueKind.Should().Be(JsonValueKind.Array);
            document.GetProperty("dates").ValueKind.Should().Be(JsonValueKind.Array);
            document.GetProperty("quotes").ValueKind.Should().Be(JsonValueKind.Array);
        }

        // The five seeds share no quote (see QuoteClustererTests): the clusters follow the documents, empty.
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("documents", "quoteClusters");
        json.RootElement.GetProperty("quoteClusters").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void A_quote_reported_by_two_documents_is_a_quote_cluster_with_both_sources()
    {
        string directory = Directory.CreateTempSubdirectory().FullName;
        string a = Path.Combine(directory, "a.txt"), b = Path.Combine(directory, "b.txt"), c = Path.Combine(directory, "c.txt");
        File.WriteAllText(a, "وقال الرئيس الروسي فلاديمير بوتين: «إن روسيا لن تتراجع عن أهدافها في أوكرانيا مهما كلف الأمر».\n");
        File.WriteAllText(b, "وأكد بوتين في مؤتمر صحفي: \"ان روسيا لن تتراجع عن اهدافها فى اوكرانيا\".\n");
        File.WriteAllText(c, "وقال بوتين: «إن روسيا لن تتراجع عن أهدافها في أوكرانيا مهما كلف الأمر».\nوقال بوتين: «إن روسيا لن تتراجع عن أهدافها في أوكرانيا مهما كلف الأمر».\n");
        try
        {
            var (exitCode, stdout, stderr) = CliRunner.Run("", "analyze", a, b);

            exitCode.Should().Be(0, stderr);
            using JsonDocument json = JsonDocument.Parse(stdout);
            JsonElement cluster = json.RootElement.GetProperty("quoteClusters").EnumerateArray().Should().ContainSingle().Subject;
            cluster.GetProperty("text").GetString().Should().Be("إن روسيا لن تتراجع عن أهدافها في أوكرانيا مهما كلف الأمر");
            JsonElement[] sources = cluster.GetProperty("sources").EnumerateArray().ToArray();
            sources.Select(s => s.GetProperty("path").GetString()).Should().Equal(a, b);
            sources.Select(s => s.GetProperty("speaker").GetString()).Should().Equal("فلاديمير بوتين", "بوتين");
            sources.Select(s => s.GetProperty("similarity").GetDouble()).Should().Equal([1.0, 1.0], "the second is a truncation of the first");
            string text = File.ReadAllText(b);
            text.Substring(sources[1].GetProperty("start").GetInt32(), sources[1].GetProperty("length").GetInt32())
                .Should().Be("ان روسيا لن تتراجع عن اهدافها فى اوكرانيا");

            // A quote repeated within one document only is no cluster.
            var (_, alone, _) = CliRunner.Run("", "analyze", c);
            using JsonDocument single = JsonDocument.Parse(alone);
            single.RootElement.GetProperty("quoteClusters").GetArrayLength().Should().Be(0);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_length_of_a_document_counts_UTF16_code_units_of_the_decoded_text_without_the_byte_order_mark()
    {
        string file = Path.GetTempFileName();
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. "أحمد 😀"u8.ToArray()]);
        try
        {
            var (exitCode, stdout, _) = CliRunner.Run("", "analyze", "--reference-date", "2024-11-02", file);

            exitCode.Should().Be(0);
            using JsonDocument json = JsonDocument.Parse(stdout);
            json.RootElement.GetProperty("referenceDate").GetString().Should().Be("2024-11-02");
            JsonElement document = json.RootElement.GetProperty("documents")[0];
            document.GetProperty("path").GetString().Should().Be(file);
            document.GetProperty("length").GetInt32().Should().Be(7);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Dates_are_filled_and_resolved_against_the_reference_date_or_the_date_line()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("", "analyze", Repo.Seeds);

        exitCode.Should().Be(0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement[] documents = json.RootElement.GetProperty("documents").EnumerateArray().ToArray();

        // 002 has no date line and no reference date was given: its dates stay unresolved.
        documents[2].GetProperty("referenceDate").ValueKind.Should().Be(JsonValueKind.Null);
        JsonElement may = documents[2].GetProperty("dates").EnumerateArray().Single(d => d.GetProperty("text").GetString() == "27 مايو");
        may.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);

        // 004 starts with "date 2024-11-02".
        documents[4].GetProperty("referenceDate").GetString().Should().Be("2024-11-02");
        JsonElement paired = documents[4].GetProperty("dates").EnumerateArray().Single(d => d.GetProperty("text").GetString() == "22 فبراير/ شباط 2022");
        paired.GetProperty("kind").GetString().Should().Be("date");
        paired.GetProperty("value").GetString().Should().Be("2022-02-22");
        paired.GetProperty("grain").GetString().Should().Be("day");
        paired.GetProperty("calendar").GetString().Should().Be("gregorian");
        string text = File.ReadAllText(Repo.SeedFiles[4]);
        text.Substring(paired.GetProperty("start").GetInt32(), paired.GetProperty("length").GetInt32()).Should().Be("22 فبراير/ شباط 2022");

        var (_, withReference, _) = CliRunner.Run("", "analyze", "--reference-date", "2024-11-02", Repo.SeedFiles[2]);
        using JsonDocument resolved = JsonDocument.Parse(withReference);
        resolved.RootElement.GetProperty("documents")[0].GetProperty("dates").EnumerateArray()
            .Select(d => $"{d.GetProperty("text").GetString()}={d.GetProperty("value").GetString()}")
            .Should().Equal("اليوم السبت=2024-11-02", "يوم الأربعاء=2024-10-30", "27 مايو=2024-05-27", "نوفمبر الجاري=2024-11", "يونيو=2024-06");
    }

    [Fact]
    public void Quotes_are_filled_with_speaker_cue_and_confidence()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("", "analyze", Repo.SeedFiles[0]);

        exitCode.Should().Be(0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement quote = json.RootElement.GetProperty("documents")[0].GetProperty("quotes").EnumerateArray()
            .First(q => q.GetProperty("kind").GetString() == "direct");
        quote.GetProperty("speaker").GetString().Should().Be("مارك روته");
        quote.GetProperty("cue").GetString().Should().Be("وقال");
        quote.GetProperty("confidence").GetDouble().Should().BeInRange(0.5, 1);
        string text = File.ReadAllText(Repo.SeedFiles[0]);
        text.Substring(quote.GetProperty("start").GetInt32(), quote.GetProperty("length").GetInt32()).Should().StartWith("تعزيز التعاون العسكري");
        text.Substring(quote.GetProperty("speakerStart").GetInt32(), quote.GetProperty("speakerLength").GetInt32()).Should().Be("روته");
    }

    [Theory]
    [InlineData("--reference-date", "2024-13-01")]
    [InlineData("--reference-date", "02/11/2024")]
    public void A_bad_reference_date_is_a_user_error(string option, string value)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("", "analyze", option, value, Repo.Seeds);

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain(value);
    }

    [Fact]
    public void Analyze_needs_a_path_and_every_path_must_exist()
    {
        CliRunner.Run("", "analyze").ExitCode.Should().Be(2);
        var (exitCode, stdout, stderr) = CliRunner.Run("", "analyze", Repo.Seeds, "missing-dir");
        exitCode.Should().Be(2);
        stdout.Should().BeEmpty("a bad path fails the run before any output");
        stderr.Should().Be("arabic-news: no such file or directory: 'missing-dir'\n");
    }
}
