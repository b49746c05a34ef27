using System;
using ArabicNews.Text;

namespace ArabicNews.Quotes;

/// <summary>
/// An article as the quote reader sees it: its Search-normalized words, the gaps between them, and the map back to
/// the original text, with the questions every part of the reader asks of them.
/// </summary>
internal readonly ref struct QuoteText
{
    public QuoteText(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> tokens, OffsetMap map, ReadOnlySpan<char> original, Span<sbyte> nameWords = default)
    {
        Text = text;
        Tokens = tokens;
        Map = map;
        Original = original;
        NameWords = nameWords;
    }

    /// <summary>
    /// Whether each word may be part of a name, as <see cref="QuoteWords.IsNameWord(in QuoteText, int)"/> answered it
    /// (1 yes, -1 no, 0 not asked yet): every rule asks it of the same words, so it is answered once per word. Empty
    /// when no one keeps the answers.
    /// </summary>
    public Span<sbyte> NameWords { get; }

    /// <summary>The normalized text.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>The words of the normalized text.</summary>
    public ReadOnlySpan<WordToken> Tokens { get; }

    /// <summary>The map from normalized positions to original ones.</summary>
    public OffsetMap Map { get; }

    /// <summary>The original text.</summary>
    public ReadOnlySpan<char> Original { get; }

    /// <summary>The number of words.</summary>
    public int Count => Tokens.Length;

    /// <summary>The normalized word <paramref name="k"/>.</summary>
    public ReadOnlySpan<char> Word(int k) => Tokens[k].Span.Slice(Text);

    /// <summary>What lies between word <paramref name="k"/> and the one before it (spaces, punctuation, marks).</summary>
    public ReadOnlySpan<char> Gap(int k) => Text[Tokens[k].GapStart..Tokens[k].Start];

    /// <summary>
    /// Whether a sentence ends before word <paramref name="k"/>: a full stop, question or exclamation mark or a line
    /// break, but not the stop of a one-letter abbreviation ("د. الغامدي", "م. عبدالله").
    /// </summary>
    public bool EndsSentence(int k)
    {
        if (k == 0 || Tokens[k].SpacedFromPrevious)
        {
            return false; // nothing but spaces before the word: most words
        }

        ReadOnlySpan<char> gap = Gap(k);
        if (gap.IndexOfAny("!?؟\n") >= 0)
        {
            return true;
        }

        return gap.Contains('.') && !(Tokens[k - 1].Length == 1 && char.IsLetter(Text[Tokens[k - 1].Start]) && gap.Trim().SequenceEqual("."));
    }

    /// <summary>Whether word <paramref name="k"/> starts a line.</summary>
    public bool IsLineStart(int k) => k == 0 || (!Tokens[k].SpacedFromPrevious && Gap(k).Contains('\n'));

    /// <summary>The first word from <paramref name="from"/> on that starts at or after <paramref name="position"/>.</summary>
    public int FirstTokenAfter(int position, int from)
    {
        int k = from;
        while (k < Tokens.Length && Tokens[k].Start < position)
        {
            k++;
        }

        return k;
    }

    /// <summary>The original text of a normalized range.</summary>
    public string OriginalText(int normalizedStart, int normalizedEnd) =>
        Map.ToOriginal(TextSpan.FromBounds(normalizedStart, normalizedEnd)).Slice(Original).ToString();

    /// <summary>The original text of word <paramref name="k"/>, as a span of the article.</summary>
    public ReadOnlySpan<char> OriginalWord(int k) => Map.ToOriginal(TextSpan.FromBounds(Tokens[k].Start, Tokens[k].End)).Slice(Original);

    /// <summary>The original text of words [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public string OriginalWords(int from, int to) => OriginalText(Tokens[from].Start, Tokens[to - 1].End);

    /// <summary>The last character of word <paramref name="k"/> as written (ى and ي are one letter once normalized).</summary>
    public char OriginalLastChar(int k) => OriginalChar(Tokens[k].End - 1);

    /// <summary>
    /// Whether word <paramref name="k"/> is written with the accusative tanween (ً: "مازحاً", "عياناً", "مساقًا"): an
    /// indefinite adverb or noun, never a name.
    /// </summary>
    public bool HasAccusativeTanween(int k)
    {
        TextSpan original = Map.ToOriginal(new TextSpan(Tokens[k].Start, Tokens[k].Length));
        for (int i = original.Start; i < Original.Length && i < original.End + 2; i++)
        {
            if (Original[i] == '\u064B')
            {
                return true;
            }

            if (i >= original.End && Original[i] is not ('\u0627' or '\u0640'))
            {
                break; // past the word: only its alif or a tatweel may still carry the mark
            }
        }

        return false;
    }

    /// <summary>The original character at a normalized position.</summary>
    public char OriginalChar(int normalized) => Original[Map.ToOriginal(new TextSpan(normalized, 1)).Start];
}
