using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Quotes;

namespace ArabicNews.Evaluation;

/// <summary>
/// The quote confidence table (<c>src/ArabicNews/Lexicons/Data/quote-calibration.tsv</c>): for each kind of speaker
/// evidence, how many found quotes of the development split had it and how many of those were right.
/// </summary>
public static class CalibrationTable
{
    private const string Header = """
        # How often each kind of speaker evidence gives a right quote and speaker, counted on the development split of
        # the annotated SaudiNewsNet articles (benchmarks/annotations/saudinewsnet/dev: a found quote is right when it
        # matches an annotated quote and its speaker is an annotated alias; false alarms count as wrong). The test split
        # is held out: the scorecard reports how well this table is calibrated there. Written by
        # `dotnet run --project benchmarks/ArabicNews.Evaluation -c Release -- calibrate`; counts only, no article text.
        # evidence	right	total
        """;

    /// <summary>Reads the table.</summary>
    public static IReadOnlyDictionary<SpeakerEvidence, (int Right, int Total)> Read(string path) => File.ReadLines(path)
        .Where(line => line.Length > 0 && line[0] != '#')
        .Select(line => line.Split('\t'))
        .ToDictionary(f => System.Enum.Parse<SpeakerEvidence>(f[0]), f => (int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Writes the table.</summary>
    public static void Write(string path, IReadOnlyDictionary<SpeakerEvidence, (int Right, int Total)> counts)
    {
        var text = new StringBuilder(Header.Replace("\r\n", "\n", System.StringComparison.Ordinal)).Append('\n');
        foreach ((SpeakerEvidence evidence, (int right, int total)) in counts.OrderBy(c => c.Key))
        {
            text.Append(evidence).Append('\t').Append(right).Append('\t').Append(total).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }
}
