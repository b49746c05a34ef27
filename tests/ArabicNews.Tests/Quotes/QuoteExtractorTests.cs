using System;
using System.Collections.Generic;
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
public class QuoteExtractorTests(Xunit.Abstractions.ITestOutputHelper output)
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
        { "وأعلنت وزارة الدفاع الروسية أن قواتها سيطرت على قرية جديدة. وقالت الوزارة في بيان إن العملية مستمرة.", ["Indirect|وزارة الدفاع الروسية|قواتها سيطرت على قرية جديدة", "Indirect|وزارة الدفاع الروسية|العملية مستمرة"] },
        { "وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين ستزيد دعمها. وأضافت: «لا يمكننا أن نقف مكتوفي الأيدي».", ["Indirect|أنالينا بيربوك|برلين ستزيد دعمها", "Direct|أنالينا بيربوك|لا يمكننا أن نقف مكتوفي الأيدي"] },
        { "وقال المتحدث باسم البيت الأبيض جون كيربي إن الرئيس سيجتمع بنظيره. وتابع كيربي أن اللقاء سيكون في جنيف.", ["Indirect|جون كيربي|الرئيس سيجتمع بنظيره", "Indirect|جون كيربي|اللقاء سيكون في جنيف"] },
        { "وأكد الرئيس التركي رجب طيب أردوغان أن بلاده لن تسمح بذلك، متهما الغرب بـ”ازدواجية المعايير”.", ["Indirect|رجب طيب أردوغان|بلاده لن تسمح بذلك", "Partial|رجب طيب أردوغان|ازدواجية المعايير"] },
        { "وشددت رئيسة الوزراء الإيطالية جورجيا ميلوني على أن روما ملتزمة بالتحالف.", ["Indirect|جورجيا ميلوني|روما ملتزمة بالتحالف"] },
        { "وقال مصدر دبلوماسي لوكالة الأنباء الفرنسية إن المحادثات تعثرت.", ["Indirect|مصدر دبلوماسي|المحادثات تعثرت"] },
        { "وبحسب صحيفة نيويورك تايمز، فإن الإدارة تدرس خيارات جديدة.", ["Indirect|صحيفة نيويورك تايمز|الإدارة تدرس خيارات جديدة"] },
        { "ورأى المحلل السياسي خالد الحروب أن الاتفاق هش. وأضاف أن “أي خطأ قد يفجر الوضع”.", ["Indirect|خالد الحروب|الاتفاق هش", "Partial|خالد الحروب|أي خطأ قد يفجر الوضع"] },
        { "وكتب ترامب على منصته: “سننهي هذه الحرب في يوم واحد”.", [] },
        { "وأجاب الوزير ردا على سؤال حول العقوبات: «كل الخيارات مطروحة».", ["Direct|الوزير|كل الخيارات مطروحة"] },
        { "وقالت الشرطة إن شخصين اعتقلا. وأوضحت الشرطة أن التحقيق جار.", ["Indirect|الشرطة|شخصين اعتقلا", "Indirect|الشرطة|التحقيق جار"] },
        { "وقال سفير فلسطين لدى الأمم المتحدة رياض منصور: “شعبنا يتعرض لإبادة”.", ["Direct|رياض منصور|شعبنا يتعرض لإبادة"] },
        { "ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن الصفقة شبه مكتملة.", ["Indirect|مسؤول أمريكي|الصفقة شبه مكتملة"] }, // the official's own words, relayed
        { "بوتين: لن نسمح بتوسع الناتو شرقا", ["Headline|بوتين|لن نسمح بتوسع الناتو شرقا"] },
        { "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحرب لن تتوقف. ورد زعيم المعارضة يائير لابيد بأن الحكومة فشلت.", ["Indirect|بنيامين نتنياهو|الحرب لن تتوقف", "Indirect|يائير لابيد|الحكومة فشلت"] },
        { "وأشارت الأمم المتحدة في تقرير إلى أن نصف السكان يعانون الجوع.", ["Indirect|الأمم المتحدة|نصف السكان يعانون الجوع"] },
        { "وحذرت منظمة العفو الدولية من أن “جرائم حرب” قد ارتكبت.", ["Indirect|منظمة العفو الدولية|جرائم حرب” قد ارتكبت", "Partial|منظمة العفو الدولية|جرائم حرب"] },
        { "ودعا البابا فرنسيس إلى السلام، قائلا: «الحرب هزيمة دائما».", ["Direct|فرنسيس|الحرب هزيمة دائما"] },
        { "وقالت المتحدثة باسم الخارجية الأمريكية إن واشنطن تتابع الوضع. وأضافت المتحدثة أن السفارة تعمل.", ["Indirect|المتحدثة باسم الخارجية الأمريكية|واشنطن تتابع الوضع", "Indirect|المتحدثة باسم الخارجية الأمريكية|السفارة تعمل"] },
        { "وأفاد مراسلنا بأن الاشتباكات تجددت صباح اليوم.", ["Indirect|مراسلنا|الاشتباكات تجددت صباح اليوم"] },
        { "وقال الوزير: “سمعت الرئيس يقول «لن نتفاوض تحت النار» وهذا موقفنا”.", ["Direct|الوزير|سمعت الرئيس يقول «لن نتفاوض تحت النار» وهذا موقفنا"] },
        { "وأضاف الرئيس أن الأمر متروك للحكومة - 'مع البرلمان أو بدونه'.", ["Indirect|الرئيس|الأمر متروك للحكومة - 'مع البرلمان أو بدونه", "Partial|الرئيس|مع البرلمان أو بدونه"] },
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
        quote.Evidence.Should().Be(SpeakerEvidence.Name);
        quote.Confidence.Should().Be(QuoteCalibration.Confidence(SpeakerEvidence.Name));
    }

    // text, then how the speaker of each quote was found; the evidence decides the confidence.
    public static TheoryData<string, SpeakerEvidence[]> Evidence => new()
    {
        { "وقال الرئيس الفرنسي إيمانويل ماكرون إن الحوار ضروري. والتقى ماكرون المستشار الألماني أولاف شولتس. “نحن بحاجة إلى موقف أوروبي موحد وقوي في هذه المرحلة الصعبة”.", [SpeakerEvidence.Name, SpeakerEvidence.LastSpeaker] },
        { "وأضافت أن المفاوضات ستستأنف.", [SpeakerEvidence.None] },
        { "وقال إنه لا يعرف شيئا عن الأمر.", [SpeakerEvidence.None] },
        { "وقال رئيس الوزراء الياباني فوميو كيشيدا إن طوكيو قلقة. وقالت وزيرة الخارجية يوكو كاميكاوا إن بلادها ستتحرك. وأضاف أن الحكومة تدرس الخيارات.", [SpeakerEvidence.Name, SpeakerEvidence.Name, SpeakerEvidence.Continuation] },
        { "وذكرت وزارة الصحة أن الخسائر كبيرة. وأوضحت الوزارة أن المستشفيات مكتظة. وأشارت إلى أن التعافي سيستغرق سنوات.", [SpeakerEvidence.Body, SpeakerEvidence.Reference, SpeakerEvidence.Continuation] },
        { "التقى الوزير الأمريكي أنتوني بلينكن نظيرته الألمانية أنالينا بيربوك. وقالت نظيرته إن برلين ملتزمة.", [SpeakerEvidence.Counterpart] },
        { "لكن كييف ترى أن المفاوضات مستحيلة. ونفى الكرملين ذلك، مؤكدا أن موسكو منفتحة.", [SpeakerEvidence.SubjectBeforeCue, SpeakerEvidence.MainClause] },
        { "بوتين: لن نسمح بتوسع الناتو شرقا", [SpeakerEvidence.Headline] },
    };

    [Theory]
    [MemberData(nameof(Evidence))]
    public void Each_quote_reports_how_its_speaker_was_found_and_its_confidence_follows(string text, SpeakerEvidence[] evidence)
    {
        IReadOnlyList<QuoteMention> quotes = QuoteExtractor.Default.Extract(text);
        quotes.Select(q => q.Evidence).Should().Equal(evidence);
        quotes.Select(q => q.Confidence).Should().Equal(evidence.Select(QuoteCalibration.Confidence));
    }

    [Fact]
    public void A_minimum_confidence_filters_weak_attributions()
    {
        // The quotation has no cue: it goes to the last speaker, with the lower confidence of that evidence; a minimum
        // just above it drops the quotation, one just at it keeps it.
        const string Text = "وقال بوتين إن الحرب مستمرة. “نحن بحاجة إلى موقف موحد وقوي في هذه المرحلة الصعبة”";
        IReadOnlyList<QuoteMention> all = QuoteExtractor.Default.Extract(Text);
        all.Select(q => q.Kind).Should().Equal(QuoteKind.Indirect, QuoteKind.Direct);
        all[1].Evidence.Should().Be(SpeakerEvidence.LastSpeaker);
        all[1].Confidence.Should().BeLessThan(all[0].Confidence);
        double weak = all[1].Confidence;
        new QuoteExtractor(QuoteExtractionOptions.Default with { MinimumConfidence = weak + 0.01 }).Extract(Text)
            .Select(q => q.Kind).Should().Equal(QuoteKind.Indirect);
        new QuoteExtractor(QuoteExtractionOptions.Default with { MinimumConfidence = weak }).Extract(Text)
            .Select(q => q.Kind).Should().Equal(QuoteKind.Indirect, QuoteKind.Direct);
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
            // One endless sentence of titled names, credits, honorific pronouns and continuations; of sources; of claims.
            string.Concat(Enumerable.Repeat("وقال الدكتور محمد العتيبي لـ«عكاظ» إن الأمر مهم، وأضاف معاليه أن ", 20_000)),
            string.Concat(Enumerable.Repeat("بحسب المصادر فإن ", 50_000)),
            string.Concat(Enumerable.Repeat("نفى الوزير وجود ", 50_000)),
            string.Concat(Enumerable.Repeat("خبر\n", 50_000)),
        ];
        foreach (string input in inputs)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var act = () => QuoteExtractor.Default.Extract(input);
            act.Should().NotThrow();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "extraction is linear (a generous bound for a shared machine)");
            output.WriteLine($"{input.Length:N0} characters in {watch.Elapsed.TotalMilliseconds:N0} ms");
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
