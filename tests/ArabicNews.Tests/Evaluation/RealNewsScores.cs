using System;
using System.Collections.Generic;
using ArabicNews.Evaluation;
using ArabicNews.Evaluation.Scoring;

namespace ArabicNews.Tests.Evaluation;

/// <summary>The extractors scored once over the annotated SaudiNewsNet articles, for every test that needs it.</summary>
internal static class RealNewsScores
{
    private static readonly Lazy<IReadOnlyList<ArticleScore>> s_scores = new(() =>
        Evaluator.Run(CorpusFactAttribute.Corpus!, AnnotationFile.FindDefaultFolder(), ArticleScorer.Default, developmentErrors: false));

    /// <summary>Every annotated article's score (the corpus must be present).</summary>
    public static IReadOnlyList<ArticleScore> All => s_scores.Value;
}
