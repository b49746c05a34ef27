using System;
using System.Diagnostics;
using System.Globalization;

namespace ArabicNews.Benchmarks;

/// <summary>Latencies measured in <see cref="Stopwatch"/> ticks, printed in microseconds for the scale and load runs.</summary>
internal static class Latencies
{
    /// <summary>The <paramref name="p"/>-quantile (nearest rank) of <paramref name="ticks"/>, in µs.</summary>
    public static string Percentile(long[] ticks, double p, string format)
    {
        long[] sorted = (long[])ticks.Clone();
        Array.Sort(sorted);
        int i = Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1);
        return Micros(sorted[i], format);
    }

    /// <summary>Ticks as µs.</summary>
    public static string Micros(long ticks, string format) => (ticks * 1e6 / Stopwatch.Frequency).ToString(format, CultureInfo.InvariantCulture);
}
