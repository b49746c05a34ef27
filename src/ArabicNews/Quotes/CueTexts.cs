using System;
using ArabicNews.Lexicons;

namespace ArabicNews.Quotes;

/// <summary>
/// The text of cue words as written, shared between articles: the same few hundred forms ("وقال", "وأضاف", "مشيرا")
/// recur in every article, so each is made into a string once and kept in a small table per thread, a form to a slot
/// by its fingerprint (a form that meets another in its slot replaces it). No locks, no growth.
/// </summary>
internal static class CueTexts
{
    /// <summary>The slots of each thread's table.</summary>
    public const int Slots = 512;

    [ThreadStatic]
    private static string?[]? t_forms;

    /// <summary>The string of a cue word as written.</summary>
    /// <param name="written">The word as the article writes it.</param>
    public static string Of(ReadOnlySpan<char> written)
    {
        if (written.IsEmpty)
        {
            return "";
        }

        string?[] forms = t_forms ??= new string?[Slots];
        int slot = (int)(WordFingerprint.Of(written) % Slots);
        if (forms[slot] is { } kept && written.SequenceEqual(kept))
        {
            return kept;
        }

        return forms[slot] = written.ToString();
    }
}
