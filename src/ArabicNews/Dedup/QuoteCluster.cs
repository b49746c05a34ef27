using System.Collections.Generic;
using System.Linq;
using ArabicNews.Annotations;

namespace ArabicNews.Dedup;

/// <summary>One quote as several reports give it: its fullest wording and every report.</summary>
[Immutable]
public sealed record QuoteCluster
{
    internal QuoteCluster(string text, QuoteClusterMember[] members)
    {
        Text = text;
        Members = members.AsReadOnly();
        DocumentCount = members.Select(m => m.DocumentId).Distinct().Count();
    }

    /// <summary>Gets the representative wording: the text of the longest report (in words), the first one on a tie.</summary>
    public string Text { get; }

    /// <summary>Gets the reports, in the order the quotes were given; at least two.</summary>
    public IReadOnlyList<QuoteClusterMember> Members { get; }

    /// <summary>Gets the number of distinct documents among <see cref="Members"/>.</summary>
    public int DocumentCount { get; }
}
