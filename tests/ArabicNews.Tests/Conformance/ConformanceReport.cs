using System.Collections.Generic;
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
}
