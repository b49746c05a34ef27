using System.Linq;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Quotes;

/// <summary>
/// Headlines of the form "speaker: content" as real titles write them: the outlet the speaker spoke to between the
/// speaker and the colon, marks that open the content after the colon, a part of the title after "..", a label
/// before "..", a speaker the corpus counts as a common word that the body names again; and a claim cue in the title
/// ("طالبان تؤكد وفاة …"), whose object is a claim, unless the cue announces.
/// </summary>
public sealed class HeadlineQuoteTests
{
    private static (string? Speaker, string Content)[] Headlines(string text) =>
        QuoteExtractor.Default.Extract(text).Where(q => q.Kind == QuoteKind.Headline).Select(q => (q.Speaker?.Name, q.Span.Slice(text).ToString())).ToArray();

    [Theory]
    [InlineData("كيري لـ «الشرق الأوسط»: نعد استراتيجية مع حلفائنا\nنص الخبر.", "كيري", "نعد استراتيجية مع حلفائنا")]
    [InlineData("العاني لـ \" الوطن \" : تجاوز أخطاء الماضي يتطلب التعاون\nنص الخبر.", "العاني", "تجاوز أخطاء الماضي يتطلب التعاون")]
    [InlineData("الرئيس القبرصي لـ {الشرق الأوسط}: ثقل السعودية كبير\nنص الخبر.", "الرئيس القبرصي", "ثقل السعودية كبير")]
    public void The_outlet_spoken_to_is_no_part_of_the_speaker(string text, string speaker, string content) =>
        Headlines(text).Should().Equal((speaker, content));

    [Theory]
    [InlineData("أوباما: “تكساس” منطقة منكوبة بعد الفيضانات\nنص الخبر.", "أوباما", "تكساس” منطقة منكوبة بعد الفيضانات")] // a quote's span leaves out the mark it opens with
    [InlineData("الجوازات : ( 354863 ) شخصا صححوا أوضاعهم\nوقالت المديرية العامة للجوازات إن العدد كبير.", "الجوازات", "( 354863 ) شخصا صححوا أوضاعهم")]
    public void Marks_that_open_the_content_follow_the_colon(string text, string speaker, string content) =>
        Headlines(text).Should().Equal((speaker, content));

    [Fact]
    public void A_part_of_the_title_after_two_dots_may_be_a_headline_quote() =>
        Headlines("قوات الأسد تتراجع في الزبداني.. وحزب الله: هي معركة لبنان\nنص الخبر.").Should().Equal(("حزب الله", "هي معركة لبنان"));

    [Fact]
    public void A_label_before_two_dots_is_passed_over() =>
        Headlines("بالفيديو.. خالد العمري: الجامعة تلاعبت بالرغبات\nنص الخبر.").Should().Equal(("خالد العمري", "الجامعة تلاعبت بالرغبات"));

    [Theory]
    [InlineData("صالحي: لا سلطة للبرلمان على الاتفاق\nنقلت وكالة الأنباء الرسمية عن كبير المفاوضين الإيرانيين علي أكبر صالحي قوله إن البرلمان لا يملك سلطة.", 1)]
    [InlineData("صالحي: لا سلطة للبرلمان على الاتفاق\nنقلت وكالة الأنباء الرسمية عن كبير المفاوضين قوله إن البرلمان لا يملك سلطة.", 0)] // not named again
    [InlineData("تحذير: الأمطار تضرب المنطقة\nوقالت الهيئة إن التحذير مستمر.", 0)] // named again as a noun with the article
    [InlineData("نص الخبر.\nأولا: تلفزيون المدينة يعمل بالكيبل\nثانيا: أولا وآخرا الخبر.", 0)] // a body line's label, though named again
    public void A_common_word_alone_speaks_in_a_title_when_the_body_names_it_again(string text, int headlines) =>
        Headlines(text).Should().HaveCount(headlines);

    [Fact]
    public void A_cue_before_the_colon_is_no_part_of_the_speaker() =>
        Headlines("بيرم قال لي: شوف المياتم في الأزقة\nوقال بيرم إن الأزقة ضيقة.").Select(h => h.Speaker).Should().Equal("بيرم");

    [Theory]
    [InlineData("طالبان تؤكد وفاة الملا عمر وتعين زعيما جديدا\nنص الخبر.", "Indirect|طالبان|وفاة الملا عمر وتعين زعيما جديدا")]
    [InlineData("مجلس المحافظة ينفي وجود موظفين وهميين\nنص الخبر.", "Indirect|مجلس المحافظة|وجود موظفين وهميين")]
    [InlineData("الناتو يعلن وجود قوات أجنبية في المنطقة\nنص الخبر.", null)] // an announcement in a title reports an event
    [InlineData("ملكة بريطانيا تكشف مهارتها في قيادة السيارات\nنص الخبر.", null)]
    public void A_claim_cue_in_the_title_reports_its_object_as_a_claim_but_an_announcement_does_not(string text, string? quote) =>
        QuoteExtractor.Default.Extract(text).Select(q => $"{q.Kind}|{q.Speaker?.Name}|{q.Span.Slice(text).ToString()}")
            .Should().Equal(quote is null ? [] : [quote]);
}
