using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ArabicNews.Evaluation;

/// <summary>
/// The evaluation tool: draws the annotated sample, exports its texts for annotators, checks annotations, and scores
/// the extractors against them.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: ArabicNews.Evaluation COMMAND
          sample                    draw the seeded sample and write sample.tsv beside the annotations
          export DIR                write each sampled article's text to DIR/dev|test/<day>_<index>.txt (outside the repository)
          validate FILE...          check annotation files against their articles (anchors, values)
          hijri YEAR MONTH DAY      the Gregorian day of an Umm al-Qura Hijri date
          gregorian YYYY-MM-DD      the Umm al-Qura Hijri date of a Gregorian day
        """;

    /// <summary>Runs a command.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        try
        {
            return args[0] switch
            {
                "sample" => Sample(),
                "export" when args.Length == 2 => Export(args[1]),
                "validate" when args.Length > 1 => Validate(args[1..]),
                "hijri" when args.Length == 4 => Hijri(args[1..]),
                "gregorian" when args.Length == 2 => Gregorian(args[1]),
                _ => Fail(Usage),
            };
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or FormatException or ArgumentException)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    private static SaudiNewsNetCorpus RequireCorpus() =>
        SaudiNewsNetCorpus.FindDefault() ?? throw new IOException("../shared/corpora/saudinewsnet not found beside the repository");

    private static int Sample()
    {
        IReadOnlyList<SampledArticle> sample = Sampler.Default.Draw(RequireCorpus());
        string path = Path.Combine(AnnotationFile.FindDefaultFolder(), "sample.tsv");
        SampleManifest.Write(path, sample);
        Console.WriteLine($"{sample.Count} articles ({sample.Count(s => s.Split == Split.Test)} test) written to {path}");
        return 0;
    }

    private static int Export(string directory)
    {
        SaudiNewsNetCorpus corpus = RequireCorpus();
        foreach (SampleEntry entry in SampleManifest.Read(Path.Combine(AnnotationFile.FindDefaultFolder(), "sample.tsv")))
        {
            SaudiNewsNetArticle article = corpus.Article(entry.Day, entry.Index);
            string folder = Path.Combine(directory, entry.Split == Split.Test ? "test" : "dev");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, AnnotationFile.FileName(article.Id).Replace(".json", ".txt", StringComparison.Ordinal)), article.Text);
        }

        return 0;
    }

    private static int Validate(string[] files)
    {
        SaudiNewsNetCorpus corpus = RequireCorpus();
        int bad = 0;
        foreach (string file in files)
        {
            ArticleAnnotation annotation = AnnotationFile.Read(file);
            string[] id = annotation.Article.Split('/');
            SaudiNewsNetArticle article = corpus.Article(DateOnly.ParseExact(id[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), int.Parse(id[1], CultureInfo.InvariantCulture));
            IReadOnlyList<string> problems = AnnotationValidator.Validate(annotation, article);
            bad += problems.Count == 0 ? 0 : 1;
            Console.WriteLine(problems.Count == 0
                ? $"{file}: ok ({annotation.Numbers.Count} numbers, {annotation.Dates.Count} dates, {annotation.Quotes.Count} quotes, {annotation.NotQuotes.Count} not quotes)"
                : $"{file}:\n  " + string.Join("\n  ", problems));
        }

        return bad == 0 ? 0 : 1;
    }

    private static int Hijri(string[] parts)
    {
        int[] n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var date = new DateTime(n[0], n[1], n[2], new UmAlQuraCalendar());
        Console.WriteLine(date.ToString("yyyy-MM-dd (dddd)", CultureInfo.InvariantCulture));
        return 0;
    }

    private static int Gregorian(string value)
    {
        DateTime date = DateTime.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var calendar = new UmAlQuraCalendar();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{calendar.GetYear(date)}-{calendar.GetMonth(date):D2}-{calendar.GetDayOfMonth(date):D2} (Hijri, Umm al-Qura), {date:dddd}"));
        return 0;
    }
}
