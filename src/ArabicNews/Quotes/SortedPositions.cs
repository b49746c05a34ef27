using System;
using System.Collections.Generic;

namespace ArabicNews.Quotes;

/// <summary>Binary search over lists kept in order of a position (quotation marks, mentions of people).</summary>
internal static class SortedPositions
{
    /// <summary>The index of the first item whose position is at or after <paramref name="position"/> (the count when none is).</summary>
    public static int FirstAtOrAfter<T>(List<T> items, int position, Func<T, int> positionOf)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (positionOf(items[mid]) < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
