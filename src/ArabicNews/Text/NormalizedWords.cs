using System;
using System.Buffers;
using ArabicNews.Normalization;

namespace ArabicNews.Text;

/// <summary>
/// The first stage of every extractor: a text normalized with the Search profile, its offset map back to the
/// original and its words, all in rented buffers that <see cref="Dispose"/> returns, so that what an extractor
/// allocates is its results.
/// </summary>
internal readonly ref struct NormalizedWords
{
    private readonly char[] _rentedText;
    private readonly OffsetEdit[]? _rentedEdits;
    private readonly WordToken[] _rentedTokens;

    private NormalizedWords(ReadOnlySpan<char> text)
    {
        Map = ArabicNormalizer.Search.NormalizeRented(text, out _rentedText, out int length, out _rentedEdits);
        Text = _rentedText.AsSpan(0, length);
        Tokens = WordTokenizer.Tokenize(Text, out _rentedTokens);
    }

    /// <summary>Gets the normalized text.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>Gets the words of the normalized text.</summary>
    public ReadOnlySpan<WordToken> Tokens { get; }

    /// <summary>Gets the map from normalized positions back to the original text.</summary>
    public OffsetMap Map { get; }

    /// <summary>Normalizes and tokenizes <paramref name="text"/>.</summary>
    public static NormalizedWords Create(ReadOnlySpan<char> text) => new(text);

    /// <summary>Returns the rented buffers; the spans must not be used after.</summary>
    public void Dispose()
    {
        ArrayPool<WordToken>.Shared.Return(_rentedTokens);
        ArrayPool<char>.Shared.Return(_rentedText);
        if (_rentedEdits is not null)
        {
            ArrayPool<OffsetEdit>.Shared.Return(_rentedEdits);
        }
    }
}
