using System;
using System.Linq;
using System.Text;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Quotes;

/// <summary>
/// <see cref="QuoteExtractor"/> on paragraphs written for these tests in news style (not from the seeds): «»
/// quotes, quotes before their attribution, feminine continuations, role references, counterparts, bodies,
/// multi-line quotes, names in quotation marks, headlines and datelines. Each expected quote is
/// "kind|speaker|content" with the exact content slice.
/// </summary>
public class QuoteExtractorTests
{
    public static TheoryData<string, string[]> Paragraphs => new()
    {
        { "وقال وزير الخارجية المصري سامح شكري: «لن نقبل بأي حلول على حساب الشعب الفلسطيني».", ["Direct|سامح شكري|لن نقبل بأي حلول على حساب الشعب الفلسطيني"] },
        { "«الوضع الإنساني كارثي»، قال المتحدث باسم الأمم المتحدة ستيفان دوجاريك.", ["Direct|ستيفان دوجاريك|الوضع الإنساني كارثي"] },
        { "«لن نتراجع عن قرارنا»، هكذا علّق المدرب يورغن كلوب على الهزيمة.", ["Direct|يورغن كلوب|لن نتراجع عن قرارنا"] },
        { "أكدت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا أن موسكو سترد. وأضافت أن الرد سيكون حازما.", ["Indirect|ماريا زاخاروفا|موسكو سترد", "Indirect|ماريا زاخاروفا|الرد سيكون حازما"] },
        { "قال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا مستعدة. وقالت رئيسة المفوضية أورسولا فون دير لاين إن الاتحاد موحد. وأضافت “سنقف مع أوكرانيا”.", ["Indirect|إيمانويل ماكرون|أوروبا مستعدة", "Indirect|أورسولا فون دير لاين|الاتحاد موحد", "Direct|أورسولا فون دير لاين|سنقف مع أوكرانيا"] },
        { "التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيرته الألمانية أنالينا بيربوك. وقالت نظيرته “ألمانيا ملتزمة بأمن أوروبا”.", ["Direct|أنالينا بيربوك|ألمانيا ملتزمة بأمن أوروبا"] },
        { "وقال مستشار الأمن القومي الأمريكي، جيك سوليفان، إن واشنطن قلقة. وأضاف مستشار الأمن القومي أن المحادثات مستمرة.", ["Indirect|جيك سوليفان|واشنطن قلقة", "Indirect|جيك سوليفان|المحادثات مستمرة"] },
        { "وذكرت وزارة الصحة في غزة أن عدد الضحايا ارتفع. وأوضحت الوزارة أن المستشفيات تعمل بأقل من طاقتها.", ["Indirect|وزارة الصحة|عدد الضحايا ارتفع", "Indirect|وزارة الصحة|المستشفيات تعمل بأقل من طاقتها"] },
        { "وقال الرئيس الروسي فلاديمير بوتين: “نحن لا نريد الحرب،\nلكننا سندافع عن أنفسنا”.", ["Direct|فلاديمير بوتين|نحن لا نريد الحرب،\nلكننا سندافع عن أنفسنا"] },
        { "وأطلقت روسيا صواريخ من طراز “كينجال” على كييف، فيما أعلنت شركة “غازبروم” وقف الإمدادات.", [] },
        { "ووصف رئيس الوزراء البريطاني كير ستارمر الهجوم بأنه “عمل جبان”.", ["Partial|كير ستارمر|عمل جبان"] },
        { "وقال بوتين إن “العملية العسكرية ستستمر” حتى تحقيق أهدافها.", ["Indirect|بوتين|العملية العسكرية ستستمر” حتى تحقيق أهدافها", "Partial|بوتين|العملية العسكرية ستستمر"] },
        { "ماكرون: أوروبا يجب أن تعتمد على نفسها في الدفاع\nوقال الرئيس الفرنسي إيمانويل ماكرون إن القارة تواجه تهديدا.", ["Headline|إيمانويل ماكرون|أوروبا يجب أن تعتمد على نفسها في الدفاع", "Indirect|إيمانويل ماكرون|القارة تواجه تهديدا"] },
        { "القاهرة: أعلنت وزارة الخارجية المصرية أن الوفد سيصل غدا إلى الدوحة لاستئناف المفاوضات بشأن وقف إطلاق النار في قطاع غزة بعد توقف استمر أسابيع.", ["Indirect|وزارة الخارجية المصرية|الوفد سيصل غدا إلى الدوحة لاستئناف المفاوضات بشأن وقف إطلاق النار في قطاع غزة بعد توقف استمر أسابيع"] },
        { "اقرأ أيضا: بوتين يستقبل شي في الكرملين", [] },
        { "ونفى المتحدث باسم الكرملين ديمتري بيسكوف هذه التقارير، قائلا إنها “لا أساس لها من الصحة”.", ["Partial|ديمتري بيسكوف|لا أساس لها من الصحة"] },
        { "وحذر الأمين العام للأمم المتحدة، أنطونيو غوتيريش، من أن العالم يقترب من كارثة.", ["Indirect|أنطونيو غوتيريش|العالم يقترب من كارثة"] },
        { "ودعت منظمة الصحة العالمية إلى “وقف فوري لإطلاق النار”.", ["Partial|منظمة الصحة العالمية|وقف فوري لإطلاق النار"] },
        { "وقال زيلينسكي في كلمة مصورة: «لن نستسلم». وتابع: «كل شبر من أرضنا سيعود».", ["Direct|زيلينسكي|لن نستسلم", "Direct|زيلينسكي|كل شبر من أرضنا سيعود"] },
        { "وتساءل الكاتب في مقاله “هل نحن أمام حرب باردة جديدة؟”، مشيرا إلى أن التوتر يتصاعد.", ["Direct|الكاتب|هل نحن أمام حرب باردة جديدة؟", "Indirect|الكاتب|التوتر يتصاعد"] },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Quotes_are_found_with_their_kind_speaker_and_content(string text, string[] expected)
    {
        QuoteExtractor.Default.Extract(text)
            .Select(q => $"{q.Kind}|{q.Speaker?.Name}|{q.Span.Slice(text).ToString()}")
            .Should().Equal(expected);
    }

    [Fact]
    public void A_quote_carries_its_cue_stance_and_a_speaker_mention_in_the_text()
    {
        const string Text = "وحذر الرئيس الأوكراني فولوديمير زيلينسكي من أن روسيا تستعد لهجوم جديد.";
        QuoteMention quote = QuoteExtractor.Default.Extract(Text).Should().ContainSingle().Subject;
        quote.Cue.Should().Be("وحذر");
        quote.Stance.Should().Be(CueStance.Warning);
        quote.Speaker!.Value.Span.Slice(Text).ToString().Should().Be("فولوديمير زيلينسكي");
        quote.Speaker!.Value.Title.Should().Be("الرئيس الأوكراني");
        quote.Confidence.Should().BeInRange(0.5, 1);
    }

    [Fact]
    public void A_minimum_confidence_filters_weak_attributions()
    {
        const string Text = "“هذه كلمات طويلة بلا أي فعل قول قبلها أو بعدها في النص كله”";
        var strict = new QuoteExtractor(QuoteExtractionOptions.Default with { MinimumConfidence = 0.5 });
        strict.Extract(Text).Should().BeEmpty();
    }

    [Fact]
    public void Odd_and_huge_input_gives_quotes_without_throwing_in_linear_time()
    {
        string[] inputs =
        [
            new string('"', 200_000),
            string.Concat(Enumerable.Repeat("«قال» “أضاف” \" ", 50_000)),
            string.Concat(Enumerable.Repeat("وقال إن ", 100_000)),
            new StringBuilder().Insert(0, "كلمة ", 2_000_000).ToString(),
            "\uD800 قال “ \uDC00 ” إن",
        ];
        foreach (string input in inputs)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var act = () => QuoteExtractor.Default.Extract(input);
            act.Should().NotThrow();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "extraction is linear (a generous bound for a shared machine)");
        }
    }

    [Fact]
    public void Programmer_errors_are_reported()
    {
        var create = () => new QuoteExtractor(null!);
        create.Should().Throw<ArgumentNullException>();
        var extract = () => QuoteExtractor.Default.Extract((string)null!);
        extract.Should().Throw<ArgumentNullException>();
    }
}
