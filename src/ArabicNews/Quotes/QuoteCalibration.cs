using System;
using System.Globalization;
using System.Linq;
using ArabicNews.Lexicons;

namespace ArabicNews.Quotes;

/// <summary>
/// The confidence of each kind of <see cref="SpeakerEvidence"/>: its share of right attributions on the annotated
/// calibration set (<c>quote-calibration.tsv</c>), shrunk toward the share over all evidence by two attributions'
/// weight, so that a kind seen a few times (all right or all wrong) claims neither certainty nor zero.
/// </summary>
internal static class QuoteCalibration
{
    private static readonly double[] s_confidence = Load();

    /// <summary>Gets the confidence of a quote whose speaker was found by <paramref name="evidence"/>.</summary>
    public static double Confidence(SpeakerEvidence evidence) => s_confidence[(int)evidence];

    private static double[] Load()
    {
        const double PriorWeight = 2;
        var counts = new (int Right, int Total)[Enum.GetValues<SpeakerEvidence>().Length];
        foreach (string[] entry in LexiconLoader.ReadEntries("quote-calibration.tsv"))
        {
            counts[(int)Enum.Parse<SpeakerEvidence>(entry[0])] = (
                int.Parse(entry[1], CultureInfo.InvariantCulture),
                int.Parse(entry[2], CultureInfo.InvariantCulture));
        }

        double prior = (double)counts.Sum(c => c.Right) / Math.Max(1, counts.Sum(c => c.Total));
        return counts.Select(c => Math.Round((c.Right + (PriorWeight * prior)) / (c.Total + PriorWeight), 2)).ToArray();
    }
}
