using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArabicNews.Dates;
using ArabicNews.Normalization;
using ArabicNews.Numbers;
using ArabicNews.Quotes;
using ArabicNews.Text;

namespace ArabicNews.Evaluation.Scoring;

/// <summary>
/// Scores one article's extraction against its annotation by the matching rules of the guidelines: a found item
/// matches an annotated one when their spans overlap and their values agree; optional items are neutral; numbers in
/// an annotated date are neutral; a quote's speaker is right when an alias, normalized, is in the found name.
/// </summary>
public sealed class ArticleScorer
{
    private readonly NumberExtractor _numbers;
    private readonly DateExtractor _dates;
    private readonly QuoteExtractor _quotes;

    /// <summary>Creates a scorer over the given extractors.</summary>
    public ArticleScorer(NumberExtractor numbers, DateExtractor dates, QuoteExtractor quotes)
    {
        _numbers = numbers;
        _dates = dates;
        _quotes = quotes;
    }

    /// <summary>A scorer over the default extractors.</summary>
    public static ArticleScorer Default { get; } = new(NumberExtractor.Default, DateExtractor.Default, QuoteExtractor.Default);

    /// <summary>Scores an article; <paramref name="keepErrors"/> lists its misses and false alarms.</summary>
    public ArticleScore Score(ArticleAnnotation annotation, SaudiNewsNetArticle article, Split split, bool keepErrors)
    {
        string text = article.Text;
        var score = new ArticleScore(article.Id, article.Source, split);
        var dateSpans = annotation.Dates.Select(d => Span(text, d)).ToArray();
        ScoreNumbers(text, annotation, dateSpans, score, keepErrors);
        ScoreDates(text, annotation, article.Day, score, keepErrors);
        ScoreQuotes(text, annotation, score, keepErrors);
        return score;
    }

    private void ScoreNumbers(string text, ArticleAnnotation annotation, TextSpan[] dateSpans, ArticleScore score, bool keepErrors)
    {
        IReadOnlyList<NumberMention> found = _numbers.Extract(text);
        var items = annotation.Numbers.Select(n => (Item: n, Span: Span(text, n))).ToArray();
        foreach ((NumberItem item, TextSpan span) in items.Where(i => !i.Item.Opt))
        {
            score.Numbers.Required++;
            NumberMention? match = found.Where(f => Overlaps(f.Span, span) && Agrees(item, f)).Cast<NumberMention?>().FirstOrDefault();
            if (match is { } m)
            {
                score.Numbers.Matched++;
                score.Numbers.Right += UnitAgrees(item.Unit, m.Unit) ? 1 : 0;
                score.QualifierRight += QualifierAgrees(item.Qualifier, m.Qualifier) ? 1 : 0;
                if (keepErrors && !UnitAgrees(item.Unit, m.Unit))
                {
                    score.Errors.Add($"number unit wrong: «{item.Anchor}» = {DescribeItem(item)} (found: {Describe(text, m)})");
                }

                if (keepErrors && !QualifierAgrees(item.Qualifier, m.Qualifier))
                {
                    score.Errors.Add($"number qualifier wrong: «{item.Anchor}» = {item.Qualifier} (found: {Describe(text, m)} {m.Qualifier})");
                }
            }
            else if (keepErrors)
            {
                string near = string.Join("; ", found.Where(f => Overlaps(f.Span, span)).Select(f => Describe(text, f)));
                score.Errors.Add($"number missed: «{item.Anchor}» = {DescribeItem(item)}{(near.Length > 0 ? $" (found: {near})" : "")}");
            }
        }

        foreach (NumberMention f in found)
        {
            score.Numbers.Found++;
            if (items.Any(i => !i.Item.Opt && Overlaps(f.Span, i.Span) && Agrees(i.Item, f)))
            {
                score.Numbers.FoundMatched++;
            }
            else if (items.Any(i => i.Item.Opt && Overlaps(f.Span, i.Span)) || dateSpans.Any(d => Overlaps(f.Span, d)))
            {
                score.Numbers.FoundNeutral++;
            }
            else if (keepErrors)
            {
                score.Errors.Add($"number false alarm: {Describe(text, f)}");
            }
        }
    }

