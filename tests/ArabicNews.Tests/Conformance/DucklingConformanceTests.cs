using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ArabicNews.Numbers;
using Xunit.Abstractions;

namespace ArabicNews.Tests.Conformance;

/// <summary>
/// Duckling's Arabic numeral and ordinal corpora (BSD, copied with their licence into Conformance/Duckling):
/// each input is one number, read whole by <see cref="ArabicNumber"/> or found whole by
/// <see cref="NumberExtractor"/>. The pass rate of each file is printed and must not fall below its floor.
/// </summary>
public class DucklingConformanceTests(ITestOutputHelper output)
{
    // The floors: the pass rates measured when they were recorded (2026-11-22: 160/160, 159/159, 30/30).
    public static TheoryData<string, double> Files => new()
    {
        { "numeral.jsonl", FloorNumeral },
        { "numeral.ar_eg.jsonl", FloorNumeralEgypt },
        { "ordinal.jsonl", FloorOrdinal },
    };

    private const double FloorNumeral = 1.0;
    private const double FloorNumeralEgypt = 1.0;
    private const double FloorOrdinal = 1.0;

    [Theory]
    [MemberData(nameof(Files))]
    public void The_pass_rate_of_a_Duckling_corpus_stays_at_or_above_its_floor(string file, double floor)
    {
        bool ordinal = file.StartsWith("ordinal", StringComparison.Ordinal);
        var failures = new List<string>();
        int total = 0;
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Conformance", "Duckling", file)))
        {
            using JsonDocument row = JsonDocument.Parse(line);
            string input = row.RootElement.GetProperty("input").GetString()!;
            decimal expected = row.RootElement.GetProperty("expected").GetDecimal();
            total++;
            decimal? actual = ordinal ? ReadOrdinal(input) : ReadNumber(input);
            if (actual != expected)
            {
                failures.Add($"{input} → {actual?.ToString() ?? "nothing"} (expected {expected})");
            }
        }

        double rate = ConformanceReport.Write(output, file, total, failures);

        rate.Should().BeGreaterThanOrEqualTo(floor, string.Join("\n", failures));
    }

    private static decimal? ReadNumber(string input)
    {
        if (ArabicNumber.TryParse(input, out ParsedNumber parsed))
        {
            return parsed.Value;
        }

        IReadOnlyList<NumberMention> mentions = NumberExtractor.Default.Extract(input);
        return mentions.Count == 1 && mentions[0].Length == input.Trim().Length ? mentions[0].Value : null;
    }

    private static decimal? ReadOrdinal(string input)
    {
        IReadOnlyList<NumberMention> mentions = NumberExtractor.Default.Extract(input);
        return mentions.Count == 1 && mentions[0].Kind == NumberKind.Ordinal && mentions[0].Length == input.Trim().Length ? mentions[0].Value : null;
    }
}
