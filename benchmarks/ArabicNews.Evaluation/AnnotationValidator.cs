using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ArabicNews.Evaluation;

/// <summary>
/// Checks an annotation against its article: every anchor occurs as often as its occurrence says, values are present
/// and well formed. It reads only the text and the annotation, never an extractor's output.
/// </summary>
public static class AnnotationValidator
{
    /// <summary>The problems found, one line each; empty when the annotation is sound.</summary>
    public static IReadOnlyList<string> Validate(ArticleAnnotation annotation, SaudiNewsNetArticle article)
    {
        var problems = new List<string>();
        string text = article.Text;
        if (annotation.Article != article.Id)
        {
            problems.Add($"article is {annotation.Article}, the file is for {article.Id}");
        }

        if (annotation.Source != article.Source)
        {
            problems.Add($"source is {annotation.Source}, the article's is {article.Source}");
        }

        if (annotation.Reference != article.Day)
        {
            problems.Add($"reference is {annotation.Reference:yyyy-MM-dd}, the article was extracted on {article.Day:yyyy-MM-dd}");
        }

        // The article's words between single spaces, once, for the notes' check that they copy none of it.
        string spaced = " " + string.Join(' ', Words(text)) + " ";
        foreach (NumberItem n in annotation.Numbers)
        {
            CheckAnchor("number", n, text, spaced, problems);
            if (!n.Opt && n.Value is null && (n.Min is null || n.Max is null))
            {
                problems.Add($"number '{n.Anchor}': neither a value nor min and max");
            }
        }

        foreach (DateItem d in annotation.Dates)
        {
            CheckAnchor("date", d, text, spaced, problems);
            if (!d.Opt && d.Value is null)
            {
                problems.Add($"date '{d.Anchor}': no value");
            }

            foreach (string value in d.Alt.Prepend(d.Value).OfType<string>())
            {
                if (!IsoPeriod.TryParse(value, out _))
                {
                    problems.Add($"date '{d.Anchor}': '{value}' is not YYYY, YYYY-MM or YYYY-MM-DD");
                }
            }
        }

        foreach (QuoteItem q in annotation.Quotes)
        {
            CheckAnchor("quote", q, text, spaced, problems);
            if (!q.Opt && q.Speaker.Count == 0)
            {
                problems.Add($"quote '{q.Anchor}': no speaker");
            }
        }

        foreach (AnchoredItem n in annotation.NotQuotes)
        {
            CheckAnchor("not-quote", n, text, spaced, problems);
        }

        return problems;
    }

    /// <summary>The most words an anchor may have: it points into the article, it does not copy it (the corpus's licence is not ours).</summary>
    public const int MaxAnchorWords = 10;

    /// <summary>The shortest run of the article's words that a note may not repeat.</summary>
    public const int MaxNoteRun = 8;

    private static void CheckAnchor(string what, AnchoredItem item, string text, string spaced, List<string> problems)
    {
        if (item.Anchor.Length == 0)
        {
            problems.Add($"{what}: empty anchor");
            return;
        }

        if (Words(item.Anchor).Length > MaxAnchorWords)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what} '{item.Anchor}': more than {MaxAnchorWords} words (anchor a few words, do not copy the text)"));
        }

        if (item.Note is { } note && CopiesText(note, spaced))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what} '{item.Anchor}': its note repeats {MaxNoteRun} or more words of the article"));
        }

        int count = AnchorResolver.Count(text, item.Anchor);
        if (count == 0)
        {
            problems.Add($"{what} '{item.Anchor}': not in the text (copy it character for character)");
        }
        else if (item.Occurrence < 0 || item.Occurrence >= count)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what} '{item.Anchor}': occurrence {item.Occurrence}, but it occurs {count} time(s)"));
        }
    }

    // Whether `note` holds MaxNoteRun consecutive words that stand, in that order, in the article (its words between
    // single spaces, `spaced`).
    private static bool CopiesText(string note, string spaced)
    {
        string[] words = Words(note);
        if (words.Length < MaxNoteRun)
        {
            return false;
        }

        for (int i = 0; i + MaxNoteRun <= words.Length; i++)
        {
            if (spaced.Contains(" " + string.Join(' ', words, i, MaxNoteRun) + " ", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string text) =>
        text.Split((char[])[' ', '\n', '\r', '\t'], System.StringSplitOptions.RemoveEmptyEntries);
}
