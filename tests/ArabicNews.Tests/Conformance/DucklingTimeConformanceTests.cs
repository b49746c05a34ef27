using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArabicNews.Dates;
using Xunit.Abstractions;

namespace ArabicNews.Tests.Conformance;

/// <summary>
/// Duckling's Arabic time corpus (BSD, copied with its licence into Conformance/Duckling/time.jsonl), run
/// through <see cref="DateExtractor"/> with that corpus's conventions: the reference 2013-02-12,
/// prefer-future, and ranges joined across periods (an interval is one value). The cases whose grain is day, week, month or year are the dates this library reads; the
/// rest (hours, minutes, seconds: times of day) are counted and reported separately, not run. A case passes
/// when the extractor finds exactly one mention and it resolves to the expected first day (and, for an
/// interval, the expected last day: Duckling's end is exclusive).
/// </summary>
public class DucklingTimeConformanceTests(ITestOutputHelper output)
{
    // The floor: the pass rate recorded on 2026-11-25 (119/125 date-grain cases), rounded down.
    private const double Floor = 0.95;

    private static readonly DateOnly s_reference = new(2013, 2, 12);

    [Fact]
    public void The_pass_rate_of_the_date_grain_cases_stays_at_or_above_its_floor()
    {
        var extractor = new DateExtractor(DateExtractionOptions.Default with { Direction = DateDirection.PreferFuture, JoinRangesAcrossPeriods = true });
        var failures = new List<string>();
        int total = 0;
        int otherGrains = 0;
        int negatives = 0;
        int negativeFailures = 0;
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Conformance", "Duckling", "time.jsonl")))
        {
            using JsonDocument row = JsonDocument.Parse(line);
            string input = row.RootElement.GetProperty("input").GetString()!;
            JsonElement expected = row.RootElement.GetProperty("expected");
            IReadOnlyList<DateMention> mentions = extractor.Extract(input, s_reference);
            if (expected.ValueKind == JsonValueKind.Null)
            {
                negatives++;
                negativeFailures += mentions.Count == 0 ? 0 : 1;
                continue;
            }

            string grain = expected.GetProperty("grain").GetString()!;
            if (grain is not ("day" or "week" or "month" or "year"))
            {
                otherGrains++;
                continue;
            }

            total++;
            bool interval = expected.TryGetProperty("from", out JsonElement from);
            DateOnly first = Day(interval ? from.GetString()! : expected.GetProperty("value").GetString()!);
            DateOnly? last = interval ? Day(expected.GetProperty("to").GetString()!).AddDays(-1) : null;
            bool pass = mentions.Count == 1 && mentions[0].Date.Value == first && (last is null || mentions[0].Date.End == last);
            if (!pass)
            {
                failures.Add($"{input} → [{string.Join("; ", mentions.Select(m => m.Date.ToIsoString()))}] (expected {first:yyyy-MM-dd}{(last is { } l ? $"/{l:yyyy-MM-dd}" : "")})");
            }
        }

        double rate = ConformanceReport.Write(output, "time.jsonl, date grains", total, failures,
            $"negatives {negatives - negativeFailures}/{negatives}; not run (times of day): {otherGrains}");

        negativeFailures.Should().Be(0);
        rate.Should().BeGreaterThanOrEqualTo(Floor, string.Join("\n", failures));
    }

    private static DateOnly Day(string timestamp) => DateOnly.ParseExact(timestamp[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
