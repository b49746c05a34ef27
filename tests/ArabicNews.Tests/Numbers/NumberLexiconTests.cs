using System.Linq;
using ArabicNews.Numbers;

namespace ArabicNews.Tests.Numbers;

/// <summary>The number-word data itself.</summary>
public class NumberLexiconTests
{
    [Fact]
    public void Every_word_is_written_in_Arabic_letters_only()
    {
        NumberLexicon.Words.Keys.Where(k => k.Any(c => c is < '\u0621' or > '\u064A'))
            .Should().BeEmpty("a stray letter from another script (a typo) would never match real text");
    }

    [Fact]
    public void Every_unit_and_ten_reads_as_its_own_value_except_the_vague_plural()
    {
        foreach ((string word, NumberWord entry) in NumberLexicon.Words.Where(w => w.Value.Kind is NumberWordKind.Unit or NumberWordKind.Ten && w.Value.Form != NumberWordForm.Many))
        {
            ArabicNumber.TryParse(word, out ParsedNumber parsed).Should().BeTrue(word);
            parsed.Value.Should().Be(entry.Value, word);
        }
    }
}
