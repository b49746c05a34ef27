using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ArabicNews.Evaluation.Scoring;

/// <summary>Scores the extractors over the annotated articles of both splits.</summary>
public static class Evaluator
{
    /// <summary>
    /// Scores every annotated article of <paramref name="folder"/> against <paramref name="corpus"/>. Errors are kept for
    /// the development split only when asked: the test split is scored, never looked into.
    /// </summary>
    public static IReadOnlyList<ArticleScore> Run(SaudiNewsNetCorpus corpus, string folder, ArticleScorer scorer, bool developmentErrors)
    {
        var scores = new List<ArticleScore>();
        foreach (Split split in new[] { Split.Development, Split.Test })
        {
            foreach (ArticleAnnotation annotation in AnnotationFile.ReadSplit(folder, split))
            {
                string[] id = annotation.Article.Split('/');
                SaudiNewsNetArticle article = corpus.Article(
                    DateOnly.ParseExact(id[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    int.Parse(id[1], CultureInfo.InvariantCulture));
                scores.Add(scorer.Score(annotation, article, split, developmentErrors && split == Split.Development));
            }
        }

        return scores;
    }

    /// <summary>The headline figures of one split, by name.</summary>
    public static IReadOnlyDictionary<string, double> Figures(IReadOnlyList<ArticleScore> scores, Split split) =>
        ScorecardWriter.Figures(new Scorecard(scores.Where(s => s.Split == split))).ToDictionary(f => f.Name, f => f.Value);
}
