using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Quotes;
using Xunit.Abstractions;

namespace ArabicNews.Tests.Quotes;

/// <summary>
/// Every quote of the seed articles, annotated by hand on 2026-11-25 (kind, speaker as the article names them in
/// full, and the first words of the content), and every quoted name that is not a quote. A found quote matches an
/// annotation of its kind when its content span overlaps the annotated words; a speaker is right when its
/// canonical name holds the annotated one (bodies are annotated by their head words: "وزارة الدفاع الروسية").
/// The test prints precision, recall and speaker accuracy per kind, and fails below the recorded floors.
/// Amended by hand on 2026-11-30 to the project's annotation guidelines (docs/annotation-guidelines.md), which the
/// seed annotation predates: a claim after نفى or حذر من, or after أكد or أشار إلى as its object, is reported speech
/// ("نفت موسكو التقارير حول وجود قوات"), and so is the clause around a partial quote ("بأنها “مناورات قذرة” تهدف …");
/// six items.
/// </summary>
public class SeedQuoteTests(ITestOutputHelper output)
{
    // file, then "kind|speaker|first words of the content"; "name||words" is a quoted name that no quote may cover.
    internal static readonly (string File, string[] Quotes)[] Annotations =
    [
        ("000_7deae1a5dd21d476.txt",
        [
            "Indirect|مارك روته|كوريا الشمالية أرسلت قوات إلى روسيا، ونشرتها",
            "Direct|مارك روته|تعزيز التعاون العسكري بين روسيا",
            "Indirect|مارك روته|نشر قوات من كوريا الشمالية يمثل",
            "Partial|مارك روته|تصعيداً كبيراً",
            "Partial|مارك روته|حرب روسيا غير الشرعية",
            "Partial|مارك روته|توسع خطير",
            "Indirect|مارك روته|إرسال هذه القوات يدل على",
            "Partial|مارك روته|زيادة يأس",
            "Direct|مارك روته|سقط أكثر من 600 ألف جندي روسي",
            "Indirect|فولوديمير زيلينسكي|كوريا الشمالية تدرب 10 آلاف جندي",
            "Indirect|فولوديمير زيلينسكي|خطط روسية لإرسال قوات كورية",
            "Indirect|موسكو|التقارير حول وجود قوات",
            "Partial|مارك روته|وقف هذه التحركات فوراً",
            "Partial|موسكو|أخبار كاذبة",
            "Indirect|فلاديمير بوتين|تفاصيل تنفيذ معاهدة الشراكة",
            "Partial|ممثل كوريا الشمالية لدى الأمم المتحدة|شائعات لا أساس لها",
            "Indirect|دراسة|قيمة إمدادات الأسلحة الكورية الشمالية",
            "Indirect|دراسة|قيمة هذه الصادرات قد ترتفع",
            "Indirect|موسكو|سيطرت على بلدة جديدة",
            "Indirect|وزارة الدفاع الروسية|وحدات من مجموعة",
            "Indirect|فلاديمير بوتين|السيطرة الكاملة على منطقة دونباس",
            "Partial|فلاديمير بوتين|أولوية",
            "name||الناتو” في منطقة",
            "name||فريدريش ناومان",
            "name||قوات سنتر",
        ]),
        ("001_51159d0b8a1b4d23.txt",
        [
            "Indirect|تقارير أمريكية وكورية جنوبية|كوريا الشمالية أرسلت جنودًا إلى روسيا، مما",
            "Indirect|أسوشيتد برس|إذا كانت مهمة هؤلاء الجنود",
            "Indirect|أسوشيتد برس|بينما قدمت دول أخرى",
            "Indirect|رئيس الاستخبارات الكورية الجنوبية|حوالي 3 آلاف جندي من كوريا الشمالية يتلقون",
            "Indirect|كيريلو بودانوف|الجنود الكوريين الشماليين وصلوا",
            "Indirect|فولوديمير زيلينسكي|الضباط الكوريين الشماليين قد تم رصدهم",
            "Indirect|محللون|وجود 10 آلاف جندي من كوريا الشمالية يمكن",
            "Indirect|وزير الدفاع البريطاني|هذا التطور لا ينذر بخير",
            "Indirect|وزير الدفاع الألماني|تصعيد الوضع وضرورة مراقبة",
            "Headline|كوريا الشمالية|نحو 800 ألف تطوعوا",
            "Indirect|المحللون|الحاجة إلى جنود كوريا الشمالية",
            "Headline|فلاديمير بوتين|استخدام القوات الكورية الشمالية من عدمه",
            "Indirect|فلاديمير بوتين|قرار استخدام القوات الكورية الشمالية أم لا",
            "Indirect|فلاديمير بوتين|إذا أرادت أوكرانيا الانضمام",
            "Headline|فلاديمير بوتين|اتفقنا مع كوريا الشمالية",
            "Indirect|الولايات المتحدة|اطلعت على أدلة",
            "Indirect|الغرب|تصعيد كبير للحرب الأوكرانية",
            "Indirect|المخابرات العسكرية الأوكرانية|أولى الوحدات الكورية الشمالية",
            "Direct|فلاديمير بوتين|عندما يتعين علينا أن نقرر",
            "Indirect|فلاديمير بوتين|الغرب قال مرارا وتكرارا",
            "Partial|فلاديمير بوتين|مع أو بدون الناتو",
            "Direct|فلاديمير بوتين|كلما أسرعوا في إدراك",
            "Direct|المادة 4|إذا تعرض أحد الطرفين",
            "Indirect|فلاديمير بوتين|الأمر متروك لموسكو",
            "name||أسوشيتد برس",
            "name||أريد أن أعيش",
        ]),
        ("002_d287910d6ae0b8d5.txt",
        [
            "Partial|فولوديمير زيلينسكي|عدد ملحوظ",
            "Indirect|هيئة الاستخبارات الوطنية|حصلت على",
            "Partial|هيئة الاستخبارات الوطنية|معلومات استخباراتية محددة",
            "Indirect|غلوبال ديفينس كورب|الموقع قد يكون مستخدمًا",
            "Indirect|وول ستريت جورنال|مسؤولًا كبيرًا في الجيش",
            "Indirect|الولايات المتحدة|وجود أكثر من 11 ألف جندي",
            "Indirect|شين وون سيك|كوريا الشمالية حصلت على صواريخ",
            "Direct|شين وون سيك|بعد فشل كوريا الشمالية في إطلاق",
            "Indirect|وكالة الأنباء المركزية|الدولة صدقت على معاهدة",
            "Indirect|المعاهدة|كل طرف يلتزم بمساعدة",
            "Indirect|وكالة الأنباء المركزية|الزعيم الكوري الشمالي، كيم جونج أون، وقع",
            "name||ستورم شادو",
            "name||غلوبال ديفينس كورب",
            "name||أس بي أي",
        ]),
        ("003_49463a499292f4e9.txt",
        [
            "Direct|جو بايدن|إذا دخلوا الأراضي الأوكرانية",
            "Indirect|البنتاغون|حوالي ألفي جندي",
            "Indirect|سابرينا سينغ|الولايات المتحدة ليست لديها نية",
            "Partial|مارك روته|أدلة",
            "Indirect|فلاديمير بوتين|تكون المساعدة العسكرية المتبادلة",
            "Indirect|ماريا زاخاروفا|التعاون بين روسيا وكوريا الشمالية في المجال",
            "Partial|ماريا زاخاروفا|حشو وضجيج",
            "Partial|إيل ها كيم|مناورات قذرة",
            "Indirect|إيل ها كيم|مناورات قذرة” تهدف من قبل",
            "Indirect|موسكو|أي مشاركة في الصراع",
            "name||الناتو” مارك",
        ]),
        ("004_967eaa5b9498bc4f.txt",
        [
            "Indirect|تشوي سون هوي|بلادها ستقف إلى جانب روسيا",
            "Partial|تشوي سون هوي|النصر",
            "Direct|تشوي سون هوي|لا شك لدينا إطلاقا",
            "Partial|سيرغي لافروف|امتنان",
            "Partial|سيرغي لافروف|للموقف المبدئي",
            "Direct|تشوي سون هوي|نكرر التأكيد على أننا",
            "Indirect|البلدان|الولايات المتحدة عدو وجودي",
            "Indirect|دول غربية|هؤلاء على وشك الانتشار",
            "Indirect|أنتوني بلينكن|ثمانية إلى عشرة آلاف جندي",
            "Direct|أنتوني بلينكن|لم نشاهد حتى الآن",
            "Indirect|أنتوني بلينكن|موسكو زودت الجنود",
            "Partial|أنتوني بلينكن|على المدفعية والمسيّرات",
            "Direct|فولوديمير زيلينسكي|نرى كل موقع تحشد فيه",
            "Partial|فولوديمير زيلينسكي|الانتظار حتى يبدأ",
            "Partial|فولوديمير زيلينسكي|القدرة بعيدة المدى",
            "Indirect|كييف|غياب الحزم الغربي",
            "Indirect|فولوديمير زيلينسكي|عدم تحرّك حلفاء بلاده",
            "Indirect|الولايات المتحدة|ستقدم مساعدة عسكرية إضافية",
            "Indirect|وزارة الدفاع الأمريكية|المساعدة “ستؤمن",
            "Partial|وزارة الدفاع الأمريكية|ستؤمن قدرات إضافية",
            "Indirect|وزارة الدفاع الأمريكية|الحزمة التي ستُسحَب",
            "Indirect|كوريا الجنوبية|تدرس إمكانية إرسال",
            "Indirect|تشوي سون هوي|بلادها “لن تغيّر",
            "Partial|تشوي سون هوي|لن تغيّر في أي حال",
            "Indirect|سيرغي لافروف|بوتين وكيم “يحاولان",
            "Partial|سيرغي لافروف|يحاولان أن يكونا",
        ]),
    ];

