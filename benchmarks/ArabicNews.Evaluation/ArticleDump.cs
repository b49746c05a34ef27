using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ArabicNews.Dates;
using ArabicNews.Numbers;
using ArabicNews.Quotes;

namespace ArabicNews.Evaluation;

/// <summary>
/// Prints an article with what the extractors find in it, for development. Articles of the test split are refused:
/// they are scored, never looked into.
/// </summary>
public static class ArticleDump
{
    /// <summary>Writes the article and its numbers, dates and quotes to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, SaudiNewsNetArticle article, bool text)
    {
        string body = article.Text;
        output.WriteLine($"# {article.Id} ({article.Source}), reference {article.Day:yyyy-MM-dd}");
        if (text)
        {
            output.WriteLine(body);
            output.WriteLine();
        }

        foreach (QuoteMention q in QuoteExtractor.Default.Extract(body))
        {
            string s = body.Substring(q.Start, q.Length).ReplaceLineEndings(" ");
            output.WriteLine($"Q {q.Kind,-8} [{q.Speaker?.Name}] ({q.Cue}; {q.Evidence} {q.Confidence:F2}) {(s.Length > 90 ? s[..90] + "…" : s)}");
        }

        foreach (DateMention d in DateExtractor.Default.Extract(body, article.Day))
        {
            output.WriteLine($"D {body.Substring(d.Start, d.Length).ReplaceLineEndings(" ")} → {d.Date.Kind} {d.Date.ToIsoString()}");
        }

        foreach (NumberMention n in NumberExtractor.Default.Extract(body))
        {
            string value = n.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : $"{n.Min}–{n.Max}";
            output.WriteLine($"N {body.Substring(n.Start, n.Length).ReplaceLineEndings(" ")} → {n.Kind} {value} {n.Unit} {(n.Qualifier == NumberQualifier.Exact ? "" : n.Qualifier)}");
        }

        output.WriteLine();
    }

    /// <summary>Whether an article is in the test split of the manifest.</summary>
    public static bool IsTest(string articleId) =>
        SampleManifest.Read(Path.Combine(AnnotationFile.FindDefaultFolder(), "sample.tsv")).Any(e => e.Split == Split.Test && e.Id == articleId);

    /// <summary>Parses <c>yyyy-MM-dd/index</c>.</summary>
    public static (DateOnly Day, int Index) ParseId(string id)
    {
        string[] parts = id.Split('/');
        return (DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
