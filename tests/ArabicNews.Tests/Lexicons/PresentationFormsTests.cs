using System.Text;
using ArabicNews.Normalization;

namespace ArabicNews.Tests.Lexicons;

/// <summary>
/// The presentation-form table the library carries (so that it needs no ICU at run time) against ICU's own
/// NFKC, over both blocks, code point by code point.
/// </summary>
public class PresentationFormsTests
{
    private static readonly ArabicNormalizer s_decomposeOnly = new(new NormalizationOptions { DecomposePresentationForms = true });

    public static TheoryData<int, int> Blocks => new()
    {
        { 0xFB50, 0xFDFF },
        { 0xFE70, 0xFEFF },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_presentation_form_becomes_its_NFKC_decomposition(int first, int last)
    {
        int decomposed = 0;
        for (int code = first; code <= last; code++)
        {
            string form = ((char)code).ToString();
            string expected = form.Normalize(NormalizationForm.FormKC);

            s_decomposeOnly.Normalize(form).Should().Be(expected, "U+{0:X4} decomposes as NFKC says", code);
            if (expected != form)
            {
                decomposed++;
            }
        }

        decomposed.Should().BeGreaterThan(100, "ICU is present and the blocks hold hundreds of presentation forms");
    }
}
