using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Normalization;
using ArabicNews.Evaluation.Scoring;

namespace ArabicNews.Evaluation;

/// <summary>
/// The evaluation tool: draws the annotated sample, exports its texts for annotators, checks annotations, and scores
/// the extractors against them.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: ArabicNews.Evaluation COMMAND
          sample                    draw the seeded sample (and the further draws of development articles) and
                                    write sample.tsv beside the annotations
          export DIR                write each sampled article's text to DIR/dev|test/<day>_<index>.txt (outside the repository)
          validate FILE...          check annotation files against their articles (anchors, values)
          hijri YEAR MONTH DAY      the Gregorian day of an Umm al-Qura Hijri date
          gregorian YYYY-MM-DD      the Umm al-Qura Hijri date of a Gregorian day
          probe                     print what the extractors find in the text on standard input (reference 2015-07-22)
          show ID... [--no-text]    print articles (yyyy-MM-dd/index) with what the extractors find; refuses test articles
          random N SEED [--no-text] print N random articles outside the test split, the same way
          lexicon names             count which words name people over the corpus (but the test split) and write
                                    src/ArabicNews/Lexicons/Data/name-words.tsv
          lexicon future            count the verbs written in the future (سيقوم) over the corpus (but the test split)
                                    and write src/ArabicNews/Lexicons/Data/future-verbs.tsv
          lexicon quotations        count the short strings quoted on many days over the corpus (but the test split)
                                    and write src/ArabicNews/Lexicons/Data/recurring-quotations.tsv
          calibrate                 write src/ArabicNews/Lexicons/Data/quote-calibration.tsv from the development split
          score [--write] [--errors]
                                    run the extractors over the annotated articles and print the scorecard (development
                                    beside test); --write also writes benchmarks/results/evaluation-saudinewsnet.md;
                                    --errors lists the misses and false alarms of the development split (never the test's)
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
                "score" => Score(args[1..]),
                "calibrate" => Calibrate(),
                "lexicon" when args.Length == 2 && args[1] == "names" => NameLexicon(),
                "lexicon" when args.Length == 2 && args[1] == "future" => FutureLexicon(),
                "lexicon" when args.Length == 2 && args[1] == "quotations" => QuotationLexicon(),
                "probe" => Probe(),
                "show" when args.Length > 1 => Show(args[1..]),
                "random" when args.Length >= 3 => RandomArticles(args[1..]),
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
        IReadOnlyList<SampledArticle> sample = Sampler.Default.DrawWithMore(RequireCorpus());
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

    private static int Calibrate()
    {
        string folder = AnnotationFile.FindDefaultFolder();
        IReadOnlyList<ArticleScore> scores = Evaluator.Run(RequireCorpus(), folder, ArticleScorer.Default, developmentErrors: false);
        string path = Path.GetFullPath(Path.Combine(folder, "..", "..", "..", "src", "ArabicNews", "Lexicons", "Data", "quote-calibration.tsv"));
        CalibrationTable.Write(path, new Scorecard(scores.Where(s => s.Split == Split.Development)).ByEvidence());
        Console.WriteLine($"written to {path}");
        return 0;
    }

    private static int Score(string[] options)
    {
        bool write = options.Contains("--write");
        bool errors = options.Contains("--errors");
        if (options.Except(["--write", "--errors"]).Any())
        {
            return Fail(Usage);
        }

        string folder = AnnotationFile.FindDefaultFolder();
        IReadOnlyList<ArticleScore> scores = Evaluator.Run(RequireCorpus(), folder, ArticleScorer.Default, errors);
        if (errors)
        {
            foreach (ArticleScore score in scores.Where(s => s.Errors.Count > 0))
            {
                Console.WriteLine($"## {score.Article} ({score.Source})");
                score.Errors.ForEach(Console.WriteLine);
                Console.WriteLine();
            }
        }

        string header = $"""
            # Extraction on real news: the SaudiNewsNet scorecard

            The extractors (numbers, dates against each article's extraction day, quotes with speakers) over articles
            drawn at random (seeded) from the 12 outlets of `../shared/corpora/saudinewsnet` and annotated from the text
            alone (`benchmarks/annotations/saudinewsnet/`, by `docs/annotation-guidelines.md`). The development split is
            what the code was changed against; the test split is scored, never looked into: the gap between them is the
            measure of tuning. Matching rules: `docs/annotation-guidelines.md`; how it works: `docs/evaluation.md`.

            Reproduce: `dotnet run --project benchmarks/ArabicNews.Evaluation -c Release -- score --write`
            ({DateTime.UtcNow:yyyy-MM-dd}).

            """;
        string markdown = ScorecardWriter.Write(scores, header);
        Console.WriteLine(markdown);
        if (write)
        {
            string path = Path.GetFullPath(Path.Combine(folder, "..", "..", "results", "evaluation-saudinewsnet.md"));
            File.WriteAllText(path, markdown);
            Console.Error.WriteLine($"written to {path}");
        }

        return 0;
    }

    private static int NameLexicon()
    {
        (HashSet<string> test, string path) = LexiconTarget("name-words.tsv");
        (int given, int family, int common, int prepositional) = NameStatistics.Write(RequireCorpus(), test, path, SayingVerbs(Path.Combine(Path.GetDirectoryName(path)!, "quote-cues.tsv")));
        Console.WriteLine($"{given} given names, {family} family names, {common} common words and {prepositional} prepositional ones written to {path}");
        return 0;
    }

    // The verbs of saying of quote-cues.tsv (kind "verb"), Search-normalized, alone and with و or ف before them.
    private static HashSet<string> SayingVerbs(string cuesPath)
    {
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(cuesPath))
        {
            string[] fields = line.Split('\t');
            if (line.StartsWith('#') || fields.Length < 5 || fields[4] != "verb")
            {
                continue;
            }

            string verb = ArabicNormalizer.Search.Normalize(fields[0]);
            verbs.Add(verb);
            verbs.Add("و" + verb);
            verbs.Add("ف" + verb);
        }

        return verbs;
    }

    private static int QuotationLexicon()
    {
        (HashSet<string> test, string path) = LexiconTarget("recurring-quotations.tsv");
        Console.WriteLine($"{QuotationStatistics.Write(RequireCorpus(), test, path)} recurring quotations written to {path}");
        return 0;
    }

    private static int FutureLexicon()
    {
        (HashSet<string> test, string path) = LexiconTarget("future-verbs.tsv");
        Console.WriteLine($"{FutureVerbStatistics.Write(RequireCorpus(), test, path)} future verbs written to {path}");
        return 0;
    }

    // The test split's articles, which no counted lexicon may read, and the path of a data file of the library.
    private static (HashSet<string> Test, string Path) LexiconTarget(string fileName)
    {
        string folder = AnnotationFile.FindDefaultFolder();
        var test = SampleManifest.Read(Path.Combine(folder, "sample.tsv")).Where(e => e.Split == Split.Test).Select(e => e.Id).ToHashSet();
        return (test, Path.GetFullPath(Path.Combine(folder, "..", "..", "..", "src", "ArabicNews", "Lexicons", "Data", fileName)));
    }

    private static int Probe()
    {
        string text = Console.In.ReadToEnd();
        ArticleDump.Write(Console.Out, new SaudiNewsNetArticle(new DateOnly(2015, 7, 22), 0, "probe", "", text.Trim()), text: false);
        return 0;
    }

    private static int Show(string[] args)
    {
        SaudiNewsNetCorpus corpus = RequireCorpus();
        foreach (string id in args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            if (ArticleDump.IsTest(id))
            {
                Console.Error.WriteLine($"{id} is in the test split: scored, never looked into");
                continue;
            }

            (DateOnly day, int index) = ArticleDump.ParseId(id);
            ArticleDump.Write(Console.Out, corpus.Article(day, index), !args.Contains("--no-text"));
        }

        return 0;
    }

    private static int RandomArticles(string[] args)
    {
        SaudiNewsNetCorpus corpus = RequireCorpus();
        int count = int.Parse(args[0], CultureInfo.InvariantCulture);
        var random = new Random(int.Parse(args[1], CultureInfo.InvariantCulture));
        var sampled = SampleManifest.Read(Path.Combine(AnnotationFile.FindDefaultFolder(), "sample.tsv")).Select(e => e.Id).ToHashSet();
        SaudiNewsNetArticle[] all = corpus.All().Where(a => a.Content.Length >= 200 && !sampled.Contains(a.Id)).ToArray();
        for (int i = 0; i < count; i++)
        {
            ArticleDump.Write(Console.Out, all[random.Next(all.Length)], !args.Contains("--no-text"));
        }

        return 0;
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
