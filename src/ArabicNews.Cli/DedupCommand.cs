using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Dedup;

namespace ArabicNews.Cli;

/// <summary>
/// <c>arabic-news dedup</c>: clusters the documents and prints
/// <c>{"clusters":[{"representative":"path","documents":[{"path":…,"similarity":0.93,"kind":"near"}]}]}</c>,
/// clusters of two documents or more only, the representative first in its own list.
/// </summary>
internal static class DedupCommand
{
    /// <summary>Clusters <paramref name="paths"/> with <paramref name="options"/> and writes the JSON to <paramref name="stdout"/>.</summary>
    public static void Run(IReadOnlyList<string> paths, DedupOptions options, TextWriter stdout)
    {
        List<DedupDocument> documents = paths.Select(path => new DedupDocument(path, InputText.ReadAll(path))).ToList();
        IReadOnlyList<DuplicateCluster> clusters = new DuplicateClusterer(options).Cluster(documents);
        JsonOutput.Print(stdout, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("clusters");
            foreach (DuplicateCluster cluster in clusters)
            {
                json.WriteStartObject();
                json.WriteString("representative", cluster.Representative);
                json.WriteStartArray("documents");
                foreach (ClusterMember member in cluster.Members)
                {
                    json.WriteStartObject();
                    json.WriteString("path", member.Id);
                    json.WriteNumber("similarity", Math.Round(member.Similarity, 3));
                    json.WriteString("kind", member.Kind.ToString().ToLowerInvariant());
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