    private void ScoreDates(string text, ArticleAnnotation annotation, DateOnly reference, ArticleScore score, bool keepErrors)
    {
        IReadOnlyList<DateMention> found = _dates.Extract(text, reference);
        var items = annotation.Dates.Select(d => (Item: d, Span: Span(text, d))).ToArray();
        foreach ((DateItem item, TextSpan span) in items.Where(i => !i.Item.Opt))
        {
            score.Dates.Required++;
            if (found.Any(f => Overlaps(f.Span, span) && Agrees(item, f.Date)))
            {
                score.Dates.Matched++;
                score.Dates.Right++;
            }
            else if (keepErrors)
            {
                string near = string.Join("; ", found.Where(f => Overlaps(f.Span, span)).Select(f => Describe(text, f)));
                score.Errors.Add($"date missed: «{item.Anchor}» = {item.Value}{(item.Alt.Count > 0 ? " or " + string.Join(", ", item.Alt) : "")}{(near.Length > 0 ? $" (found: {near})" : "")}");
            }
        }

        foreach (DateMention f in found)
        {
            score.Dates.Found++;
            if (items.Any(i => !i.Item.Opt && Overlaps(f.Span, i.Span) && Agrees(i.Item, f.Date)))
            {
                score.Dates.FoundMatched++;
            }
            else if (items.Any(i => i.Item.Opt && Overlaps(f.Span, i.Span)))
            {
                score.Dates.FoundNeutral++;
            }
            else if (keepErrors)
            {
                score.Errors.Add($"date false alarm: {Describe(text, f)}");
            }
        }
    }

    private void ScoreQuotes(string text, ArticleAnnotation annotation, ArticleScore score, bool keepErrors)
    {
        IReadOnlyList<QuoteMention> found = _quotes.Extract(text);
        var items = annotation.Quotes.Select(q => (Item: q, Span: Span(text, q))).ToArray();
        var notQuotes = annotation.NotQuotes.Select(n => Span(text, n)).ToArray();
        foreach ((QuoteItem item, TextSpan span) in items.Where(i => !i.Item.Opt))
        {
            Tally tally = score.Quotes[Group(item.Kind)];
            tally.Required++;
            QuoteMention[] overlapping = found.Where(f => Overlaps(f.Span, span)).ToArray();
            if (overlapping.Length == 0)
            {
                if (keepErrors)
                {
                    score.Errors.Add($"quote missed: {item.Kind} «{item.Anchor}» by {string.Join(" | ", item.Speaker)}");
                }

                continue;
            }

            tally.Matched++;
            if (overlapping.Any(f => SpeakerRight(item, f)))
            {
                tally.Right++;
            }
            else if (keepErrors)
            {
                score.Errors.Add($"quote speaker wrong: {item.Kind} «{item.Anchor}»: expected {string.Join(" | ", item.Speaker)}, found {string.Join("; ", overlapping.Select(f => $"{f.Kind} '{f.Speaker?.Name}' ({f.Evidence}, {f.Confidence:F2})"))}");
            }
        }

        foreach (QuoteMention f in found)
        {
            Tally tally = score.Quotes[Group(f.Kind)];
            tally.Found++;
            bool matches = items.Any(i => !i.Item.Opt && Overlaps(f.Span, i.Span));
            bool right = items.Any(i => !i.Item.Opt && Overlaps(f.Span, i.Span) && SpeakerRight(i.Item, f));
            score.Calibration.Add((f.Confidence, f.Evidence, right));
            if (matches)
            {
                tally.FoundMatched++;
            }
            else if (items.Any(i => i.Item.Opt && Overlaps(f.Span, i.Span)))
            {
                tally.FoundNeutral++;
            }
            else
            {
                score.NamesAsQuotes += notQuotes.Any(n => Overlaps(f.Span, n)) ? 1 : 0;
                if (keepErrors)
                {
                    score.Errors.Add($"quote false alarm: {f.Kind} '{Excerpt(text, f.Span)}' by '{f.Speaker?.Name}' ({f.Cue}, {f.Evidence})");
                }
            }
        }
    }

    /// <summary>The group a quote kind is reported in.</summary>
    public static QuoteGroup Group(AnnotatedQuoteKind kind) => kind switch
    {
        AnnotatedQuoteKind.Indirect => QuoteGroup.Indirect,
        AnnotatedQuoteKind.Headline => QuoteGroup.Headline,
        _ => QuoteGroup.DirectAndPartial,
    };

    private static QuoteGroup Group(QuoteKind kind) => kind switch
    {
        QuoteKind.Indirect => QuoteGroup.Indirect,
        QuoteKind.Headline => QuoteGroup.Headline,
        _ => QuoteGroup.DirectAndPartial,
    };

