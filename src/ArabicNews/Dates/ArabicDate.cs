using System;
using ArabicNews.Text;

namespace ArabicNews.Dates;

/// <summary>
/// Reads a whole phrase that writes one date ("الخامس من يناير 2024", "فبراير/ شباط 2022", "الجمعة
/// الماضي", "1 رمضان 1445 هـ", "2024-11-02") and resolves it against a reference date.
/// </summary>
/// <remarks>Parsing never throws for content, and runs in time linear in the phrase.</remarks>
public static class ArabicDate
{
    /// <summary>Reads <paramref name="text"/> as one date, past-preferring.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="reference">The day the phrase was written, to resolve what it leaves out; null to leave such dates unresolved.</param>
    /// <param name="result">The date, when the phrase is one.</param>
    /// <returns>Whether the whole phrase is one date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, DateOnly? reference, out ParsedDate result) =>
        TryParse(text, reference, DateDirection.PreferPast, out result);

    /// <summary>Reads <paramref name="text"/> as one date.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="reference">The day the phrase was written, to resolve what it leaves out; null to leave such dates unresolved.</param>
    /// <param name="direction">Which way a month or weekday without a year resolves.</param>
    /// <param name="result">The date, when the phrase is one.</param>
    /// <returns>Whether the whole phrase is one date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, DateOnly? reference, DateDirection direction, out ParsedDate result)
    {
        result = default;
        using var words = NormalizedWords.Create(text);
        ReadOnlySpan<WordToken> tokens = words.Tokens;
        RawDate raw = default;
        int last = -1;
        bool parsed = tokens.Length > 0 && new DateRecognizer(words.Text, tokens).TryRead(0, out raw, out last);
        parsed = parsed && last == tokens.Length - 1 && raw.Start == tokens[0].Start;
        if (parsed)
        {
            result = DateResolver.Resolve(raw, reference, direction);
        }

        return parsed;
    }

    /// <summary>Reads <paramref name="text"/> as one date, past-preferring.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="reference">The day the phrase was written; null to leave relative dates unresolved.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The phrase is not one date.</exception>
    public static ParsedDate Parse(ReadOnlySpan<char> text, DateOnly? reference = null) =>
        TryParse(text, reference, out ParsedDate result) ? result : throw new FormatException(ArabicNewsMessages.NotADate(text.ToString()));
}
