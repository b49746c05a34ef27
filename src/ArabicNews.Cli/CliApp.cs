using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.IO;
using ArabicNews.Dedup;
using ArabicNews.Normalization;

namespace ArabicNews.Cli;

/// <summary>The <c>arabic-news</c> command line: its commands, and the mapping of user errors to exit code 2.</summary>
internal static class CliApp
{
    /// <summary>Exit code of a successful run.</summary>
    public const int Success = 0;

    /// <summary>Exit code of a user error (bad option, missing file, invalid encoding).</summary>
    public const int UserError = 2;

    /// <summary>Runs the tool with the given arguments and standard streams; returns the exit code.</summary>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        RootCommand root = BuildCommands(stdin, stdout);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            // One line: System.CommandLine's messages may list choices on lines of their own.
            string message = string.Join(' ', parsed.Errors[0].Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
            stderr.WriteLine($"arabic-news: {message} (see 'arabic-news --help')");
            return UserError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException e)
        {
            stdout.Flush();
            stderr.WriteLine($"arabic-news: {e.Message}");
            return UserError;
        }
    }

    private static RootCommand BuildCommands(Stream stdin, TextWriter stdout)
    {
        var profile = new Option<string>("--profile", "-p")
        {
            Description = "The normalization profile: search, dedup or display.",
            DefaultValueFactory = _ => "search",
        };
        profile.AcceptOnlyFromAmong("search", "dedup", "display");
        var normalizeFiles = new Argument<string[]>("FILE")
        {
            Description = "UTF-8 files, or directories whose *.txt files are normalized ('-' or none: standard input).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var normalize = new Command("normalize", "Normalize Arabic text, writing one output line per input line.")
        {
            profile,
            normalizeFiles,
        };
        normalize.SetAction(result =>
        {
            var chosen = Enum.Parse<NormalizationProfile>(result.GetValue(profile)!, ignoreCase: true);
            NormalizeCommand.Run(ArabicNormalizer.ForProfile(chosen), result.GetValue(normalizeFiles) ?? [], stdin, stdout);
            return Success;
        });

        var referenceDate = new Option<string>("--reference-date")
        {
            Description = "The publication date (YYYY-MM-DD) that relative dates resolve against.",
        };
        referenceDate.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not null && !TryParseDate(value, out _))
            {
                result.AddError($"--reference-date '{value}' is not a date of the form YYYY-MM-DD");
            }
        });
        var analyzeFiles = new Argument<string[]>("PATH")
        {
            Description = "UTF-8 files, or directories whose *.txt files are analyzed.",
            Arity = ArgumentArity.OneOrMore,
        };
        var analyze = new Command("analyze", "Extract numbers, dates and quotes from documents as JSON.")
        {
            referenceDate,
            analyzeFiles,
        };
        analyze.SetAction(result =>
        {
            DateOnly? date = result.GetValue(referenceDate) is { } text && TryParseDate(text, out DateOnly d) ? d : null;
            var files = InputText.ExpandPaths(result.GetValue(analyzeFiles) ?? []);
            AnalyzeCommand.Run(files, date, stdout);
            return Success;
        });

        // A string, read here, so that a value that is no number is a user error like one out of range.
        var threshold = new Option<string>("--threshold", "-t")
        {
            Description = "The Jaccard similarity, in (0, 1], at or above which two documents are near duplicates (default 0.7).",
        };
        threshold.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not null && !TryParseThreshold(value, out _))
            {
                result.AddError($"--threshold '{value}' is not a number in (0, 1]");
            }
        });
        var dedupFiles = new Argument<string[]>("PATH")
        {
            Description = "UTF-8 files, or directories whose *.txt files are compared.",
            Arity = ArgumentArity.OneOrMore,
        };
        var dedup = new Command("dedup", "Group exact duplicates, near duplicates and contained texts into clusters, as JSON.")
        {
            threshold,
            dedupFiles,
        };
        dedup.SetAction(result =>
        {
            var files = InputText.ExpandPaths(result.GetValue(dedupFiles) ?? []);
            double chosen = result.GetValue(threshold) is { } text && TryParseThreshold(text, out double t) ? t : DedupOptions.Default.Threshold;
            DedupCommand.Run(files, DedupOptions.Default with { Threshold = chosen }, stdout);
            return Success;
        });

        return new RootCommand("arabic-news: normalize Arabic news text, extract numbers, dates and quotes, and find duplicates.")
        {
            normalize,
            analyze,
            dedup,
        };
    }

    private static bool TryParseThreshold(string text, out double threshold) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) && threshold is > 0 and <= 1;

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
