using System;

namespace ArabicNews.Evaluation;

/// <summary>One article of the SaudiNewsNet corpus, addressed by its extraction day and its index in that day's file.</summary>
/// <param name="Day">The extraction day (the name of the day's ZIP), which is also the article's reference date.</param>
/// <param name="Index">The 0-based position of the article in the day's JSON array.</param>
/// <param name="Source">The outlet (for example <c>okaz</c>).</param>
/// <param name="Title">The headline, possibly empty.</param>
/// <param name="Content">The body as the crawler stored it, possibly empty.</param>
public sealed record SaudiNewsNetArticle(DateOnly Day, int Index, string Source, string Title, string Content)
{
    /// <summary>The identifier used by the annotation files: <c>yyyy-MM-dd/index</c>.</summary>
    public string Id => $"{Day:yyyy-MM-dd}/{Index}";

    /// <summary>
    /// The text the extractors read and the annotation anchors are found in: the headline, a blank line, then the
    /// body; the body alone when there is no headline.
    /// </summary>
    public string Text => Title.Length == 0 ? Content : Title + "\n\n" + Content;
}
