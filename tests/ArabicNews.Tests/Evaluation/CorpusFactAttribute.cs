using ArabicNews.Evaluation;

namespace ArabicNews.Tests.Evaluation;

/// <summary>
/// A fact that needs the SaudiNewsNet corpus beside the repository (<c>../shared/corpora/saudinewsnet</c>); without it
/// the test is reported as skipped, saying that it was not run and why.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; it skips the test when the corpus is absent.</summary>
    public CorpusFactAttribute()
    {
        if (Corpus is null)
        {
            Skip = "NOT RUN: ../shared/corpora/saudinewsnet is absent, so the real-news scorecard was not measured "
                + "(put the corpus beside the repository, as CI has it, to run it)";
        }
    }

    /// <summary>The corpus, or <see langword="null"/> when it is absent.</summary>
    public static SaudiNewsNetCorpus? Corpus { get; } = SaudiNewsNetCorpus.FindDefault();
}