    private static TextSpan Span(string text, AnchoredItem item) =>
        AnchorResolver.Resolve(text, item) ?? throw new InvalidOperationException($"anchor '{item.Anchor}' (occurrence {item.Occurrence}) is not in the article");

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>
    /// Whether a found number has the annotated value (or range). JSON cannot write a repeating fraction exactly
    /// ("ثلثي" is 0.6666666666666666 in a file, 0.666…7 to 28 digits in a decimal), so values agree to twelve
    /// significant digits.
    /// </summary>
    public static bool Agrees(NumberItem item, NumberMention found)
    {
        if (item.Value is { } value)
        {
            return Same(found.Value, value);
        }

        return Same(found.Min, item.Min) && Same(found.Max, item.Max);
    }

    private static bool Same(decimal? found, decimal? annotated) =>
        found is { } f && annotated is { } a ? Math.Abs(f - a) <= 1e-12m * Math.Max(1m, Math.Abs(a)) : found == annotated;

    /// <summary>Whether a found date's period lies in the annotated period (or an accepted alternative).</summary>
    public static bool Agrees(DateItem item, ParsedDate found)
    {
        if (found.Value is not { } first || found.End is not { } last)
        {
            return false;
        }

        var period = new IsoPeriod(first, last);
        var accepted = item.Alt.Prepend(item.Value).OfType<string>()
            .Select(v => IsoPeriod.TryParse(v, out IsoPeriod p) ? p : (IsoPeriod?)null)
            .OfType<IsoPeriod>()
            .ToList();
        if (accepted.Count == 0)
        {
            return false;
        }

        if (item.Calendar == AnnotatedCalendar.Hijri)
        {
            // A converted day may be off by one; a Hijri month or year spans two Gregorian ones, and the exact range
            // between them is accepted as well as either.
            var hull = new IsoPeriod(accepted.Min(p => p.First), accepted.Max(p => p.Last));
            accepted.Add(hull.First == hull.Last ? new IsoPeriod(hull.First.AddDays(-1), hull.Last.AddDays(1)) : hull);
        }

        return accepted.Any(p => p.Contains(period));
    }

    private static bool SpeakerRight(QuoteItem item, QuoteMention found)
    {
        if (found.Speaker is not { } speaker)
        {
            return false;
        }

        string name = Comparable(speaker.Name);
        return item.Speaker.Any(alias => Comparable(alias) is { Length: > 0 } a && name.Contains(a, StringComparison.Ordinal));
    }

    /// <summary>A name as speakers are compared: Search-normalized, punctuation removed, spaces collapsed.</summary>
    public static string Comparable(string name)
    {
        string normalized = ArabicNormalizer.Search.Normalize(name);
        var builder = new StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    private static bool UnitAgrees(string? annotated, string? found) =>
        string.Equals(CanonicalUnit(annotated), CanonicalUnit(found), StringComparison.OrdinalIgnoreCase);

    private static string? CanonicalUnit(string? unit) => unit?.ToLowerInvariant() switch
    {
        "ton" or "tonne" or "tons" => "t",
        "deg" or "°" => "°",
        "barrel" or "barrels" or "bbl" => "bbl",
        "%" => null,
        var u => u,
    };

    private static bool QualifierAgrees(AnnotatedQualifier? annotated, NumberQualifier found) => (annotated, found) switch
    {
        (null, NumberQualifier.Exact) => true,
        (AnnotatedQualifier.MoreThan, NumberQualifier.MoreThan) => true,
        (AnnotatedQualifier.LessThan, NumberQualifier.LessThan) => true,
        (AnnotatedQualifier.Approximate, NumberQualifier.Approximate) => true,
        (AnnotatedQualifier.AtLeast, NumberQualifier.AtLeast) => true,
        (AnnotatedQualifier.AtMost, NumberQualifier.AtMost) => true,
        _ => false,
    };

    private static string DescribeItem(NumberItem item) => item.Value is { } v
        ? v.ToString(CultureInfo.InvariantCulture) + (item.Unit is null ? "" : " " + item.Unit)
        : $"{item.Min}–{item.Max}";

    private static string Describe(string text, NumberMention f) =>
        $"'{Excerpt(text, f.Span)}' {f.Kind} {(f.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : $"{f.Min}–{f.Max}")}{(f.Unit is null ? "" : " " + f.Unit)}";

    private static string Describe(string text, DateMention f) => $"'{Excerpt(text, f.Span)}' {f.Date.Kind} {f.Date.ToIsoString()}";

    private static string Excerpt(string text, TextSpan span)
    {
        string s = text.Substring(span.Start, span.Length).ReplaceLineEndings(" ");
        return s.Length <= 60 ? s : s[..57] + "…";
    }
}
