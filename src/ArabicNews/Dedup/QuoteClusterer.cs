using System;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using ArabicNews.Annotations;
using ArabicNews.Normalization;
using ArabicNews.Quotes;

namespace ArabicNews.Dedup;

/// <summary>
/// Groups the reports of one quote across documents: the same words after Dedup normalization (alef, yaa and
/// hamza folded, diacritics and quotation marks dropped) and clitic stripping, or nearly the same (a word changed:
/// the Jaccard similarity of word bigrams reaches <see cref="QuoteClusterOptions.Threshold"/>), or a truncation (the
/// longer quote holds <see cref="QuoteClusterOptions.ContainmentThreshold"/> of the shorter one's bigrams).
/// </summary>
/// <remarks>
/// Exact copies are grouped first and compared once. Pairs to compare come from an inverted index of word bigrams
/// (bigrams of more than <see cref="QuoteClusterOptions.MaximumBigramFrequency"/> distinct quotes propose none), each
/// pair is verified on its exact similarity, and verified pairs are joined transitively: a cluster may hold two
/// reports that are each close to a third but not to each other. Instances are immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class QuoteClusterer
{
    private const long WordSeed = 0x51554F5445534431; // "QUOTESD1"

    /// <summary>Creates a clusterer.</summary>
    /// <param name="options">When two quotes are one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public QuoteClusterer(QuoteClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>Gets the shared clusterer with <see cref="QuoteClusterOptions.Default"/>.</summary>
    public static QuoteClusterer Default { get; } = new(QuoteClusterOptions.Default);

    /// <summary>Gets when two quotes are one.</summary>
    public QuoteClusterOptions Options { get; }

    /// <summary>Extracts the quotes of each document (every kind the extractor reports) and clusters them.</summary>
    /// <param name="documents">The documents: an id each (unique, reported back) and the text.</param>
    /// <param name="extractor">The quote extractor.</param>
    /// <returns>The clusters, in order of their first report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or <paramref name="extractor"/> is null.</exception>
    /// <exception cref="ArgumentException">A document has a null id or text.</exception>
    public IReadOnlyList<QuoteCluster> Cluster(IEnumerable<(string DocumentId, string Text)> documents, QuoteExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(extractor);
        var quotes = new List<QuoteSource>();
        foreach ((string id, string text) in documents)
        {
            if (id is null || text is null)
            {
                throw new ArgumentException(ArabicNewsMessages.IncompleteDocument, nameof(documents));
            }

            foreach (QuoteMention mention in extractor.Extract(text))
            {
                quotes.Add(new QuoteSource(id, text.Substring(mention.Start, mention.Length), mention.Speaker?.Name, mention.Start, mention.Length));
            }
        }

        return Cluster(quotes);
    }

    /// <summary>Clusters quotes.</summary>
    /// <param name="quotes">The quotes, in document order.</param>
    /// <returns>
    /// The clusters of two reports or more (of two documents or more when
    /// <see cref="QuoteClusterOptions.RequireDifferentDocuments"/>), in order of their first report. Quotes shorter than
    /// <see cref="QuoteClusterOptions.MinimumWords"/> are left out, and so is a member whose span lies within the span
    /// of another member of its document: a partial quote inside the reported speech that holds it is one report.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="quotes"/> is null.</exception>
    /// <exception cref="ArgumentException">A quote has a null document id or text.</exception>
    public IReadOnlyList<QuoteCluster> Cluster(IEnumerable<QuoteSource> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);

        // 1. Each quote long enough to its form: the normalized, clitic-stripped words; exact copies share a form.
        var sources = new List<QuoteSource>();
        var formOfSource = new List<int>();
        var forms = new List<Form>();
        var formByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (QuoteSource quote in quotes)
        {
            if (quote.DocumentId is null || quote.Text is null)
            {
                throw new ArgumentException(ArabicNewsMessages.IncompleteQuoteSource, nameof(quotes));
            }

            string[] words = Words(quote.Text);
            if (words.Length < Options.MinimumWords)
            {
                continue;
            }

            string key = string.Join(' ', words);
            if (!formByKey.TryGetValue(key, out int form))
            {
                form = forms.Count;
                formByKey.Add(key, form);
                forms.Add(new Form(words.Length, Bigrams(words)));
            }

            sources.Add(quote);
            formOfSource.Add(form);
        }

        // 2. Candidate pairs of forms from an inverted index of bigrams; verified pairs are joined.
        var sets = new UnionFind(forms.Count);
        var postings = new Dictionary<ulong, List<int>>();
        for (int f = 0; f < forms.Count; f++)
        {
            foreach (ulong bigram in forms[f].Bigrams.Hashes)
            {
                if (!postings.TryGetValue(bigram, out List<int>? list))
                {
                    postings.Add(bigram, list = []);
                }

                list.Add(f);
            }
        }

        int[] seenBy = new int[forms.Count];
        Array.Fill(seenBy, -1);
        for (int f = 0; f < forms.Count; f++)
        {
            foreach (ulong bigram in forms[f].Bigrams.Hashes)
            {
                List<int> list = postings[bigram];
                if (list.Count > Options.MaximumBigramFrequency)
                {
                    continue;
                }

                // Postings are in form order: only the later forms, each once.
                for (int i = list.BinarySearch(f) + 1; i < list.Count; i++)
                {
                    int other = list[i];
                    if (seenBy[other] == f)
                    {
                        continue;
                    }

                    seenBy[other] = f;
                    if (!sets.SameSet(f, other) && Similar(forms[f], forms[other]))
                    {
                        sets.Union(f, other);
                    }
                }
            }
        }

        // 3. The clusters in order of their first report; the representative is the longest form, the first on a tie.
        var clusterOfRoot = new Dictionary<int, int>();
        var members = new List<List<int>>();
        for (int s = 0; s < sources.Count; s++)
        {
            int root = sets.Find(formOfSource[s]);
            if (!clusterOfRoot.TryGetValue(root, out int cluster))
            {
                cluster = members.Count;
                clusterOfRoot.Add(root, cluster);
                members.Add([]);
            }

            members[cluster].Add(s);
        }

        var clusters = new List<QuoteCluster>();
        foreach (List<int> group in members)
        {
            if (group.Count >= 2)
            {
                DropNested(sources, group);
            }

            if (group.Count < 2 || (Options.RequireDifferentDocuments && !SpansDocuments(sources, group)))
            {
                continue;
            }

            int representative = group[0];
            foreach (int s in group)
            {
                if (forms[formOfSource[s]].WordCount > forms[formOfSource[representative]].WordCount)
                {
                    representative = s;
                }
            }

            Form best = forms[formOfSource[representative]];
            var reports = new QuoteClusterMember[group.Count];
            for (int i = 0; i < group.Count; i++)
            {
                QuoteSource source = sources[group[i]];
                Form form = forms[formOfSource[group[i]]];
                double similarity = ReferenceEquals(form, best) ? 1 : Math.Max(form.Bigrams.Jaccard(best.Bigrams), form.Bigrams.ContainmentIn(best.Bigrams));
                reports[i] = new QuoteClusterMember(source.DocumentId, source.Start, source.Length, source.Speaker, similarity);
            }

            clusters.Add(new QuoteCluster(sources[representative].Text, reports));
        }

        return clusters;
    }

    // Drops the members that lie within the span of another member of their document (the first of equal spans is kept).
    private static void DropNested(List<QuoteSource> sources, List<int> group)
    {
        int[] order = [.. group];
        Array.Sort(order, (a, b) =>
        {
            QuoteSource x = sources[a], y = sources[b];
            int c = string.CompareOrdinal(x.DocumentId, y.DocumentId);
            c = c != 0 ? c : x.Start.CompareTo(y.Start);
            c = c != 0 ? c : y.Length.CompareTo(x.Length);
            return c != 0 ? c : a.CompareTo(b);
        });
        var nested = new HashSet<int>();
        string? document = null;
        long end = long.MinValue;
        foreach (int s in order)
        {
            QuoteSource source = sources[s];
            if (!string.Equals(source.DocumentId, document, StringComparison.Ordinal))
            {
                document = source.DocumentId;
                end = long.MinValue;
            }

            long sourceEnd = (long)source.Start + source.Length;
            if (sourceEnd <= end)
            {
                nested.Add(s);
            }

            end = Math.Max(end, sourceEnd);
        }

        group.RemoveAll(nested.Contains);
    }

    private bool Similar(Form a, Form b)
    {
        if (a.Bigrams.Jaccard(b.Bigrams) >= Options.Threshold)
        {
            return true;
        }

        (Form shorter, Form longer) = a.Bigrams.Count <= b.Bigrams.Count ? (a, b) : (b, a);
        return shorter.Bigrams.ContainmentIn(longer.Bigrams) >= Options.ContainmentThreshold;
    }

    private static bool SpansDocuments(List<QuoteSource> sources, List<int> group)
    {
        string first = sources[group[0]].DocumentId;
        foreach (int s in group)
        {
            if (!string.Equals(sources[s].DocumentId, first, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Dedup-normalized words in the form shingles compare (Shingler.StripClitics).
    private static string[] Words(string text)
    {
        string normalized = ArabicNormalizer.Dedup.Normalize(text);
        var words = new List<string>();
        foreach (string word in normalized.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(Shingler.StripClitics(word).ToString());
        }

        return [.. words];
    }

    // The distinct hashes of adjacent word pairs, sorted.
    private static ShingleSet Bigrams(string[] words)
    {
        var hashes = new List<ulong>(words.Length - 1);
        ulong previous = WordHash(words[0]);
        for (int i = 1; i < words.Length; i++)
        {
            ulong current = WordHash(words[i]);
            hashes.Add(DocumentSigner.Mix64((previous * 0x9E3779B97F4A7C15UL) ^ current));
            previous = current;
        }

        return new ShingleSet(hashes);
    }

    private static ulong WordHash(string word) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word.AsSpan()), WordSeed);

    // A distinct quote: its word count and its sorted distinct bigram hashes.
    private sealed record Form(int WordCount, ShingleSet Bigrams);
}
