using System;
using System.Threading.Tasks;
using ArabicNews.Dedup;

namespace ArabicNews.Tests.Dedup;

/// <summary>The in-memory index: the shared contract, and what only a process-local index can promise cheaply.</summary>
public class InMemoryNearDuplicateIndexTests : NearDuplicateIndexContract
{
    protected override Task<INearDuplicateIndex> CreateAsync(DedupOptions options) => Task.FromResult<INearDuplicateIndex>(new InMemoryNearDuplicateIndex(options));

    [Fact]
    public void A_stream_of_identical_documents_is_indexed_and_queried_in_linear_time()
    {
        var index = new InMemoryNearDuplicateIndex(DedupOptions.Default);
        DocumentSignature signature = DocumentSigner.Default.Sign("وقال الرئيس إن المفاوضات مستمرة بين الطرفين");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 200_000; i++)
        {
            index.Query(signature, 5);
            index.Add($"copy{i}", signature, Day);
        }

        index.Query(signature, 5).Should().HaveCount(5);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "copies chain off one entry (a generous bound for a shared machine)");
    }

    [Fact]
    public void Creating_without_options_is_a_programmer_error()
    {
        FluentActions.Invoking(() => new InMemoryNearDuplicateIndex(null!)).Should().Throw<ArgumentNullException>();
    }
}
