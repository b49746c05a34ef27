namespace ArabicNews.Text;

/// <summary>
/// A word of a text: a run of letters and digits (with the '.' and ',' between digits), or a lone '%'.
/// </summary>
/// <param name="Start">The start of the word.</param>
/// <param name="Length">The length of the word.</param>
/// <param name="GapStart">Where the characters between the previous word and this one start.</param>
/// <param name="SpacedFromPrevious">Whether only spaces (or nothing) stand between the previous word and this one.</param>
internal readonly record struct WordToken(int Start, int Length, int GapStart, bool SpacedFromPrevious)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);
}
