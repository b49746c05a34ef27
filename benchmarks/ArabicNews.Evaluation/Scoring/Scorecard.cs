using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Quotes;

namespace ArabicNews.Evaluation.Scoring;

/// <summary>The sums of some articles' scores: the figures one column of the scorecard shows.</summary>
public sealed class Scorecard
{
    /// <summary>Sums the given article scores.</summary>
    public Scorecard(IEnumerable<ArticleScore> articles)
    {
        foreach (ArticleScore a in articles)
        {
            Articles++;
            Numbers.Add(a.Numbers);
            QualifierRight += a.QualifierRight;
            Dates.Add(a.Dates);
            foreach ((QuoteGroup group, Tally tally) in a.Quotes)
            {
                Quotes[group].Add(tally);
                AllQuotes.Add(tally);
            }

            NamesAsQuotes += a.NamesAsQuotes;
            Calibration.AddRange(a.Calibration);
        }
    }

    /// <summary>The number of articles.</summary>
    public int Articles { get; }

    /// <summary>Numbers (Right: the unit agrees).</summary>
    public Tally Numbers { get; } = new();

    /// <summary>Matched numbers whose qualifier agrees.</summary>
    public int QualifierRight { get; }

    /// <summary>Dates.</summary>
    public Tally Dates { get; } = new();

    /// <summary>Quotes by group (Right: the speaker is right).</summary>
    public Dictionary<QuoteGroup, Tally> Quotes { get; } = Enum.GetValues<QuoteGroup>().ToDictionary(g => g, _ => new Tally());

    /// <summary>All quotes together.</summary>
    public Tally AllQuotes { get; } = new();

    /// <summary>Found quotes that are names in quotation marks.</summary>
    public int NamesAsQuotes { get; }

    /// <summary>Every found quote's confidence and rightness.</summary>
    public List<(double Confidence, SpeakerEvidence Evidence, bool Right)> Calibration { get; } = [];

    /// <summary>Found quotes and right ones by how their speaker was found: what the confidence table is made of.</summary>
    public IReadOnlyDictionary<SpeakerEvidence, (int Right, int Total)> ByEvidence() => Calibration
        .GroupBy(c => c.Evidence)
        .ToDictionary(g => g.Key, g => (g.Count(c => c.Right), g.Count()));

    /// <summary>The calibration bins: lower bounds of confidence.</summary>
    public static IReadOnlyList<double> BinStarts { get; } = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9];

    /// <summary>The found quotes in each bin: count, mean confidence, share right.</summary>
    public IEnumerable<(double From, double To, int Count, double MeanConfidence, double RightShare)> Bins()
    {
        for (int i = 0; i < BinStarts.Count; i++)
        {
            double from = BinStarts[i];
            double to = i + 1 < BinStarts.Count ? BinStarts[i + 1] : 1.0;
            var inBin = Calibration.Where(c => c.Confidence >= from && (c.Confidence < to || (to == 1.0 && c.Confidence <= 1.0))).ToArray();
            yield return (from, to, inBin.Length,
                inBin.Length == 0 ? 0 : inBin.Average(c => c.Confidence),
                inBin.Length == 0 ? 0 : inBin.Count(c => c.Right) / (double)inBin.Length);
        }
    }

    /// <summary>The expected calibration error over the bins: the gap between confidence and rightness, weighted by count.</summary>
    public double CalibrationError => Calibration.Count == 0
        ? 0
        : Bins().Sum(b => b.Count * Math.Abs(b.MeanConfidence - b.RightShare)) / Calibration.Count;
}
