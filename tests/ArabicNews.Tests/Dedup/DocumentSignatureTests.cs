using System;
using System.IO;
using System.Linq;
using ArabicNews.Dedup;

namespace ArabicNews.Tests.Dedup;

/// <summary>Signatures: what makes two texts one document, determinism, the binary form, options.</summary>
public class DocumentSignatureTests
{
    // Published test vectors: the content hash and the first four MinHash values of a text with the default
    // options, recorded from this implementation on 2026-11-29 (no independent implementation was at hand to
    // derive them). A signature from another process, machine or version with the same options must equal
    // these; a change here breaks every stored signature, so it needs a new format version, not a new vector.
    public static TheoryData<string, ulong, uint[]> Vectors => new()
    {
        { "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار", 8724224829489639281UL, [875180637u, 4082804866u, 223744091u, 3477559255u] },
        { "كلمة", 10304816094918025732UL, [3322158903u, 1786280115u, 2345301786u, 818061219u] },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Signatures_match_the_published_test_vectors(string text, ulong contentHash, uint[] firstValues)
    {
        DocumentSignature signature = DocumentSigner.Default.Sign(text);
        signature.ContentHash.Should().Be(contentHash);
        signature.Values[..firstValues.Length].ToArray().Should().Equal(firstValues);
    }

    public static TheoryData<string, string> SameDocument => new()
    {
        { "أعلن الرئيس «بوتين» أن 2024 عام مهم", "اعلن الرئيس \"بوتين\" ان ٢٠٢٤ عام مهم" },
        { "قالت الوزيرة إن المفاوضات مستمرة", "قالـــت الوزيرةُ إنّ المفاوضات\nمستمرة" },
        { "مستشفى في غزة", "مستشفي في غزه" },
        { "اقرأ أيضا: خبر آخر\nالخبر الأصلي كما هو\nتابعونا على تويتر", "الخبر الأصلي كما هو" },
    };

    [Theory]
    [MemberData(nameof(SameDocument))]
    public void Spelling_layout_and_boilerplate_do_not_change_the_content_hash(string first, string second)
    {
        DocumentSigner.Default.Sign(first).ContentHash.Should().Be(DocumentSigner.Default.Sign(second).ContentHash);
        DocumentSigner.Default.Sign(first).EstimateSimilarity(DocumentSigner.Default.Sign(second)).Should().Be(1);
    }

    [Fact]
    public void Clitics_are_split_off_so_shingles_are_shared()
    {
        ShingleSet a = DocumentSigner.Default.Shingles("وقال الوزير بالحرب وللسلام");
        ShingleSet b = DocumentSigner.Default.Shingles("قال الوزير الحرب السلام");
        a.Jaccard(b).Should().Be(1);
    }

    [Fact]
    public void Every_seed_round_trips_through_the_binary_form()
    {
        foreach (string path in Repo.SeedFiles)
        {
            DocumentSignature signature = DocumentSigner.Default.Sign(File.ReadAllText(path));
            byte[] bytes = signature.Serialize();
            bytes.Should().HaveCount(28 + (4 * 128));
            DocumentSignature back = DocumentSignature.Deserialize(bytes);
            back.ContentHash.Should().Be(signature.ContentHash);
            back.ShingleCount.Should().Be(signature.ShingleCount);
            back.Values.ToArray().Should().Equal(signature.Values.ToArray());
            back.EstimateSimilarity(signature).Should().Be(1);
        }
    }

    [Fact]
    public void Bytes_that_are_not_a_signature_are_refused()
    {
        byte[] good = DocumentSigner.Default.Sign("نص قصير للتجربة").Serialize();
        byte[][] bad = [[], good[..27], good[..^1], [.. good, 0], [.. good[..4], 9, .. good[5..]]];
        foreach (byte[] bytes in bad)
        {
            DocumentSignature.TryDeserialize(bytes, out DocumentSignature? signature).Should().BeFalse();
            signature.Should().BeNull();
            FluentActions.Invoking(() => DocumentSignature.Deserialize(bytes)).Should().Throw<FormatException>();
        }
    }

    [Fact]
    public void Empty_and_tiny_documents_have_signatures()
    {
        DocumentSignature empty = DocumentSigner.Default.Sign(" \n\t ");
        empty.IsEmpty.Should().BeTrue();
        empty.EstimateSimilarity(empty).Should().Be(0, "an empty document is similar to nothing");
        DocumentSignature one = DocumentSigner.Default.Sign("كلمة");
        one.ShingleCount.Should().Be(1, "a document shorter than a shingle is one shingle");
        one.EstimateSimilarity(DocumentSigner.Default.Sign("كلمة")).Should().Be(1);
        one.EstimateSimilarity(DocumentSigner.Default.Sign("أخرى")).Should().BeLessThan(0.1);
    }

    [Fact]
    public void A_50_MB_document_is_signed_in_linear_time()
    {
        string huge = string.Concat(Enumerable.Repeat("وقال الرئيس إن المفاوضات مستمرة بين الطرفين منذ أشهر ", 900_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        DocumentSignature signature = DocumentSigner.Default.Sign(huge);
        signature.ShingleCount.Should().Be(9 * 900_000 - 2);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "signing is linear (a generous bound for a shared machine)");
    }

    // The README's table of bands and rows for 128 hashes.
    [Theory]
    [InlineData(0.5, 23, 3)]
    [InlineData(0.7, 17, 5)]
    [InlineData(0.8, 13, 7)]
    [InlineData(0.9, 10, 12)]
    public void Banding_finds_documents_at_the_threshold_with_probability_095(double threshold, int bands, int rows)
    {
        DedupOptions options = DedupOptions.Default with { Threshold = threshold };
        (options.Bands, options.Rows).Should().Be((bands, rows));
        (1 - Math.Pow(1 - Math.Pow(threshold, rows), bands)).Should().BeGreaterThanOrEqualTo(0.95);
        (bands * rows).Should().BeLessThanOrEqualTo(options.HashCount);
    }

    [Fact]
    public void Options_are_validated_and_banding_is_derived_from_them()
    {
        DedupOptions.Default.Bands.Should().Be(17);
        DedupOptions.Default.Rows.Should().Be(5);
        (DedupOptions.Default with { Threshold = 0.9 }).Rows.Should().BeGreaterThan(5);
        FluentActions.Invoking(() => DedupOptions.Default with { ShingleSize = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => DedupOptions.Default with { HashCount = 100 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => DedupOptions.Default with { Threshold = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => DedupOptions.Default with { Window = TimeSpan.Zero }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => DedupOptions.Default with { Boilerplate = null! }).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new DocumentSigner(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DocumentSigner.Default.Sign((string)null!)).Should().Throw<ArgumentNullException>();
        var other = new DocumentSigner(DedupOptions.Default with { Seed = 7 }).Sign("نص");
        FluentActions.Invoking(() => DocumentSigner.Default.Sign("نص").EstimateSimilarity(other)).Should().Throw<ArgumentException>();
    }
}
