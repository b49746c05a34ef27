using System;
using ArabicNews.Normalization;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <summary>
/// Reads a whole phrase that writes one number: digits in any Arabic script with decimal and thousands
/// separators ("1,500", "٣٫٥"), number words in their genders and cases ("ثلاثة آلاف", "خمسة وعشرون ألفاً",
/// "اثنا عشر", "مئتين"), digits with scale words ("600 ألف", "5.5 مليار"), fractions ("مليون ونصف",
/// "ثلث"), with the clitics و ف ب ل ك attached ("بثلاثة", "لـ10").
/// </summary>
/// <remarks>
/// Vague quantities (آلاف alone, مئات, عشرات) are not numbers here: they have no single value.
/// Parsing never throws for content, and runs in time linear in the phrase.
/// </remarks>
public static class ArabicNumber
{
    /// <summary>Reads <paramref name="text"/> as one number.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="result">The number, when the phrase is one.</param>
    /// <returns>Whether every word of the phrase was used in one number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ParsedNumber result) => TryParse(text, out result, out _);

    /// <summary>Reads <paramref name="text"/> as one number, and says which word stopped it when it is not.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="result">The number, when the phrase is one.</param>
    /// <param name="unusedWord">
    /// When parsing fails, the span in <paramref name="text"/> of the first word that could not be used (empty
    /// at the end of the text when the phrase stops too early or holds no word).
    /// </param>
    /// <returns>Whether every word of the phrase was used in one number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ParsedNumber result, out TextSpan unusedWord)
    {
        NormalizedText normalized = ArabicNormalizer.Search.NormalizeWithOffsets(new string(text));
        if (NumberPhraseParser.TryParse(normalized.Text, out result, out TextSpan failed))
        {
            unusedWord = default;
            return true;
        }

        unusedWord = normalized.ToOriginal(failed);
        return false;
    }

    /// <summary>Reads <paramref name="text"/> as one number.</summary>
    /// <param name="text">The phrase.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The phrase is not one number; the message names the first word that could not be used.</exception>
    public static ParsedNumber Parse(ReadOnlySpan<char> text)
    {
        if (TryParse(text, out ParsedNumber result, out TextSpan unused))
        {
            return result;
        }

        throw new FormatException(unused.IsEmpty
            ? ArabicNewsMessages.EmptyNumber
            : ArabicNewsMessages.NotANumber(unused.Slice(text).ToString(), unused.Start));
    }
}
