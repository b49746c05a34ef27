using System.Linq;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Quotes;

/// <summary>
/// Reported speech that a verb's other readings hide: a clause verb of saying (بيّن، شرح، نبه، روى، أبان) whose clause
/// follows the occasion of the statement, unless it is written as a preposition (بين، إبان); and a verb that is the
/// writer's passive aside alone ("يعتقد أن": it is believed) but active after its subject ("الوزير يعتقد أن"); and a
/// name in marks between a cue and its أن, who speaks ("وأوضحت «بليك» أن"); and a broadcaster (تلفزيون، إذاعة، راديو),
/// a body whose name in marks is no quote; and what a statement "came with" ("ألقى كلمة جاء فيها:"), its giver's words;
/// and a noun the cue takes as its object ("وأكد ضرورة أن", "كشف هويته"), or a particle or time noun before it ("إذ
/// يقول", "في هذه الأثناء"), which names no speaker.
/// </summary>
public sealed class ReportedSpeechRulesTests
{
    private static string[] Quotes(string paragraph)
    {
        string text = "خبر\n" + paragraph;
        return QuoteExtractor.Default.Extract(text).Select(q => $"{q.Kind}|{q.Speaker?.Name}|{q.Span.Slice(text).ToString()}").ToArray();
    }

    [Theory]
    [InlineData("وبينت الشركة في تقريرها أن دول الخليج تتشابه.", "Indirect|الشركة|دول الخليج تتشابه")]
    [InlineData("وأبان الحراكي في تصريحات خاصة أن إنتاج العمل سيبدأ قريبا.", "Indirect|الحراكي|إنتاج العمل سيبدأ قريبا")]
    [InlineData("وشرح المدير في المؤتمر أن الخطة تسير كما ينبغي.", "Indirect|المدير|الخطة تسير كما ينبغي")]
    public void A_verb_of_saying_reaches_its_clause_past_the_occasion(string paragraph, string quote) =>
        Quotes(paragraph).Should().Equal(quote);

    [Theory]
    [InlineData("ووقع الخلاف بين الطرفين في اجتماع أن يكون التعاون أوسع.")] // بين, the preposition
    [InlineData("وارتفعت الأسعار إبان الحرب في مقابلة أن الأسواق تراجعت.")] // إبان, during
    [InlineData("وعلمت الصحيفة من مصادرها أن الاجتماع تأجل.")] // علم is no verb of saying here
    [InlineData("وتقام المباراة بين الهلال والنصر في لندن بعد أن تقرر نقلها.")] // بين two nouns joined by و
    [InlineData("وتجري المفاضلة بين اللجنة الأولمبية والاتحاد على أن يتم الاختيار قريبا.")] // and past the first noun's adjective
    [InlineData("ويعقوب هو الوحيد بين 11 محكوما الذي تأكد حكمه، إذ أن الأحكام بحق الآخرين خففت.")] // بين before a count: among
    [InlineData("وتم اختيار الفائز من بين المتقدمين على أن يعلن اسمه لاحقا.")] // من بين: among
    public void A_preposition_or_another_clause_verb_past_an_occasion_opens_no_clause(string paragraph) =>
        Quotes(paragraph).Should().BeEmpty();

    [Theory]
    [InlineData("الوزير يعتقد أن الاقتصاد سيتحسن قريبا.", "Indirect|الوزير|الاقتصاد سيتحسن قريبا")]
    [InlineData("ولكن الجماهير تعتقد أن الفريق سيفوز.", "Indirect|الجماهير|الفريق سيفوز")]
    public void A_belief_after_its_subject_is_reported_speech(string paragraph, string quote) =>
        Quotes(paragraph).Should().Equal(quote);

    [Fact]
    public void A_belief_with_no_subject_is_the_writer_s_aside() =>
        Quotes("ويعتقد أن الحادث وقع بسبب خلل فني.").Should().BeEmpty();

    [Theory]
    [InlineData("وأوضحت «بليك» أن هناك ثماني مباريات شهدت تلاعبا.", "Indirect|بليك|هناك ثماني مباريات شهدت تلاعبا")]
    [InlineData("ونفى \"الصباح\" أن يكون الخطاب قد حمل أي تهديد.", "Indirect|الصباح|يكون الخطاب قد حمل أي تهديد")]
    public void A_name_in_marks_between_a_cue_and_its_clause_speaks(string paragraph, string quote) =>
        Quotes(paragraph).Should().Equal(quote);

    [Theory]
    [InlineData("وقال «نحن باقون» إن الفريق مستمر.", "Partial||نحن باقون")] // a pronoun: words quoted, not a name
    [InlineData("وعلمت «الصحيفة» أن الوزارة أكدت على مديري التعليم أهمية الاستعداد.", "Indirect|الوزارة|مديري التعليم أهمية الاستعداد")] // what an outlet learned holds others' words
    public void Words_in_marks_that_name_no_one_or_follow_a_verb_of_learning_are_no_speaker(string paragraph, string quote) =>
        Quotes(paragraph).Should().Contain(quote);

