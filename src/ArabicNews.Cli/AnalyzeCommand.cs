using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using ArabicNews.Dates;
using ArabicNews.Dedup;
using ArabicNews.Numbers;
using ArabicNews.Quotes;

namespace ArabicNews.Cli;

/// <summary>
/// <c>arabic-news analyze</c>: reads each document and prints one JSON document,
/// <c>{"documents":[{"path":…,"numbers":[…],"dates":[…],"quotes":[…]}]}</c>. Every item of the arrays
/// carries <c>start</c> and <c>length</c> in UTF-16 code units of the decoded file (byte order mark excluded).
/// Numbers and dates are filled; dates resolve against <c>--reference-date</c>, else each document's own date
/// line ("date 2024-11-02"), and stay null otherwise; quotes carry their speaker, cue and confidence. After the
/// documents, <c>"quoteClusters":[{"text":…,"sources":[{"path","start","length","speaker","similarity"}]}]</c> lists
/// each quote that two documents or more report (see <see cref="QuoteClusterer"/>).
/// </summary>
internal static class AnalyzeCommand
{
    // {"start","length","text","kind","value","min","max","unit","qualifier"}: null where not applicable.
    private static void WriteNumber(Utf8JsonWriter json, string text, NumberMention mention)
    {
        WriteStart(json, text, mention.Start, mention.Length);
        json.WriteString("kind", mention.Kind switch
        {
            NumberKind.Percent => "percent",
            NumberKind.Money => "money",
            NumberKind.Quantity => "quantity",
            NumberKind.Range => "range",
            NumberKind.Vague => "vague",
            NumberKind.Ordinal => "ordinal",
            _ => "cardinal",
        });
        WriteDecimal(json, "value", mention.Value);
        WriteDecimal(json, "min", mention.Min);
        WriteDecimal(json, "max", mention.Max);
        json.WriteString("unit", mention.Unit);
        json.WriteString("qualifier", mention.Qualifier switch
        {
            NumberQualifier.Approximate => "approximate",
            NumberQualifier.MoreThan => "more-than",
            NumberQualifier.LessThan => "less-than",
            NumberQualifier.AtLeast => "at-least",
            NumberQualifier.AtMost => "at-most",
            _ => "exact",
        });
        json.WriteEndObject();
    }

    // {"start","length","text","kind","value","grain","calendar"}: value in ISO 8601 at the grain, null when unresolved.
    private static void WriteDate(Utf8JsonWriter json, string text, DateMention mention)
    {
        WriteStart(json, text, mention.Start, mention.Length);
        json.WriteString("kind", mention.Date.Kind.ToString().ToLowerInvariant());
        json.WriteString("value", mention.Date.ToIsoString());
        json.WriteString("grain", mention.Date.Grain.ToString().ToLowerInvariant());
        json.WriteString("calendar", mention.Date.Calendar.ToString().ToLowerInvariant());
        json.WriteEndObject();
    }

    // {"start","length","text","kind","speaker","speakerStart","speakerLength","cue","confidence","evidence"}.
    private static void WriteQuote(Utf8JsonWriter json, string text, QuoteMention mention)
    {
        WriteStart(json, text, mention.Start, mention.Length);
        json.WriteString("kind", mention.Kind.ToString().ToLowerInvariant());
        json.WriteString("speaker", mention.Speaker?.Name);
        if (mention.Speaker is { Start: >= 0 } speaker)
        {
            json.WriteNumber("speakerStart", speaker.Start);
            json.WriteNumber("speakerLength", speaker.Length);
        }
        else
        {
            json.WriteNull("speakerStart");
            json.WriteNull("speakerLength");
        }

        json.WriteString("cue", mention.Cue);
        json.WriteNumber("confidence", Math.Round(mention.Confidence, 2));
        json.WriteString("evidence", JsonNamingPolicy.CamelCase.ConvertName(mention.Evidence.ToString()));
        json.WriteEndObject();
    }

    // {"text","sources":[{"path","start","length","speaker","similarity"}]}: the representative wording and each report.
    private static void WriteQuoteCluster(Utf8JsonWriter json, QuoteCluster cluster)
    {
        json.WriteStartObject();
        json.WriteString("text", cluster.Text);
        json.WriteStartArray("sources");
        foreach (QuoteClusterMember member in cluster.Members)
        {
            json.WriteStartObject();
            json.WriteString("path", member.DocumentId);
            json.WriteNumber("start", member.Start);
            json.WriteNumber("length", member.Length);
            json.WriteString("speaker", member.Speaker);
            json.WriteNumber("similarity", Math.Round(member.Similarity, 2));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Every item starts with its span in the decoded file and the text there.
    private static void WriteStart(Utf8JsonWriter json, string text, int start, int length)
    {
        json.WriteStartObject();
        json.WriteNumber("start", start);
        json.WriteNumber("length", length);
        json.WriteString("text", text.AsSpan(start, length));
    }

    private static void WriteDecimal(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void Run(IReadOnlyList<string> paths, DateOnly? referenceDate, TextWriter stdout)
    {
        // Read and decode everything first, so that a bad file fails the run before any output.
        var documents = new List<(string Path, string Text)>(paths.Count);
        foreach (string path in paths)
        {
            documents.Add((path, InputText.ReadAll(path)));
        }

        JsonOutput.Print(stdout, json => Write(json, documents, referenceDate));
    }

    private static void Write(Utf8JsonWriter json, List<(string Path, string Text)> documents, DateOnly? referenceDate)
    {
        json.WriteStartObject();
        if (referenceDate is { } date)
        {
            json.WriteString("referenceDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var quotes = new List<QuoteSource>();
        json.WriteStartArray("documents");
        foreach ((string path, string text) in documents)
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteNumber("length", text.Length);
            json.WriteStartArray("numbers");
            foreach (NumberMention mention in NumberExtractor.Default.Extract(text))
            {
                WriteNumber(json, text, mention);
            }

            json.WriteEndArray();
            // The caller's reference date, else the document's own date line, else none (dates stay unresolved).
            DateOnly? reference = referenceDate ?? (DateExtractor.TryReadDateLine(text, out DateOnly dated) ? dated : null);
            if (reference is { } used)
            {
                json.WriteString("referenceDate", used.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("referenceDate");
            }

            json.WriteStartArray("dates");
            foreach (DateMention mention in DateExtractor.Default.Extract(text, reference))
            {
                WriteDate(json, text, mention);
            }

            json.WriteEndArray();
            json.WriteStartArray("quotes");
            foreach (QuoteMention mention in QuoteExtractor.Default.Extract(text))
            {
                WriteQuote(json, text, mention);
                quotes.Add(new QuoteSource(path, text.Substring(mention.Start, mention.Length), mention.Speaker?.Name, mention.Start, mention.Length));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("quoteClusters");
        foreach (QuoteCluster cluster in QuoteClusterer.Default.Cluster(quotes))
        {
            WriteQuoteCluster(json, cluster);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