    // The floors: what was measured when the annotations were recorded (2026-11-25), rounded down; the quotes
    // issue's targets on the seeds are direct and partial recall 0.95 with speakers 0.93, indirect 0.85 and 0.85.
    // The extractor was developed against these seeds, so the paragraphs of QuoteExtractorTests, written apart
    // from them, are the check that it generalizes.
    private static readonly Dictionary<QuoteKind, (double Precision, double Recall, double Speakers)> s_floors = new()
    {
        [QuoteKind.Direct] = (0.95, 0.95, 0.95),
        [QuoteKind.Partial] = (0.95, 0.95, 0.95),
        [QuoteKind.Indirect] = (0.95, 0.95, 0.95),
        [QuoteKind.Headline] = (0.95, 0.95, 0.95),
    };

    [Fact]
    public void Every_annotated_quote_is_in_its_seed()
    {
        foreach ((string file, string[] quotes) in Annotations)
        {
            string text = File.ReadAllText(Path.Combine(Repo.Seeds, file));
            foreach (string quote in quotes)
            {
                text.Should().Contain(quote.Split('|')[2], $"the annotation of {file} quotes it");
            }
        }
    }

    [Fact]
    public void Quoted_names_are_never_reported_as_quotes()
    {
        foreach ((string file, string[] quotes) in Annotations)
        {
            string text = File.ReadAllText(Path.Combine(Repo.Seeds, file));
            IReadOnlyList<QuoteMention> found = QuoteExtractor.Default.Extract(text);
            foreach (string name in quotes.Where(q => q.StartsWith("name|", StringComparison.Ordinal)).Select(q => q.Split('|')[2]))
            {
                int start = text.IndexOf(name, StringComparison.Ordinal);
                found.Where(q => q.Kind is QuoteKind.Direct or QuoteKind.Partial && q.Start <= start && q.Span.End >= start + Math.Min(name.Length, 6) && q.Length <= name.Length + 2)
                    .Should().BeEmpty($"“{name}” in {file} is a name");
            }
        }
    }

