using System;
using System.Linq;
using ArabicNews.Dedup;
using ArabicNews.Dedup.PostgreSql;

namespace ArabicNews.Tests.Dedup.PostgreSql;

/// <summary>
/// The sketch by which the database drops candidates: it may only drop what could not reach the similarity asked
/// for, and it should drop the chance candidates LSH brings.
/// </summary>
public class SignatureSketchTests
{
    [Theory]
    [InlineData(128, 0)]
    [InlineData(128, 0.2)]
    [InlineData(128, 0.7)]
    [InlineData(128, 0.95)]
    [InlineData(128, 1)]
    [InlineData(64, 0.7)]
    [InlineData(256, 0.7)]
    public void The_most_unequal_positions_are_exactly_those_a_match_of_the_minimum_may_have(int length, double minimum)
    {
        int maxUnequal = SignatureSketch.MaxUnequal(minimum, length);
        for (int equal = 0; equal <= length; equal++)
        {
            bool reaches = CompactSignature.EstimateSimilarity(equal, length) >= minimum;
            (length - equal <= maxUnequal).Should().Be(reaches, "with {0} of {1} bytes equal", equal, length);
        }
    }

    [Theory]
    [InlineData(128)]
    [InlineData(64)]
    [InlineData(256)]
    [InlineData(16)]
    public void Sketches_never_differ_in_more_positions_than_the_signatures_differ_in_bytes(int length)
    {
        var random = new Random(length);
        for (int pair = 0; pair < 2_000; pair++)
        {
            byte[] first = new byte[length], second = new byte[length];
            random.NextBytes(first);
            random.NextBytes(second);

            // Some bytes equal, some differing only above the sketch's two bits, the rest at random.
            double equalShare = random.NextDouble();
            for (int i = 0; i < length; i++)
            {
                double roll = random.NextDouble();
                second[i] = roll < equalShare ? first[i] : roll < equalShare + 0.1 ? (byte)(first[i] ^ (4 << random.Next(6))) : second[i];
            }

            int unequalBytes = first.Zip(second).Count(p => p.First != p.Second);
            SignatureSketch.Unequal(SignatureSketch.Compute(first), SignatureSketch.Compute(second)).Should().BeLessThanOrEqualTo(unequalBytes);
        }
    }

    [Fact]
    public void Identical_signatures_have_identical_sketches_and_chance_candidates_are_dropped()
    {
        DocumentSigner signer = DocumentSigner.Default;
        byte[] article = CompactSignature.Create(signer.Sign(string.Join(" ", Enumerable.Range(0, 300).Select(i => "كلمة" + i))));
        byte[] other = CompactSignature.Create(signer.Sign(string.Join(" ", Enumerable.Range(1_000, 300).Select(i => "كلمة" + i))));
        long[] sketch = SignatureSketch.Compute(article);
        SignatureSketch.Unequal(sketch, SignatureSketch.Compute((byte[])article.Clone())).Should().Be(0);
        CompactSignature.EstimateSimilarity(article, other).Should().BeLessThan(0.05);
        SignatureSketch.Unequal(sketch, SignatureSketch.Compute(other)).Should().BeGreaterThan(SignatureSketch.MaxUnequal(0.7, article.Length), "two unrelated texts differ in about three quarters of the positions");
    }

    [Fact]
    public void The_estimate_from_a_count_of_equal_bytes_is_the_estimate_from_the_bytes()
    {
        byte[] first = new byte[128], second = new byte[128];
        for (int equal = 0; equal <= 128; equal++)
        {
            second[equal % 128] = equal == 128 ? second[0] : (byte)1;
            int count = first.Zip(second).Count(p => p.First == p.Second);
            CompactSignature.EstimateSimilarity(count, 128).Should().Be(CompactSignature.EstimateSimilarity(first, second));
        }

        FluentActions.Invoking(() => CompactSignature.EstimateSimilarity(129, 128)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CompactSignature.EstimateSimilarity(-1, 128)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CompactSignature.EstimateSimilarity(0, 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
