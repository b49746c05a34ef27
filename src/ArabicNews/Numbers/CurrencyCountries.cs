using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Lexicons;
using ArabicNews.Normalization;
using ArabicNews.Text;

namespace ArabicNews.Numbers;

/// <summary>
/// The currency names of <c>currency-countries.tsv</c> that several countries use (دينار، درهم، ليرة، جنيه), and
/// the words that name each of those countries: a bare name takes the code of the one country the text names.
/// </summary>
internal static class CurrencyCountries
{
    private static readonly IReadOnlyList<string[]> s_entries = LexiconLoader.ReadEntries("currency-countries.tsv");

    /// <summary>Gets the forms of each currency name after a number, each standing for its first form.</summary>
    public static PhraseTable<string> Forms { get; } = new(
        s_entries.SelectMany(fields => fields[0].Split(' ').Select(form => (form, Name(fields))))
            .DistinctBy(entry => entry.form));

    // Each country word (Search-normalized), with the currency name and the code it points to.
    private static readonly WordTable<(string Name, string Code)> s_countries = new(
        s_entries.SelectMany(fields => fields[2].Split(' ').Select(word => KeyValuePair.Create(
            ArabicNormalizer.Search.Normalize(word), (Name(fields), fields[1])))));

    /// <summary>
    /// The code of the one country that uses currency <paramref name="name"/> and that the text names, or null when
    /// it names none or several. <paramref name="named"/> caches the countries the text names, read on first use.
    /// </summary>
    public static string? Resolve(string name, ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, ref List<(string Name, string Code)>? named)
    {
        named ??= Read(text, tokens);
        string? code = null;
        foreach ((string Name, string Code) country in named)
        {
            if (country.Name != name || country.Code == code)
            {
                continue;
            }

            if (code is not null)
            {
                return null;
            }

            code = country.Code;
        }

        return code;
    }

    private static string Name(string[] fields) => ArabicNormalizer.Search.Normalize(fields[0].Split(' ')[0]);

    // Every country the text names, once each, in one pass over its words.
    private static List<(string Name, string Code)> Read(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens)
    {
        var named = new List<(string Name, string Code)>();
        foreach (WordToken token in tokens)
        {
            if (TryGet(token.Span.Slice(text), out (string Name, string Code) country) && !named.Contains(country))
            {
                named.Add(country);
            }
        }

        return named;
    }

    // The word as written, or after و or ف, then after ب, ل or ك; "للكويت" is ل + "الكويت".
    private static bool TryGet(ReadOnlySpan<char> word, out (string Name, string Code) country)
    {
        for (int stage = 0; stage < 3 && word.Length > 2; stage++)
        {
            if (s_countries.TryGet(word, out country))
            {
                return true;
            }

            if (word.StartsWith("لل") && s_countries.TryGet(string.Concat("ا", word[1..]), out country))
            {
                return true;
            }

            bool strip = stage == 0 ? word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' : word[0] is 'ب' or 'ل' or 'ك';
            if (!strip)
            {
                break;
            }

            word = word[1..];
        }

        country = default;
        return false;
    }
}
