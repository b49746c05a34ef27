using System;
using System.Collections.Generic;
using System.Text.Json;
using Xunit.Abstractions;

namespace ArabicNews.Tests.Conformance;

/// <summary>How every conformance test reports a suite: its pass rate on one line, then each failing case.</summary>
internal static class ConformanceReport
{
    /// <summary>Prints the pass rate and the failures, and returns the rate.</summary>
    public static double Write(ITestOutputHelper output, string suite, int total, IReadOnlyList<string> failures, string? note = null)
    {
        double rate = total == 0 ? 1 : (double)(total - failures.Count) / total;
        output.WriteLine($"{suite}: {total - failures.Count}/{total} = {rate:P1}{(note is null ? "" : "; " + note)}");
        foreach (string failure in failures)
        {
            output.WriteLine("  " + failure);
        }

        return rate;
    }

    /// <summary>
    /// Where a Recognizers-Text result lies in its input: its Start, unless that does not point at its Text (some
    /// upstream cases miscount), then the first occurrence of the Text; -1 when the Text is not in the input.
    /// </summary>
    public static int ResultStart(JsonElement result, string input, out string text)
    {
        text = result.GetProperty("Text").GetString()!;
        int start = result.TryGetProperty("Start", out JsonElement s) ? s.GetInt32() : -1;
        if (start < 0 || start + text.Length > input.Length || string.CompareOrdinal(input, start, text, 0, text.Length) != 0)
        {
            start = input.IndexOf(text, StringComparison.Ordinal);
        }

        return start;
    }
}
