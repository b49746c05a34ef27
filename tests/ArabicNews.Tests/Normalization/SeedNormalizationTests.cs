using System.IO;
using System.Linq;
using ArabicNews.Normalization;

namespace ArabicNews.Tests.Normalization;

/// <summary>
/// The seed articles through each profile: what must be gone afterwards, what must stay, and lines checked
/// by hand against the original copy.
/// </summary>
public class SeedNormalizationTests
{
    public static TheoryData<string> Seeds => new(Repo.SeedFiles.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Search_leaves_none_of_the_characters_it_folds_or_removes(string seed)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, seed));
        string normalized = Normalizers.NormalizeAllWays(NormalizationOptions.Search, text);

        normalized.Should().NotContainAny("أ", "إ", "آ", "ٱ", "ى", "ة", "ـ", "“", "”", "«", "»", "\u00A0", "  ", " \n", "\n ");
        normalized.Where(c => c is >= '\u064B' and <= '\u065F' or '\u0670').Should().BeEmpty();
        normalized.Where(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9').Should().BeEmpty();
        normalized.Split('\n').Length.Should().Be(text.Split('\n').Length, "line breaks are kept");
        ArabicNormalizer.Search.IsNormalized(normalized).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Display_keeps_every_Arabic_letter_and_mark(string seed)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, seed));
        string normalized = ArabicNormalizer.Display.Normalize(text);

        static string Letters(string s) => new(s.Where(c => c is >= '\u0621' and <= '\u065F' and not '\u0640').ToArray());
        Letters(normalized).Should().Be(Letters(text));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_normalized_word_maps_back_to_the_original_word_it_came_from(string seed)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, seed));
        NormalizedText result = ArabicNormalizer.Search.NormalizeWithOffsets(text);

        int start = 0;
        for (int i = 0; i <= result.Text.Length; i++)
        {
            if (i == result.Text.Length || result.Text[i] is ' ' or '\n')
            {
                if (i > start)
                {
                    string original = result.GetOriginalSlice(new(start, i - start)).ToString();
                    ArabicNormalizer.Search.Normalize(original).Should().Be(result.Text[start..i]);
                    original.Should().NotStartWith(" ").And.NotEndWith(" ");
                }

                start = i + 1;
            }
        }
    }

    // Lines of the seeds, normalized by hand.
    [Theory]
    [InlineData("000_7deae1a5dd21d476.txt", 0, "الناتو يعلن تواجد قوات كوريه شماليه في كورسك بروسيا")]
    [InlineData("000_7deae1a5dd21d476.txt", 2, "وجاءت تصريحاته عقب احاطه قدمها وفد من كوريا الجنوبيه لمسؤولي ودبلوماسيي الحلف.")]
    [InlineData("000_7deae1a5dd21d476.txt", 5, "اضافه الي انتهاك قرارات مجلس الامن الدولي، واصفا ذلك بانه \"توسع خطير\" للصراع.")]
    public void Lines_of_the_seeds_come_out_as_normalized_by_hand(string seed, int line, string expected)
    {
        string text = File.ReadAllLines(Path.Combine(Repo.Seeds, seed))[line];
        Normalizers.NormalizeAllWays(NormalizationOptions.Search, text).Should().Be(expected);
    }
}
