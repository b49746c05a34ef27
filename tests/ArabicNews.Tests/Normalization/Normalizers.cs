using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Normalization;
using ArabicNews.Text;

namespace ArabicNews.Tests.Normalization;

/// <summary>Runs a case through every way of normalizing, which must all agree.</summary>
internal static class Normalizers
{
    /// <summary>
    /// Normalizes with every vector width and the scalar path, through the span, string and offset APIs;
    /// asserts that texts and offset maps agree, and returns the text.
    /// </summary>
    public static string NormalizeAllWays(NormalizationOptions options, string input)
    {
        var results = new List<(string How, string Text)>();
        var maps = new List<(string How, OffsetMap Map)>();
        foreach (int width in VectorWidths)
        {
            var normalizer = new ArabicNormalizer(options, width);
            string how = width == 0 ? "scalar" : $"vector{width}";
            results.Add((how + " string", normalizer.Normalize(input)));
            results.Add((how + " span-string", normalizer.Normalize(input.AsSpan())));
            NormalizedText withOffsets = normalizer.NormalizeWithOffsets(input);
            results.Add((how + " offsets", withOffsets.Text));
            maps.Add((how, withOffsets.Map));
            var buffer = new char[normalizer.GetMaxNormalizedLength(input)];
            normalizer.TryNormalize(input, buffer, out int written).Should().BeTrue();
            results.Add((how + " span", new string(buffer, 0, written)));
        }

        foreach ((string how, string text) in results)
        {
            text.Should().Be(results[0].Text, "the {0} API must agree with the {1} API", how, results[0].How);
        }

        foreach ((string how, OffsetMap map) in maps)
        {
            map.Should().Be(maps[0].Map, "the {0} path must map offsets as the {1} path does", how, maps[0].How);
        }

        return results[0].Text;
    }

    /// <summary>The vector widths this machine runs natively, and 0 for the scalar path alone.</summary>
    public static IReadOnlyList<int> VectorWidths { get; } = new[] { 512, 256, 128, 0 }
        .Where(w => w == 0 || w <= ArabicNormalizer.BestVectorWidth).ToArray();

    /// <summary>Only one switch on.</summary>
    public static NormalizationOptions OnlyRule(string rule) => rule switch
    {
        nameof(NormalizationOptions.FoldAlef) => new() { FoldAlef = true },
        nameof(NormalizationOptions.FoldHamzaSeats) => new() { FoldHamzaSeats = true },
        nameof(NormalizationOptions.FoldAlefMaqsura) => new() { FoldAlefMaqsura = true },
        nameof(NormalizationOptions.FoldTaaMarbuta) => new() { FoldTaaMarbuta = true },
        nameof(NormalizationOptions.RemoveTatweel) => new() { RemoveTatweel = true },
        nameof(NormalizationOptions.RemoveDiacritics) => new() { RemoveDiacritics = true },
        nameof(NormalizationOptions.NormalizeDigits) => new() { NormalizeDigits = true },
        nameof(NormalizationOptions.DecomposePresentationForms) => new() { DecomposePresentationForms = true },
        nameof(NormalizationOptions.FoldPersianLetters) => new() { FoldPersianLetters = true },
        nameof(NormalizationOptions.RemoveInvisibles) => new() { RemoveInvisibles = true },
        nameof(NormalizationOptions.NormalizeWhitespace) => new() { NormalizeWhitespace = true },
        nameof(NormalizationOptions.UnifyQuotes) => new() { UnifyQuotes = true },
        nameof(NormalizationOptions.ComposeHamza) => new() { ComposeHamza = true },
        nameof(NormalizationOptions.FoldPunctuation) => new() { FoldPunctuation = true },
        nameof(NormalizationOptions.LowercaseLatin) => new() { LowercaseLatin = true },
        _ => throw new ArgumentException("unknown rule " + rule, nameof(rule)),
    };

    public static IReadOnlyList<string> AllRules { get; } =
    [
        nameof(NormalizationOptions.FoldAlef), nameof(NormalizationOptions.FoldHamzaSeats),
        nameof(NormalizationOptions.FoldAlefMaqsura), nameof(NormalizationOptions.FoldTaaMarbuta),
        nameof(NormalizationOptions.RemoveTatweel), nameof(NormalizationOptions.RemoveDiacritics),
        nameof(NormalizationOptions.NormalizeDigits), nameof(NormalizationOptions.DecomposePresentationForms),
        nameof(NormalizationOptions.FoldPersianLetters), nameof(NormalizationOptions.RemoveInvisibles),
        nameof(NormalizationOptions.NormalizeWhitespace), nameof(NormalizationOptions.UnifyQuotes),
        nameof(NormalizationOptions.ComposeHamza), nameof(NormalizationOptions.FoldPunctuation),
        nameof(NormalizationOptions.LowercaseLatin),
    ];
}
