using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Normalization;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Quotes;

/// <summary>
/// Compares found quotes with hand annotations "kind|speaker|words of the content". An annotation matches the
/// first unmatched found quote of its kind whose span overlaps the annotated words; the speaker is right when
/// the found canonical name holds the annotated one after Search normalization (bodies are annotated by their
/// head words). "name||words" marks a quoted name, which is no quote and matches nothing.
/// </summary>
internal static class QuoteJudge
{
    /// <summary>Judges the quotes found in one text.</summary>
    public static Judgement Judge(string text, IReadOnlyList<QuoteMention> found, IEnumerable<string> annotations)
    {
        var matchOf = new string?[found.Count];
        var right = new bool[found.Count];
        var missed = new List<string>();
        foreach (string annotation in annotations.Where(a => !a.StartsWith("name|", StringComparison.Ordinal)))
        {
            string[] parts = annotation.Split('|');
            QuoteKind kind = Enum.Parse<QuoteKind>(parts[0]);
            int start = text.IndexOf(parts[2], StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"the annotated words are not in the text: {annotation}", nameof(annotations));
            }

            int end = start + parts[2].Length;
            int match = Enumerable.Range(0, found.Count).FirstOrDefault(k => matchOf[k] is null && found[k].Kind == kind && found[k].Start < end && found[k].Span.End > start, -1);
            if (match < 0)
            {
                missed.Add(annotation);
                continue;
            }

            matchOf[match] = annotation;
            right[match] = Normalize(found[match].Speaker?.Name ?? "").Contains(Normalize(parts[1]), StringComparison.Ordinal);
        }

        return new Judgement(found.Select((q, k) => new JudgedQuote(q, matchOf[k], right[k])).ToList(), missed);
    }

    private static string Normalize(string text) => ArabicNormalizer.Search.Normalize(text);
}

/// <summary>The found quotes of a text, each with its annotation (null for an extra one), and the annotations no quote matched.</summary>
internal sealed record Judgement(IReadOnlyList<JudgedQuote> Found, IReadOnlyList<string> Missed);

/// <summary>A found quote, the annotation it matched, and whether its speaker is the annotated one.</summary>
internal sealed record JudgedQuote(QuoteMention Quote, string? Annotation, bool Right);
