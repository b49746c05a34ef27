using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArabicNews.Cli;

/// <summary>
/// <c>arabic-news analyze</c>: reads each document and prints one JSON document,
/// <c>{"documents":[{"path":…,"numbers":[…],"dates":[…],"quotes":[…]}]}</c>. Every item of the arrays
/// carries <c>start</c> and <c>length</c> in UTF-16 code units of the decoded file (byte order mark excluded).
/// The extractors that fill the arrays are added by the numbers, dates and quotes capabilities.
/// </summary>
internal static class AnalyzeCommand
{
    private static readonly JsonWriterOptions s_jsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Run(IReadOnlyList<string> paths, DateOnly? referenceDate, TextWriter stdout)
    {
        // Read and decode everything first, so that a bad file fails the run before any output.
        var documents = new List<(string Path, string Text)>(paths.Count);
        foreach (string path in paths)
        {
            documents.Add((path, InputText.ReadAll(path)));
        }

        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, s_jsonOptions);
        json.WriteStartObject();
        if (referenceDate is { } date)
        {
            json.WriteString("referenceDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        json.WriteStartArray("documents");
        foreach ((string path, string text) in documents)
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteNumber("length", text.Length);
            json.WriteStartArray("numbers");
            json.WriteEndArray();
            json.WriteStartArray("dates");
            json.WriteEndArray();
            json.WriteStartArray("quotes");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stdout.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        stdout.Write('\n');
    }
}
