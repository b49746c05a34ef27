using System;
using ArabicNews.Text;

namespace ArabicNews.Evaluation;

/// <summary>Finds an anchor in an article: its n-th exact, ordinal occurrence.</summary>
public static class AnchorResolver
{
    /// <summary>The span of the item's anchor, or <see langword="null"/> when the text does not hold it that often.</summary>
    public static TextSpan? Resolve(string text, AnchoredItem item)
    {
        int from = 0;
        for (int seen = 0; ; seen++)
        {
            int at = text.IndexOf(item.Anchor, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            if (seen == item.Occurrence)
            {
                return new TextSpan(at, item.Anchor.Length);
            }

            from = at + 1;
        }
    }

    /// <summary>How many times <paramref name="anchor"/> occurs in <paramref name="text"/> (overlapping occurrences count).</summary>
    public static int Count(string text, string anchor)
    {
        int count = 0;
        for (int at = text.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = text.IndexOf(anchor, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
