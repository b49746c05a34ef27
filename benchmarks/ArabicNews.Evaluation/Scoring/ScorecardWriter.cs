using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ArabicNews.Evaluation.Scoring;

/// <summary>Writes the development and test scorecards side by side as Markdown.</summary>
public static class ScorecardWriter
{
    /// <summary>The targets of the real-news issue, on the test split.</summary>
    public static IReadOnlyDictionary<string, double> Targets { get; } = new Dictionary<string, double>
    {
        ["direct + partial recall"] = 0.95,
        ["direct + partial right speaker"] = 0.92,
        ["indirect recall"] = 0.85,
        ["indirect right speaker"] = 0.85,
        ["quote precision"] = 0.92,
        ["dates recall"] = 0.95,
        ["dates precision"] = 0.95,
        ["numbers recall"] = 0.95,
        ["numbers precision"] = 0.95,
    };

    /// <summary>The headline figures of a scorecard, by the names <see cref="Targets"/> uses (and a few more).</summary>
    public static IReadOnlyList<(string Name, double Value, string Counts)> Figures(Scorecard s)
    {
        Tally dp = s.Quotes[QuoteGroup.DirectAndPartial];
        Tally ind = s.Quotes[QuoteGroup.Indirect];
        Tally head = s.Quotes[QuoteGroup.Headline];
        return
        [
            ("direct + partial recall", dp.Recall, $"{dp.Matched}/{dp.Required}"),
            ("direct + partial right speaker", dp.RightShare, $"{dp.Right}/{dp.Matched}"),
            ("direct + partial precision", dp.Precision, $"{dp.FoundMatched}/{dp.Found - dp.FoundNeutral}"),
            ("indirect recall", ind.Recall, $"{ind.Matched}/{ind.Required}"),
            ("indirect right speaker", ind.RightShare, $"{ind.Right}/{ind.Matched}"),
            ("indirect precision", ind.Precision, $"{ind.FoundMatched}/{ind.Found - ind.FoundNeutral}"),
            ("headline recall", head.Recall, $"{head.Matched}/{head.Required}"),
            ("headline right speaker", head.RightShare, $"{head.Right}/{head.Matched}"),
            ("headline precision", head.Precision, $"{head.FoundMatched}/{head.Found - head.FoundNeutral}"),
            ("quote precision", s.AllQuotes.Precision, $"{s.AllQuotes.FoundMatched}/{s.AllQuotes.Found - s.AllQuotes.FoundNeutral}"),
            ("quotes found with the right speaker", s.AllQuotes.Required == 0 ? 1 : (double)s.AllQuotes.Right / s.AllQuotes.Required, $"{s.AllQuotes.Right}/{s.AllQuotes.Required}"),
            ("dates recall", s.Dates.Recall, $"{s.Dates.Matched}/{s.Dates.Required}"),
            ("dates precision", s.Dates.Precision, $"{s.Dates.FoundMatched}/{s.Dates.Found - s.Dates.FoundNeutral}"),
            ("numbers recall", s.Numbers.Recall, $"{s.Numbers.Matched}/{s.Numbers.Required}"),
            ("numbers precision", s.Numbers.Precision, $"{s.Numbers.FoundMatched}/{s.Numbers.Found - s.Numbers.FoundNeutral}"),
            ("number units right", s.Numbers.RightShare, $"{s.Numbers.Right}/{s.Numbers.Matched}"),
            ("number qualifiers right", s.Numbers.Matched == 0 ? 1 : (double)s.QualifierRight / s.Numbers.Matched, $"{s.QualifierRight}/{s.Numbers.Matched}"),
        ];
    }

    /// <summary>The scorecard as Markdown: summary, quote kinds, outlets and calibration, development beside test.</summary>
    public static string Write(IReadOnlyList<ArticleScore> scores, string header)
    {
        var dev = new Scorecard(scores.Where(s => s.Split == Split.Development));
        var test = new Scorecard(scores.Where(s => s.Split == Split.Test));
        var md = new StringBuilder();
        md.AppendLine(header);
        md.AppendLine(CultureInfo.InvariantCulture, $"| | Development ({dev.Articles} articles) | Test ({test.Articles} articles) | Gap | Target (test) |");
        md.AppendLine("| --- | --- | --- | --- | --- |");
        var devFigures = Figures(dev);
        var testFigures = Figures(test);
        for (int i = 0; i < devFigures.Count; i++)
        {
            (string name, double d, string dc) = devFigures[i];
            (_, double t, string tc) = testFigures[i];
            string target = Targets.TryGetValue(name, out double goal)
                ? string.Create(CultureInfo.InvariantCulture, $"≥ {goal:F2} {(t >= goal ? "met" : "**not met**")}")
                : "";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {d:F3} ({dc}) | {t:F3} ({tc}) | {d - t:+0.000;-0.000;0.000} | {target} |");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"| quoted names reported as quotes | {dev.NamesAsQuotes} | {test.NamesAsQuotes} | | |");
        md.AppendLine();
        md.AppendLine("## Per outlet");
        md.AppendLine();
        md.AppendLine("Recall / precision (quotes: all kinds; speaker: right share of the matched quotes).");
        md.AppendLine();
        md.AppendLine("| Outlet | Split | Articles | Quotes R / P | Speaker | Dates R / P | Numbers R / P |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var outlet in scores.GroupBy(s => s.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (Split split in new[] { Split.Development, Split.Test })
            {
                var card = new Scorecard(outlet.Where(s => s.Split == split));
                if (card.Articles == 0)
                {
                    continue;
                }

                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {outlet.Key} | {(split == Split.Test ? "test" : "dev")} | {card.Articles} | {RP(card.AllQuotes)} | {card.AllQuotes.RightShare:F2} ({card.AllQuotes.Right}/{card.AllQuotes.Matched}) | {RP(card.Dates)} | {RP(card.Numbers)} |");
            }
        }

        md.AppendLine();
        md.AppendLine("## Confidence calibration");
        md.AppendLine();
        md.AppendLine("Found quotes by `Confidence`: how many, their mean confidence, and the share that match an annotated quote with the right speaker (false alarms count as wrong).");
        md.AppendLine();
        md.AppendLine("| Confidence | Development: quotes, mean, right | Test: quotes, mean, right |");
        md.AppendLine("| --- | --- | --- |");
        var devBins = dev.Bins().ToArray();
        var testBins = test.Bins().ToArray();
        for (int i = 0; i < devBins.Length; i++)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {devBins[i].From:F1}–{devBins[i].To:F1} | {Bin(devBins[i])} | {Bin(testBins[i])} |");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"| expected calibration error | {dev.CalibrationError:F3} | {test.CalibrationError:F3} |");
        return md.ToString();
    }

    private static string RP(Tally t) => string.Create(CultureInfo.InvariantCulture, $"{t.Recall:F2} / {t.Precision:F2}");

    private static string Bin((double From, double To, int Count, double MeanConfidence, double RightShare) b) =>
        b.Count == 0 ? "0" : string.Create(CultureInfo.InvariantCulture, $"{b.Count}, {b.MeanConfidence:F2}, {b.RightShare:F2}");
}