    [Theory]
    [InlineData("قال تلفزيون المنار التابع للحزب اليوم الأربعاء إن ضربة جوية قتلت اثنين.", "Indirect|تلفزيون المنار التابع للحزب|ضربة جوية قتلت اثنين")]
    [InlineData("وذكرت إذاعة «مونت كارلو» أن اللاعب سيوقع عقدا.", "Indirect|إذاعة مونت كارلو|اللاعب سيوقع عقدا")]
    public void A_broadcaster_speaks_as_a_body_and_its_name_in_marks_is_no_quote(string paragraph, string quote) =>
        Quotes(paragraph).Should().Equal(quote);

    [Theory]
    [InlineData("وأصدرت الوزارة بيانا صحفيا جاء فيه: إن الإجراءات مستمرة.", "Direct|الوزارة|إن الإجراءات مستمرة")]
    [InlineData("وأصدرت الوزارة بيانا جاء فيه أن الإجراءات مستمرة.", "Indirect|الوزارة|الإجراءات مستمرة")]
    public void What_a_statement_came_with_is_its_giver_s(string paragraph, string quote) =>
        Quotes(paragraph).Should().Equal(quote);

    [Theory]
    [InlineData("وجاء الوفد إلى الرياض أمس لبحث التعاون.")] // جاء with no statement taken back: came
    [InlineData("ونشرت الصحيفة خطابا جاء فيه كلام كثير عن المرحلة.")] // no clause, no colon
    public void Came_is_no_cue_without_a_statement_s_pronoun_and_speech(string paragraph) =>
        Quotes(paragraph).Should().BeEmpty();

    [Theory]
    [InlineData("وقال الوزير إن الاتفاق جيد. وأكد ضرورة أن تكفل الخطوة الأولى سريان الاتفاق.", "Indirect|الوزير|تكفل الخطوة الأولى سريان الاتفاق")]
    [InlineData("وقال المدير إن الخطة جاهزة. وأكد أهمية أن يتم التنفيذ بسرعة.", "Indirect|المدير|يتم التنفيذ بسرعة")]
    [InlineData("وقال مصدر أمني إن المتهم فر. وكشف هويته وأضاف أن التحقيق مستمر.", "Indirect|مصدر أمني|التحقيق مستمر")]
    public void A_noun_the_cue_takes_as_its_object_is_no_speaker(string paragraph, string quote) =>
        Quotes(paragraph).Should().Contain(quote); // "وأكد ضرورة أن": the necessity, of the speaker before

    [Theory]
    [InlineData("وقالت مواطنة إن الأسعار ارتفعت كثيرا.", "Indirect|مواطنة|الأسعار ارتفعت كثيرا")] // إن, not أن: a speaker
    [InlineData("وأكد أسامة أن الفريق جاهز.", "Indirect|أسامة|الفريق جاهز")] // a given name in ة
    public void A_noun_in_ta_marbuta_before_inna_or_a_given_name_still_speaks(string paragraph, string quote) =>
        Quotes(paragraph).Should().Contain(quote);

    [Theory]
    [InlineData("وتعاني المدينة من أزمة كبيرة، إذ يقول إن المياه انقطعت منذ أيام.", "Indirect||المياه انقطعت منذ أيام")] // إذ opens the clause
    [InlineData("الوزارة إذ تعلن أن المخدرات خطر على الشباب.", "Indirect|الوزارة|المخدرات خطر على الشباب")] // إذ after its subject
    [InlineData("وفي هذه الأثناء تؤكد المنظمة أن القتال مستمر.", "Indirect|المنظمة|القتال مستمر")] // a time noun
    public void A_particle_or_time_noun_before_a_cue_is_no_subject(string paragraph, string quote) =>
        Quotes(paragraph).Should().Equal(quote);

    [Theory]
    [InlineData("والتقارير تشير إلى أن الوضع صعب.", "Indirect|التقارير|الوضع صعب")]
    [InlineData("ووزارة الداخلية إذ تعلن أن المخدرات خطر على الشباب.", "Indirect|وزارة الداخلية|المخدرات خطر على الشباب")]
    [InlineData("وقال وليد إن الوضع جيد.", "Indirect|وليد|الوضع جيد")] // a name's own و
    public void The_conjunction_before_a_subject_is_no_part_of_its_name(string paragraph, string quote) =>
        Quotes(paragraph).Should().Equal(quote);

    [Theory]
    [InlineData("أعلنت وزارة التجارة والصناعة بدء تطبيق الدليل الوطني للأنشطة الاقتصادية.", "Indirect|وزارة التجارة والصناعة|بدء تطبيق الدليل الوطني للأنشطة الاقتصادية")]
    [InlineData("قال والد الشهيد إن ابنه كان بطلا.", "Indirect|والد الشهيد|ابنه كان بطلا")] // والد is no و and article
    public void A_body_joined_by_wa_ends_where_the_cue_s_object_begins(string paragraph, string quote) =>
        Quotes(paragraph).Should().Equal(quote);

    [Fact]
    public void A_title_whose_body_joins_two_nouns_keeps_bayyana_a_verb() =>
        Quotes("وبين وزير التجارة والصناعة أن الأسعار مستقرة.").Should().ContainSingle(q => q.StartsWith("Indirect|وزير التجارة") && q.EndsWith("|الأسعار مستقرة"));
}
