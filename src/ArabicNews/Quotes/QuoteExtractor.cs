using System;
using System.Buffers;
using System.Collections.Generic;
using ArabicNews.Annotations;
using ArabicNews.Text;

namespace ArabicNews.Quotes;

/// <summary>
/// Finds the quotes of a news article and attributes each to a speaker: direct quotes in quotation marks (“…”,
/// «…», "…", and the broken pairs of real copy), partial quotes inside reported speech, reported speech (a cue,
/// then أن/إن/بأن and the clause), and headlines ("بوتين: …"). Quotation marks around a name (a weapon, a
/// company, an agency after its type noun, or a short phrase with no cue) are not quotes.
/// </summary>
/// <remarks>
/// Speakers are read after the cue (a title, then the name, or a name in apposition after a comma) or before
/// it; short names resolve to the full name given earlier in the article, a cue with no subject continues the
/// previous speaker of its gender, and نظيره/نظيرته resolves to the other person named before. Instances are
/// immutable and thread-safe; extraction runs in time linear in the text.
/// </remarks>
[Immutable]
public sealed class QuoteExtractor
{
    /// <summary>Creates an extractor.</summary>
    /// <param name="options">What to report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public QuoteExtractor(QuoteExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    // Articles of up to this many words keep their per-word answers on the stack.
    private const int StackWords = 2048;

    /// <summary>Gets the shared extractor with <see cref="QuoteExtractionOptions.Default"/>.</summary>
    public static QuoteExtractor Default { get; } = new(QuoteExtractionOptions.Default);

    /// <summary>Gets what this extractor reports.</summary>
    public QuoteExtractionOptions Options { get; }

    /// <summary>Finds the quotes of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The article.</param>
    /// <returns>The quotes, with spans into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<QuoteMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(text.AsSpan());
    }

    /// <summary>Finds the quotes of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The article.</param>
    /// <returns>The quotes, with spans into <paramref name="text"/>.</returns>
    public IReadOnlyList<QuoteMention> Extract(ReadOnlySpan<char> text)
    {
        using var words = NormalizedWords.Create(text);
        var found = new List<QuoteMention>();

        // The answers to "may this word be part of a name?", kept per word for the whole read.
        int count = words.Tokens.Length;
        sbyte[]? rented = count > StackWords ? ArrayPool<sbyte>.Shared.Rent(count) : null;
        Span<sbyte> nameWords = rented is null ? stackalloc sbyte[StackWords] : rented;
        nameWords = nameWords[..count];
        nameWords.Clear();
        try
        {
            new QuoteReader(new QuoteText(words.Text, words.Tokens, words.Map, text, nameWords), Options).Read(found);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<sbyte>.Shared.Return(rented);
            }
        }

        found.RemoveAll(q => q.Confidence < Options.MinimumConfidence);
        return found;
    }
}
