using System;
using System.Collections.Generic;
using ArabicNews.Dates;
using ArabicNews.Evaluation;
using ArabicNews.Numbers;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Evaluation;

/// <summary>Every article of the real corpus goes through every extractor without an exception, with spans inside the text.</summary>
public class RealNewsRobustnessTests
{
    [CorpusFact]
    public void Every_article_of_the_corpus_is_extracted_without_an_exception()
    {
        var failures = new List<string>();
        foreach (SaudiNewsNetArticle article in CorpusFactAttribute.Corpus!.All())
        {
            string text = article.Text;
            try
            {
                foreach (QuoteMention q in QuoteExtractor.Default.Extract(text))
                {
                    q.Span.End.Should().BeLessThanOrEqualTo(text.Length);
                }

                foreach (DateMention d in DateExtractor.Default.Extract(text, article.Day))
                {
                    d.Span.End.Should().BeLessThanOrEqualTo(text.Length);
                }

                foreach (NumberMention n in NumberExtractor.Default.Extract(text))
                {
                    n.Span.End.Should().BeLessThanOrEqualTo(text.Length);
                }
            }
            catch (Exception e)
            {
                failures.Add($"{article.Id}: {e.GetType().Name}: {e.Message}");
            }
        }

        failures.Should().BeEmpty();
    }
}
