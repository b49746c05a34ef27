using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.IO;
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

        return new RootCommand("arabic-news: normalize Arabic news text and extract numbers, dates and quotes.")
        {
            normalize,
            analyze,
        };
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
