using System;
#if NET9_0_OR_GREATER
using System.Collections.Concurrent;
#endif

namespace ArabicNews.Quotes;

/// <summary>
/// The text of cue words as written, shared between articles: the same few hundred forms ("وقال", "وأضاف", "مشيرا")
/// recur in every article, so each is made into a string once. Thread-safe and bounded; past the bound, forms are made
/// anew each time.
/// </summary>
internal static class CueTexts
{
    /// <summary>The most forms kept (spellings with diacritics and tatweel add to the lexicon's).</summary>
    public const int MaxForms = 4096;

#if NET9_0_OR_GREATER
    private static readonly ConcurrentDictionary<string, string> s_forms = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_forms.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>The string of a cue word as written.</summary>
    /// <param name="written">The word as the article writes it.</param>
    public static string Of(ReadOnlySpan<char> written)
    {
#if NET9_0_OR_GREATER
        if (s_lookup.TryGetValue(written, out string? text))
        {
            return text;
        }

        text = written.ToString();
        if (s_forms.Count < MaxForms)
        {
            s_forms.TryAdd(text, text);
        }

        return text;
#else
        return written.ToString();
#endif
    }
}