    [Fact]
    public void Precision_recall_and_speaker_accuracy_per_kind_stay_at_or_above_their_floors()
    {
        var expected = new Dictionary<QuoteKind, int>();
        var foundCount = new Dictionary<QuoteKind, int>();
        var matched = new Dictionary<QuoteKind, int>();
        var rightSpeaker = new Dictionary<QuoteKind, int>();
        foreach ((string file, string[] quotes) in Annotations)
        {
            string text = File.ReadAllText(Path.Combine(Repo.Seeds, file));
            Judgement judgement = QuoteJudge.Judge(text, QuoteExtractor.Default.Extract(text), quotes);
            foreach (QuoteKind kind in quotes.Where(q => !q.StartsWith("name|", StringComparison.Ordinal)).Select(q => Enum.Parse<QuoteKind>(q.Split('|')[0])))
            {
                expected[kind] = expected.GetValueOrDefault(kind) + 1;
            }

            judgement.Missed.ToList().ForEach(m => output.WriteLine($"  missed {file} {m}"));
            foreach ((QuoteMention q, string? annotation, bool right) in judgement.Found)
            {
                foundCount[q.Kind] = foundCount.GetValueOrDefault(q.Kind) + 1;
                if (annotation is null)
                {
                    output.WriteLine($"  extra {file} {q.Kind}|{q.Speaker?.Name}|{text.Substring(q.Start, Math.Min(40, q.Length))}");
                    continue;
                }

                matched[q.Kind] = matched.GetValueOrDefault(q.Kind) + 1;
                rightSpeaker[q.Kind] = rightSpeaker.GetValueOrDefault(q.Kind) + (right ? 1 : 0);
                if (!right)
                {
                    output.WriteLine($"  speaker {file} {annotation} → {q.Speaker?.Name}");
                }
            }
        }

        foreach ((QuoteKind kind, (double precisionFloor, double recallFloor, double speakerFloor)) in s_floors)
        {
            int m = matched.GetValueOrDefault(kind);
            double precision = foundCount.GetValueOrDefault(kind) == 0 ? 1 : (double)m / foundCount[kind];
            double recall = expected.GetValueOrDefault(kind) == 0 ? 1 : (double)m / expected[kind];
            double speakers = m == 0 ? 1 : (double)rightSpeaker.GetValueOrDefault(kind) / m;
            output.WriteLine($"{kind}: precision {m}/{foundCount.GetValueOrDefault(kind)} = {precision:P0}, recall {m}/{expected.GetValueOrDefault(kind)} = {recall:P0}, speakers {rightSpeaker.GetValueOrDefault(kind)}/{m} = {speakers:P0}");
            precision.Should().BeGreaterThanOrEqualTo(precisionFloor, $"{kind} precision");
            recall.Should().BeGreaterThanOrEqualTo(recallFloor, $"{kind} recall");
            speakers.Should().BeGreaterThanOrEqualTo(speakerFloor, $"{kind} speakers");
        }
    }
}
