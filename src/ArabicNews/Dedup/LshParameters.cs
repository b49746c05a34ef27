using System;

namespace ArabicNews.Dedup;

/// <summary>The LSH banding of a signature: <see cref="Bands"/> bands of <see cref="Rows"/> MinHash values each.</summary>
internal readonly record struct LshParameters(int Bands, int Rows)
{
    /// <summary>The probability that two documents at the threshold become candidates.</summary>
    public const double CandidateProbability = 0.95;

    /// <summary>
    /// The largest row count r for which b = ⌈ln(1 − p) / ln(1 − t^r)⌉ bands fit in the hash count, with that b:
    /// few false candidates (r large) while documents at the threshold are found with probability p.
    /// </summary>
    public static LshParameters For(int hashCount, double threshold)
    {
        var best = new LshParameters(hashCount, 1);
        for (int rows = 1; rows <= hashCount; rows++)
        {
            double atThreshold = Math.Pow(threshold, rows);
            double bands = atThreshold >= 1 ? 1 : Math.Ceiling(Math.Log(1 - CandidateProbability) / Math.Log(1 - atThreshold));
            if (bands * rows > hashCount)
            {
                break;
            }

            best = new LshParameters(Math.Max(1, (int)bands), rows);
        }

        return best;
    }
}
