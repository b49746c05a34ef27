using System.Collections.Generic;
using System.Linq;
using ArabicNews.Quotes;

namespace ArabicNews.Tests.Quotes;

/// <summary>
/// What real copy does that the seeds did not, one rule a case, in invented sentences (the corpus's articles may not be
/// copied here): credits between speaker and speech, quoted outlet names, compound names, roles before names, family
/// names alone, speech after a colon, sources, the writer's asides, claims without أن, honorific pronouns, groups,
/// abbreviations, places, spokespeople, participles used as adjectives, titles in quotation marks, subjects before
/// their cue, datelines, and the bounds of a body's name. Each text follows a headline line, as in an article.
/// </summary>
public class QuoteRealNewsRulesTests
{
    public static TheoryData<string, string[]> Paragraphs { get; } = new()
    {
        // A credit ("لـ«عكاظ»") between speaker and speech is neither the speaker nor a quote.
        { "وقال مدير الشرطة اللواء سعد العتيبي لـ«عكاظ» إن التحقيقات مستمرة.", ["Indirect|سعد العتيبي|التحقيقات مستمرة"] },
        { "وقال مصدر دبلوماسي لوكالة الأنباء الفرنسية إن المحادثات تعثرت.", ["Indirect|مصدر دبلوماسي|المحادثات تعثرت"] },
        // An outlet or platform in quotation marks is a name, not a quote, even inside reported speech.
        { "وقال الوزير إن الوزارة أطلقت حسابا على «تويتر» لتلقي الشكاوى.", ["Indirect|الوزير|الوزارة أطلقت حسابا على «تويتر» لتلقي الشكاوى"] },
        { "وقالت صحيفتا «الحياة» و«الوطن» إن القرار صدر.", ["Indirect|صحيفتا|القرار صدر"] },
        // Compound names do not stop at بن or عبد; a role noun before the name is its title.
        { "وقال سلمان بن فهد الدوسري إن المشروع سيكتمل قريبا.", ["Indirect|سلمان بن فهد الدوسري|المشروع سيكتمل قريبا"] },
        { "وأوضح المزارع عبد الرحمن الحربي أن المحصول تضرر كثيرا.", ["Indirect|عبد الرحمن الحربي|المحصول تضرر كثيرا"] },
        // A name given in full and later by its family name alone.
        { "وأكد المهندس خالد الغامدي أن العمل مستمر. وأضاف الغامدي أن الموعد لم يتغير.", ["Indirect|خالد الغامدي|العمل مستمر", "Indirect|خالد الغامدي|الموعد لم يتغير"] },
        // Speech after a colon with no quotation marks.
        { "وقال الوزير: الأمر مهم جدا لنا جميعا.", ["Direct|الوزير|الأمر مهم جدا لنا جميعا"] },
        // A source before its claim (after فإن), and one that closes the sentence.
        { "وبحسب المصادر فإن الاجتماع تأجل إلى الأسبوع المقبل.", ["Indirect|المصادر|الاجتماع تأجل إلى الأسبوع المقبل"] },
        { "تأجل الاجتماع إلى الأسبوع المقبل، بحسب الوزارة.", ["Indirect|الوزارة|تأجل الاجتماع إلى الأسبوع المقبل"] },
        // The writer's aside is no one's quote; نفى with a noun reports a claim.
        { "يذكر أن الاجتماع عقد في الرياض.", [] },
        { "ونفى الوزير وجود أي خلافات داخل المجلس.", ["Indirect|الوزير|وجود أي خلافات داخل المجلس"] },
        // An honorific pronoun stands for the person named before; a group speaks with its quantifier.
        { "وقال وزير الصحة توفيق الربيعة إن العمل مستمر. وأشار معاليه إلى أن الخطة تسير وفق الجدول.", ["Indirect|توفيق الربيعة|العمل مستمر", "Indirect|توفيق الربيعة|الخطة تسير وفق الجدول"] },
        { "وقال عدد من الأهالي إن المياه انقطعت منذ أيام.", ["Indirect|عدد من الأهالي|المياه انقطعت منذ أيام"] },
        // The stop of "د." ends no sentence; a title before a family name alone.
        { "وأفاد د. الغامدي بأن اللقاء سيعقد غدا.", ["Indirect|الغامدي|اللقاء سيعقد غدا"] },
        // A country speaks; a spokesperson speaks "باسم" a body; "مطلعة" describes the sources.
        { "وأشارت كوريا الجنوبية إلى أنها تدرس الأمر.", ["Indirect|كوريا الجنوبية|تدرس الأمر"] },
        { "وقال المتحدث باسم الوزارة إن القرار نهائي.", ["Indirect|المتحدث باسم الوزارة|القرار نهائي"] },
        { "وقالت مصادر مطلعة إن الصفقة اكتملت.", ["Indirect|مصادر مطلعة|الصفقة اكتملت"] },
        // A title in quotation marks inside the speaker's phrase; a subject before its cue.
        { "وأوضح صاحب الفكرة “منشد المقاومة” عبدالقادر الجيلاني أن المشروع خيري.", ["Indirect|عبدالقادر الجيلاني|المشروع خيري"] },
        { "مصادر أشارت إلى أن اللاعب سينتقل إلى النادي.", ["Indirect|مصادر|اللاعب سينتقل إلى النادي"] },
        // "بين" is the preposition, and "بعد أن" a time, not reported speech.
        { "ونشأ الخلاف بين اللاعب والإدارة بعد أن رفض التجديد.", [] },
        // A straight mark followed by a stop opens nothing: the next quotation pairs with its own marks.
        { "قال المدرب إن الفريق جاهز\" . وأضاف اللاعب \"نحن مستعدون للمباراة المقبلة بقوة كبيرة\"", ["Indirect|المدرب|الفريق جاهز", "Direct|اللاعب|نحن مستعدون للمباراة المقبلة بقوة كبيرة"] },
        // A straight mark right after a full stop closes a quotation whose opening was lost: it opens none.
        { "وأكد المدرب أن الفريق جاهز للمباراة.\" وقال اللاعب: \"نحن مستعدون للمباراة المقبلة بقوة كبيرة\"", ["Indirect|المدرب|الفريق جاهز للمباراة", "Direct|اللاعب|نحن مستعدون للمباراة المقبلة بقوة كبيرة"] },
        // Two straight openings in a row, the second a quotation of its own (an even count of straight marks from it to
        // the end of its sentence): the first never closes, and the second opens the speech. With an odd count, the
        // first pairs as written (a name nested in straight marks is not yet told from a closing and an opening), even
        // when a mark left open later on the line makes the line's count odd.
        { "شارك الفنان في البرنامج الساخر \"سيلفي طوال الشهر. وقال المخرج: \"نحن مرآة كبيرة للمجتمع كله\"", ["Direct|المخرج|نحن مرآة كبيرة للمجتمع كله"] },
        { "وقال المخرج: \"عملنا في \"سيلفي\" بروح واحدة طوال الشهر\"", ["Direct|المخرج|عملنا في", "Partial|المخرج|بروح واحدة طوال الشهر"] },
        { "وقال المخرج: \"عملنا في \"سيلفي\" بروح واحدة طوال الشهر\". وشارك الفنان في \"البرنامج الساخر.", ["Direct|المخرج|عملنا في", "Partial|المخرج|بروح واحدة طوال الشهر"] },
        // A verb of finding reports the finding of a subject named in its sentence, only with a clause after it; with
        // no subject named, or with none but a pronoun's, the finding is the writer's reading.
        { "وأظهرت بيانات جمركية أن واردات الصين من النفط ارتفعت.", ["Indirect|بيانات جمركية|واردات الصين من النفط ارتفعت"] },
        { "وخلص الباحثون إلى أن النوم المبكر يحسن الذاكرة.", ["Indirect|الباحثون|النوم المبكر يحسن الذاكرة"] },
        { "وقد وجدت أن الطريق مغلق تماما أمام السيارات.", [] },
        { "وجد الرجل نفسه وحيدا في الصحراء.", [] },
        { "وقال الوزير إن العمل مستمر. لكن كلامه أظهر أن الخطة تأخرت كثيرا.", ["Indirect|الوزير|العمل مستمر"] },
        // Bodies that speak as news names them: a chamber, investigations, a network (speaker-titles.tsv, counted from
        // the subjects of the corpus's feminine cue verbs).
        { "وأعلنت الغرفة التجارية عن استقبال طلبات الأراضي الصناعية في المدينة.", ["Indirect|الغرفة التجارية|استقبال طلبات الأراضي الصناعية في المدينة"] },
        { "وكشفت التحقيقات أن المتهم كان يخطط للهجوم منذ أشهر.", ["Indirect|التحقيقات|المتهم كان يخطط للهجوم منذ أشهر"] },
        // A eulogy after a name ("رضي الله عنها", "صلى الله عليه وسلم") ends it; a closing guillemet right after a colon
        // opens a quotation.
        { "وقالت السيدة عائشة أم المؤمنين رضي الله عنها: «كان الأمر يسيرا على الناس».", ["Direct|عائشة أم المؤمنين|كان الأمر يسيرا على الناس"] },
        { "وقال رسول الله صلى الله عليه وسلم: «الدين النصيحة لكل مسلم».", ["Direct|رسول الله|الدين النصيحة لكل مسلم"] },
        { "وقال رئيس النادي :»أشكر من كل قلبي كل الأهلاويين على الثقة».", ["Direct|رئيس النادي|أشكر من كل قلبي كل الأهلاويين على الثقة"] },
        // After a noun that names in quotation marks (نادي، شركة), a colon makes the quotation speech, not a name.
        { "وقال رئيس النادي: «نحن سعداء بالفوز الكبير».", ["Direct|رئيس النادي|نحن سعداء بالفوز الكبير"] },
        // Attributing a cause (أرجع، عزا) reports a claim, whose object begins after the name (سبب is no name's part).
        { "وأرجع مدرب الأهلي فتحي مبروك سبب التعادل إلى تسرع اللاعبين.", ["Indirect|فتحي مبروك|التعادل إلى تسرع اللاعبين"] },
        // An indefinite spokesperson speaks for the body named after باسم; a coalition is a body.
        { "ولكن متحدثاً باسم وحدات حماية الشعب قال إن انفجارات وقعت في البلدة.", ["Indirect|متحدثاً باسم وحدات حماية الشعب|انفجارات وقعت في البلدة"] },
        { "وقال الائتلاف السوري إن المشاورات مستمرة.", ["Indirect|الائتلاف السوري|المشاورات مستمرة"] },
        // A name in quotation marks right before the cue is its subject.
        { "وكان المتحدث باسم الحركة \"أبو خالد\" أعلن أن الهدنة انتهت.", ["Indirect|أبو خالد|الهدنة انتهت"] },
        // After a title, a family name with the article that ends the phrase is the name's, even a word the corpus
        // counts as common (السومه، العين); after a family name with the article, the next such word is not.
        { "وقال اللاعب عمر السومه إن الفريق جاهز.", ["Indirect|عمر السومه|الفريق جاهز"] },
        { "وقالت الفنانة فاطمة زهرة العين إن الأغنية جميلة.", ["Indirect|فاطمة زهرة العين|الأغنية جميلة"] },
        // Latin letters by their Arabic names in quotation marks are an acronym (كيه is K), not a partial quote.
        { "وقال الوزير إن القصف استهدف مواقع حزب العمال الكردستاني «بي كيه كيه» في المنطقة.", ["Indirect|الوزير|القصف استهدف مواقع حزب العمال الكردستاني «بي كيه كيه» في المنطقة"] },
        // A short quotation inside a claim verb's object is a name or term in the claim; a longer one is speech.
        { "وأعلنت وزارة التجارة عن استدعاء 2504 سيارات \"هيونداي جينيسيس\" لخلل في الإطارات.", ["Indirect|وزارة التجارة|استدعاء 2504 سيارات \"هيونداي جينيسيس\" لخلل في الإطارات"] },
        // A line that opens with a cue and a colon is its speaker's statement, not a headline whose label is the cue.
        { "قال رئيس النادي خالد العمري إن الموسم صعب.\nوأضاف الرئيس: نأمل في تكرار مشهد الفوز بالدوري.", ["Indirect|خالد العمري|الموسم صعب", "Direct|خالد العمري|نأمل في تكرار مشهد الفوز بالدوري"] },
        // A name by its kunya in quotation marks is a name even where speech could stand (after أن).
        { "وكشفت مصادر محلية أن «أبي حمزة السنحاني» قتل في الغارة.", ["Indirect|مصادر محلية|أبي حمزة السنحاني» قتل في الغارة"] },
        // صاحب opens a title ("the owner of"), whose nouns و and the article join; a survey is a body that finds.
        { "وقال صاحب حملة الحج والعمرة خليفة خلفان إن الحادث وقع فجرا.", ["Indirect|خليفة خلفان|الحادث وقع فجرا"] },
        { "وأظهر مسح للقطاع الخاص أن النشاط تراجع.", ["Indirect|مسح للقطاع الخاص|النشاط تراجع"] },
        // A short quotation after a cue's colon is speech, not a quoted name (two words of no common use).
        { "وقال ترامب: “سنفرض رسوما”.", ["Direct|ترامب|سنفرض رسوما"] },
        // ل or ب with the article is no speaker's name: the cue continues the person named before.
        { "أعلن رئيس الوزراء الياباني شيغيرو إيشيبا استقالته. وقال للصحفيين: “أتحمل المسؤولية كاملة”.", ["Direct|شيغيرو إيشيبا|أتحمل المسؤولية كاملة"] },
        // A noun in ة with a pronoun (استقالته) ends a name; a name in ة (شحاتة) keeps it.
        { "وقال الطبيب محمد شحاتة إن الوضع صعب.", ["Indirect|محمد شحاتة|الوضع صعب"] },
        // A body's name runs over at most six words (SpeakerPhrase.MaxBodyWords).
        { "وقالت الهيئة الوطنية العليا لإدارة الكوارث والأزمات إن المياه انحسرت.", ["Indirect|الهيئة الوطنية العليا لإدارة الكوارث والأزمات|المياه انحسرت"] },
        { "وقالت الهيئة الوطنية العليا لإدارة الكوارث والأزمات الطبيعية إن المياه انحسرت.", ["Indirect|الهيئة الوطنية العليا لإدارة الكوارث والأزمات|المياه انحسرت"] },
        // A verb of considering read as passive ("is considered"): an indefinite noun, من or بمثابة after it, no one's
        // claim; with a subject and أن it reports one.
        { "أطلقت الجامعة المساق المفتوح والذي يعتبر مساقا حديثا وناشئا في مجال التعليم.", [] },
        { "وتعتبر ماليزيا من أكثر الدول إقبالا على تعلم اللغة.", [] },
        { "ويرى المدرب أن المرحلة الحالية تعتبر بمثابة الأساس للموسم.", ["Indirect|المدرب|المرحلة الحالية تعتبر بمثابة الأساس للموسم"] },
        { "واعتبر الوزير أن الخطوة مهمة للبلاد.", ["Indirect|الوزير|الخطوة مهمة للبلاد"] },
        // A noun with a pronoun after a body is the claim, not part of the body's name.
        { "وأكد الأهالي رفضهم لأي تمديد للمهلة.", ["Indirect|الأهالي|رفضهم لأي تمديد للمهلة"] },
        // Every verb in its present plural (يقولون) and participle plural (مضيفين); أبان and أمل only with a clause
        // (إبان is "during").
        { "غير أن محللين يقولون إن طهران لا تستطيع رفع صادراتها.", ["Indirect|محللين|طهران لا تستطيع رفع صادراتها"] },
        { "وأبانت المصادر أن هناك تحركا نحو التعاقد.", ["Indirect|المصادر|هناك تحركا نحو التعاقد"] },
        { "وعاش الشاعر في بغداد إبان الحرب العالمية الثانية.", [] },
        { "ويأمل الاتحاد أن تكون المباراة بداية لمشروع كبير.", ["Indirect|الاتحاد|تكون المباراة بداية لمشروع كبير"] },
        // After بن the father's name, even a word that is also a title ("مساعد": assistant).
        { "وقال الأمير عبدالله بن مساعد بن عبدالعزيز: «القرار له إيجابيات عديدة».", ["Direct|عبدالله بن مساعد بن عبدالعزيز|القرار له إيجابيات عديدة"] },
        // Speech after a colon that follows the occasion and time of the statement; a colon after "وهم" opens a list.
        { "وقال الوزير في تصريح صحفي عقب الاجتماع: مثل هذه اللقاءات إيجابية وقد اتفقنا.", ["Direct|الوزير|مثل هذه اللقاءات إيجابية وقد اتفقنا"] },
        { "واستبعد المدرب عددا من اللاعبين بطلب من الإدارة وهم: عبدالمجيد حدادي وحمود السبيعي وأحمد المولد.", [] },
        // بقوله/بقولها, the noun of saying, continues the sentence's subject like a participle.
        { "وأكدت الوزارة التزامها بالمواعيد، وعلقت على التأخير بقولها إن الأمر قيد الدراسة.", ["Indirect|الوزارة|التزامها بالمواعيد", "Indirect|الوزارة|الأمر قيد الدراسة"] },
        // A name that opens the sentence, set off by a comma with its apposition, is the subject of the cue after it.
        { "وتحدث الوزير عن الصفقة. جوناه بلانك، المساعد السابق الذي راقبه يتعامل مع الرئيس الأفغاني حامد كرزاي، قال إنه كان مصمما للمحادثات.", ["Indirect|جوناه بلانك|كان مصمما للمحادثات"] },
        // ب before a place or a common noun in ة is no name ("بمملكة"); a titled name after جامعة, مدينة… names the place.
        { "أكد الشيخ راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين أن التدخلات مرفوضة.", ["Indirect|راشد بن عبدالله آل خليفة|التدخلات مرفوضة"] },
        { "وطالب أستاذ الصحة العامة بجامعة الإمام محمد بن سعود الإسلامية الدكتور محمود عبدالرحمن محمود بالاهتمام بالمراكز، مشيرا إلى أن الرعاية الصحية مهمة.", ["Indirect|محمود عبدالرحمن محمود|الرعاية الصحية مهمة"] },
        // A word written with the accusative tanween is an adverb, never part of a name.
        { "وقال كيري مازحاً: «سنعود قريبا إلى هنا».", ["Direct|كيري|سنعود قريبا إلى هنا"] },
        // An announcement's object is the claim it reports.
        { "وأعلنت وزارة الصحة اليوم عن تسجيل حالة وفاة جديدة.", ["Indirect|وزارة الصحة|تسجيل حالة وفاة جديدة"] },
        // A relative clause set off by a comma is about the person named before the comma, with the title that follows
        // the name; a title with its body is the speaker when no name comes before it; a body that ends a title is not.
        { "وقال الوزير إن الحفل ناجح. وكان في الاستقبال المهندس سعد الزهراني مدير المشروع، والذي أكد أن العمل يسير وفق الخطة.", ["Indirect|الوزير|الحفل ناجح", "Indirect|سعد الزهراني|العمل يسير وفق الخطة"] },
        { "والتقينا المدير التنفيذي لنادي الهلال، الذي أشار إلى أن البعثة وصلت.", ["Indirect|المدير التنفيذي لنادي الهلال|البعثة وصلت"] },
        { "ووصلت المساعدات بعد الاتفاق مع منظمة أطباء بلا حدود، التي أكدت أن الوضع صعب.", ["Indirect|منظمة أطباء بلا حدود|الوضع صعب"] },
        { "وعرجت الصحف على إعلان القاهرة الذي صدر عقب المباحثات، الذي أكد أن العلاقات متينة.", ["Indirect||العلاقات متينة"] },
        // The outlet a statement was made to, in parentheses after لـ, is a credit; a number in parentheses is not.
        { "وقال الوزير لـ(الشرق الأوسط) إن الأمر محسوم.", ["Indirect|الوزير|الأمر محسوم"] },
        { "وقال جون هاموند من جمعية الصيادين لـ(إيه.بي.سي) إنه كان يغوص.", ["Indirect|جون هاموند|كان يغوص"] },
        // A credit right after the cue: the speaker follows it; with nothing after it, the cue has no subject.
        { "وقال لـ«عكاظ» المتحدث باسم الهيئة خالد المطيري إن الموسم بدأ.", ["Indirect|خالد المطيري|الموسم بدأ"] },
        { "وأكدت لـ\"الوطن\" جيسيكا لامبرت أن الدراسة اكتملت.", ["Indirect|جيسيكا لامبرت|الدراسة اكتملت"] },
        { "وقال لـ«الرياض» إن الموسم سيبدأ قريبا.", ["Indirect||الموسم سيبدأ قريبا"] },
        // A title without the article governs the nouns after it (a construct) up to the first with the article; an
        // adjective ends the chain, and what follows it is the claim.
        { "ونقلت الوكالة عن مدير عام إدارة الدفاع المدني قوله إن الحريق أخمد.", ["Indirect|مدير عام إدارة الدفاع المدني|الحريق أخمد"] },
        { "وقال رئيس قسم الطوارئ إن المصابين بخير.", ["Indirect|رئيس قسم الطوارئ|المصابين بخير"] },
        { "ونفى مسؤول أمني وجود أي اتفاق.", ["Indirect|مسؤول أمني|وجود أي اتفاق"] },
        // A family name with the article ends a name before a title with the article; a title word right after a given
        // name is its family name.
        { "وقالت هالة الخطاطبة السفيرة في الرياض إن البعثة وصلت.", ["Indirect|هالة الخطاطبة|البعثة وصلت"] },
        { "وقال نادر الخصاونة السفير الأردني في الرياض إن البعثة وصلت.", ["Indirect|نادر الخصاونة|البعثة وصلت"] },
        { "وقال صالح القاضي إن المشروع اكتمل.", ["Indirect|صالح القاضي|المشروع اكتمل"] },
        // A name's part may begin with ب or ل; ب before a common word, or a common noun with a pronoun, is no name's part.
        { "وقال المدرب خوان باتيستا إن الفريق جاهز.", ["Indirect|خوان باتيستا|الفريق جاهز"] },
        { "وقال المدرب خوان بحماس إن الفريق جاهز.", ["Indirect|خوان|الفريق جاهز"] },
        { "وقال محمد نور برنامجه إن الفريق جاهز.", ["Indirect|محمد نور|الفريق جاهز"] },
        // A title written after a name names the person later, whole or bare with the article; so does the first word
        // of a title written before the name, bare with the article ("وزير الصحة سامي الراشد … وأكد الوزير").
        { "قال الدكتور سامي الراشد وزير الصحة الكويتي، إن الوباء انحسر. وأضاف وزير الصحة أن اللقاحات وصلت. وأكد الوزير أن المستشفيات جاهزة.",
            ["Indirect|سامي الراشد|الوباء انحسر", "Indirect|سامي الراشد|اللقاحات وصلت", "Indirect|سامي الراشد|المستشفيات جاهزة"] },
        { "قال وزير الصحة سامي الراشد إن الوباء انحسر. وقالت المتحدثة باسم الوزارة هند العلي إن العمل جار. وأكد الوزير أن المستشفيات جاهزة.",
            ["Indirect|سامي الراشد|الوباء انحسر", "Indirect|هند العلي|العمل جار", "Indirect|سامي الراشد|المستشفيات جاهزة"] },
        // What the corpus quotes on many days (recurring-quotations.tsv) is a name, unless introduced as speech; a
        // string it does not hold stays a partial quote.
        { "وأشاد الوزير بنجاح «عاصفة الحزم» في اليمن.", [] },
        { "وأشاد الوزير بنجاح «عاصفة الصمود» في اليمن.", ["Partial|الوزير|عاصفة الصمود"] },
        // كشف عن, like أكد, reports its object as a claim; not after a negation, nor as a verbal noun after a preposition.
        { "وكشفت هيئة الإحصاء عن ارتفاع معدل البطالة إلى 6%.", ["Indirect|هيئة الإحصاء|ارتفاع معدل البطالة إلى 6%"] },
        { "ولم تكشف الشركة عن تفاصيل الصفقة.", [] },
        { "وساهمت الشرطة في كشف الخلايا الإرهابية.", [] },
        { "وأكد الوزير وجود اتفاق. ولم يؤكد الوزير وجود اتفاق.", ["Indirect|الوزير|وجود اتفاق"] },
        // A short name takes the full one given later only when it is whole words of it ("خالد" is not "الخالدي").
        { "وقال خالد إن العمل مستمر. وقال فهد الخالدي إن الموسم انتهى.", ["Indirect|خالد|العمل مستمر", "Indirect|فهد الخالدي|الموسم انتهى"] },
        // A cue joined by و whose colon comes within eight words starts a statement of its own, even inside a reported
        // clause; further off it is part of the clause.
        { "أكد الوزير أن المدارس جاهزة وقال مدير عام الإدارة العامة للتعليم بمنطقة الرياض: «الاستعداد مكتمل».",
            ["Indirect|الوزير|المدارس جاهزة", "Direct|مدير عام الإدارة العامة للتعليم بمنطقة|الاستعداد مكتمل"] },
        { "أكد الوزير أن المدارس جاهزة وقال مدير عام الإدارة العامة للتعليم بمنطقة الرياض الإدارية: «الاستعداد مكتمل».",
            ["Indirect|الوزير|المدارس جاهزة وقال مدير عام الإدارة العامة للتعليم بمنطقة الرياض الإدارية: «الاستعداد مكتمل", "Partial|الوزير|الاستعداد مكتمل"] },
        // An honorific before a title is part of it, and its pronoun (سعادته، معاليه) is the person it titled.
        { "أكد سعادة مدير التعليم عبدالله الثقفي أن المدارس جاهزة في ظل توجيهات وزير التعليم عزام الدخيل وقال سعادته: «الاستعداد مكتمل».",
            ["Indirect|عبدالله الثقفي|المدارس جاهزة في ظل توجيهات وزير التعليم عزام الدخيل", "Direct|عبدالله الثقفي|الاستعداد مكتمل"] },
        // Between a cue and its colon, a common word or particle with a pronoun (اسمه، أمامكم) names no one; a quantifier
        // or a title with one (بعضهم، رئيسها) does.
        { "وتحدث مسؤول عسكري إلى الصحفيين. وقال اسمه: «القرار نهائي».", ["Direct||القرار نهائي"] },
        { "وقال بعضهم: «القرار نهائي».", ["Direct|بعضهم|القرار نهائي"] },
        { "وقال رئيسها: «القرار نهائي».", ["Direct|رئيسها|القرار نهائي"] },
        // A sentence that opens with a cue and no subject continues the full name that opened the sentence before it,
        // after its verb; a single word there is no such name, and the last speaker goes on.
        { "وقال المدير إن العمل جار. يعيش سيمون نجوى (27 عاما) في المركز منذ أسابيع. وقال إنه غادر بلاده.",
            ["Indirect|المدير|العمل جار", "Indirect|سيمون نجوى|غادر بلاده"] },
        { "وقال المدير إن العمل جار. يعيش نجوى في المركز منذ أسابيع. وقال إنه غادر بلاده.",
            ["Indirect|المدير|العمل جار", "Indirect|المدير|غادر بلاده"] },
        // So does a title between commas after the name; words there that are no title do not make a title the name's.
        { "وقالت هند الراشد، وزيرة الشؤون الاجتماعية، إن الدعم مستمر. وأضافت الوزيرة أن البرامج جديدة.",
            ["Indirect|هند الراشد|الدعم مستمر", "Indirect|هند الراشد|البرامج جديدة"] },
        { "وقالت هند الراشد، إحدى المشاركات، إن الدعم مستمر. وقالت الوزيرة إن البرامج جديدة.",
            ["Indirect|هند الراشد|الدعم مستمر", "Indirect|الوزيرة|البرامج جديدة"] },
        // A statement issued by a body (بيان صادر عن) speaks through the body that issued it; a statement alone is itself.
        { "وقال بيان صادر عن المجلس البلدي إن الاتصالات وردت.", ["Indirect|بيان صادر عن المجلس البلدي|الاتصالات وردت"] },
        { "وقال بيان المجلس البلدي إن الاتصالات وردت.", ["Indirect|بيان المجلس البلدي|الاتصالات وردت"] },
        // A compound given name in الدين is one name, whatever its first word counts as elsewhere.
        { "وقال شمس الدين الغامدي إن العمل جار.", ["Indirect|شمس الدين الغامدي|العمل جار"] },
        // After a title without the article (an unnamed source), one word is its adjective, not a name; a name the
        // article gave after a title stays one.
        { "وقال خبير اقتصادي كويتي إن الأسعار سترتفع.", ["Indirect|خبير اقتصادي كويتي|الأسعار سترتفع"] },
        { "وقال رئيس النادي سامي إن الفريق جاهز.", ["Indirect|سامي|الفريق جاهز"] },
        // A family name with the article ends a name given after a title: what follows without the article is not the name's.
        { "وكرم الأمير الدكتور عبدالمجيد العمري تقديرا لجهوده. وقال العمري إن السلام ضروري.", ["Indirect|عبدالمجيد العمري|السلام ضروري"] },
        // The name in parentheses runs over six words at most.
        { "وقال جون هاموند من جمعية الصيادين لـ(إيه.بي.سي.إن.إن.إكس) إنه كان يغوص.", ["Indirect|جون هاموند|كان يغوص"] },
        { "وقال جون هاموند من جمعية الصيادين لـ(إيه.بي.سي.إن.إن.إكس.واي) إنه كان يغوص.", [] },
        // Speech after a colon ends where a sentence opens with a cue, with a speaker of its own or continuing the
        // speaker's ("وأضاف"), or where a clause after a comma opens with a cue and a speaker of its own; a sentence
        // that opens otherwise goes on.
        { "وقال الوزير: الأمر محسوم تماما. وقال مدير الإدارة إن العمل جار.", ["Direct|الوزير|الأمر محسوم تماما", "Indirect|مدير الإدارة|العمل جار"] },
        { "وقال الوزير: الأمر محسوم تماما. وأضاف أن العمل جار.", ["Direct|الوزير|الأمر محسوم تماما", "Indirect|الوزير|العمل جار"] },
        { "وقال الوزير: الأمر محسوم تماما. وأضاف: العمل جار في كل المواقع.", ["Direct|الوزير|الأمر محسوم تماما", "Direct|الوزير|العمل جار في كل المواقع"] },
        { "وقال الوزير: الأمر محسوم تماما. والعمل جار في كل المواقع.", ["Direct|الوزير|الأمر محسوم تماما. والعمل جار في كل المواقع"] },
        { "وقال الموقع: فيما يتعلق بهذا الخبر، أشارت وزارة الداخلية إلى أن المتهم فر.", ["Direct|الموقع|فيما يتعلق بهذا الخبر", "Indirect|وزارة الداخلية|المتهم فر"] },
        { "وقال الموقع: فيما يتعلق بهذا الخبر، أشار إلى أن المتهم فر.", ["Direct|الموقع|فيما يتعلق بهذا الخبر، أشار إلى أن المتهم فر"] },
        // A few words in marks before the colon are the speaker's title, name or outlet, and a credit before it is
        // passed over: the speech after the colon is the quote.
        { "وقالت مها الصالح \"معلمة\": بيع الوهم أمر منتشر في المواقع.", ["Direct|مها الصالح|بيع الوهم أمر منتشر في المواقع"] },
        { "وأضاف “الأحمري”: على الفور تم انتقال الفرق إلى الموقع.", ["Direct|الأحمري|على الفور تم انتقال الفرق إلى الموقع"] },
        { "وقال سليمان الصعب لـ\"عكاظ\": الأمر مهم جدا لنا.", ["Direct|سليمان الصعب|الأمر مهم جدا لنا"] },
        { "وقال سليمان الصعب لعكاظ: الأمر مهم جدا لنا.", ["Direct|سليمان الصعب|الأمر مهم جدا لنا"] },
        { "وقالت مها الصالح \"عضو مجلس الشورى السابقة\": بيع الوهم أمر منتشر في المواقع.", ["Direct|مها الصالح|بيع الوهم أمر منتشر في المواقع"] },
        { "وقالت مها الصالح \"عضو مجلس الشورى السعودي السابقة\": بيع الوهم أمر منتشر في المواقع.", ["Direct|مها الصالح|عضو مجلس الشورى السعودي السابقة"] },
        { "وقالت مها الصالح \"نحن باقون\": بيع الوهم أمر منتشر في المواقع.", ["Partial|مها الصالح|نحن باقون"] },
        // A name of up to four words in marks between the phrase and its colon is passed over (five are the quote);
        // a person's full name in marks after a title with no name is the speaker.
        { "وقال صاحب الناقة \"نواف سعد علي العتيبي\"، في شكواه: إنه فقد ناقته.", ["Direct|نواف سعد علي العتيبي|إنه فقد ناقته"] },
        { "وقال صاحب الناقة \"نواف سعد علي صالح العتيبي\"، في شكواه: إنه فقد ناقته.", ["Direct|صاحب الناقة|نواف سعد علي صالح العتيبي"] },
        { "وقالت المشرفة على البازار \"موضي الدعرمي\" إن البازار يحتوي على منتجات.", ["Indirect|موضي الدعرمي|البازار يحتوي على منتجات"] },
        // A word with the article after a name word ends the name when a title follows it (its apposition), even a word
        // the corpus counts as common; not when no title follows, nor when the word is written with hamza (ألعاب).
        { "وأوضح رأفت الصباغ المتحدث الرسمي للمركز أن الدفعة وصلت.", ["Indirect|رأفت الصباغ|الدفعة وصلت"] },
        { "وأوضح رأفت الصباغ الرسمي للمركز أن الدفعة وصلت.", ["Indirect|رأفت|الدفعة وصلت"] },
        { "أكد صانع ألعاب فريق الأهلي ياسر الفهمي أنه سيرحل عن الفريق.", ["Indirect|ياسر الفهمي|سيرحل عن الفريق"] },
        // A « left open when another opens after a colon on a later line ends with its paragraph; on the same line the
        // second nests in it.
        { "وقال الوزير: «لا بد من العمل بشكل متواز بين الأهداف.\nوأضاف اليوسف: «لمحاربة الفكر الضال يجب تحديد الجمهور».", ["Direct|الوزير|لا بد من العمل بشكل متواز بين الأهداف", "Direct|اليوسف|لمحاربة الفكر الضال يجب تحديد الجمهور"] },
        { "وقال الوزير: «لا بد من العمل بشكل متواز بين الأهداف. وأضاف اليوسف: «لمحاربة الفكر الضال يجب تحديد الجمهور».", [] },
        // An accusative participle (م…ا) that is all the cue's phrase says how the speaker spoke: it is no subject; a
        // name of that shape with a long vowel after م, or a noun with نا, is.
        { "وأكد الوزير أن العمل جار. وقال معقبا: «إن الوسائل الاعلامية مهمة جدا».", ["Indirect|الوزير|العمل جار", "Direct|الوزير|إن الوسائل الاعلامية مهمة جدا"] },
        { "وأكد الوزير أن العمل جار. وقال معقبا إن الوسائل الاعلامية مهمة جدا.", ["Indirect|الوزير|العمل جار", "Indirect|الوزير|الوسائل الاعلامية مهمة جدا"] },
        { "وقالت ماريا: الوسائل الاعلامية مهمة جدا لنا.", ["Direct|ماريا|الوسائل الاعلامية مهمة جدا لنا"] },
        { "وقال مرافقنا: الوسائل الاعلامية مهمة جدا لنا.", ["Direct|مرافقنا|الوسائل الاعلامية مهمة جدا لنا"] },
        // Three words or more in brackets right after a colon are quoted as in marks; two are not.
        { "وقال الوزير: (إن الوزارة تعمل على حل المشكلة).", ["Direct|الوزير|إن الوزارة تعمل على حل المشكلة"] },
        { "وقال الوزير: (الوزارة تعمل).", [] },
        // A name set off by commas after a title is the speaker even when the corpus counts its words as no name's
        // (مساعد is also a title, نيتين سيتوهل is unknown); a place, or a clause after ف, is not.
        { "وأوضح المتحدث الرسمي للإدارة، مساعد غالي العنزي، أن غرفة العمليات تلقت بلاغا.", ["Indirect|مساعد غالي العنزي|غرفة العمليات تلقت بلاغا"] },
        { "وقال المحلل الكيميائي، نيتين سيتوهل، إن الكلور يضر بالمياه.", ["Indirect|نيتين سيتوهل|الكلور يضر بالمياه"] },
        { "وقال المحلل الكيميائي، ولاية فرجينيا، إن الكلور يضر بالمياه.", ["Indirect|المحلل الكيميائي|الكلور يضر بالمياه"] },
        { "وأوضح المتحدث الرسمي للإدارة، فتبقى حبيسة الأدراج، أن غرفة العمليات تلقت بلاغا.", ["Indirect|المتحدث الرسمي للإدارة|غرفة العمليات تلقت بلاغا"] },
        // What follows a preposition before a cue is what the cue is about, not its subject: the cue continues the last
        // speaker.
        { "وأكد الوزير أن العمل جار. وعن الإحصائية بعدد المصابين قال إنها بلغت أكثر من 15.", ["Indirect|الوزير|العمل جار", "Indirect|الوزير|بلغت أكثر من 15"] },
        { "وأكد الوزير أن العمل جار. وحول الإجراءات المقبلة قال إن اللجنة ستجتمع.", ["Indirect|الوزير|العمل جار", "Indirect|الوزير|اللجنة ستجتمع"] },
        // "جاء في" and a statement: the statement speaks, named with whoever gave it in up to six words (more only to
        // finish a compound name), its quotation marks dropped; "جاء في" with no statement is no cue.
        { "وجاء في البيان: «إن الوزارة تعمل على حل المشكلة في أسرع وقت».", ["Direct|البيان|إن الوزارة تعمل على حل المشكلة في أسرع وقت"] },
        { "وجاء في بيان الوزارة أن العمل يسير وفق الخطة.", ["Indirect|بيان الوزارة|العمل يسير وفق الخطة"] },
        { "وجاء في التقرير الصادر عن شركة \"آبل\"، أن التوقف تأثر به جميع المستخدمين.", ["Indirect|التقرير الصادر عن شركة آبل|التوقف تأثر به جميع المستخدمين"] },
        { "وجاء في بيان نشر على صفحة حركة نور الدين الزنكي أن السد تحت السيطرة.", ["Indirect|بيان نشر على صفحة حركة نور|السد تحت السيطرة"] },
        { "وجاء في خطاب بعثه خالد بن إبراهيم بن عبدالعزيز آل إبراهيم: «نبعث لكم أسمى التهاني بهذه المناسبة».", ["Direct|خطاب بعثه خالد بن إبراهيم بن عبدالعزيز آل إبراهيم|نبعث لكم أسمى التهاني بهذه المناسبة"] },
        { "وجاء في المركز الثاني الفريق الأهلي بفارق نقطة.", [] },
        // A source before a cue with a speaker of its own, past its closing mark and comma, credits that statement.
        { "وحسب فضائية \"الجزيرة\"، قال وليد المعلم في مؤتمر صحفي: إن الاتفاق يشكل اعترافا بإيران.", ["Direct|وليد المعلم|إن الاتفاق يشكل اعترافا بإيران"] },
        { "وحسب فضائية الجزيرة قال وليد المعلم في مؤتمر صحفي: إن الاتفاق يشكل اعترافا بإيران.", ["Direct|وليد المعلم|إن الاتفاق يشكل اعترافا بإيران"] },
        // A claim verb's object starts where a word without the article follows one with it ("الشركة ارتفاع"); a
        // group of people is a speaker; رجح reports a claim; a family name alone may report one; و with a common word
        // is no part of a name.
        { "وأعلنت الشركة ارتفاع صافي أرباحها في الربع الأول.", ["Indirect|الشركة|ارتفاع صافي أرباحها في الربع الأول"] },
        { "ورجح المحققون وجود مشاكل عائلية وراء الحادث.", ["Indirect|المحققون|وجود مشاكل عائلية وراء الحادث"] },
        { "ورجحت كفة الفريق في الشوط الثاني بعد الهدف.", [] },
        { "وقال الجبير “إن الزيارة كانت للعمرة”. وأكد الجبير ترحيب المملكة بأي اتفاق يمنع السلاح النووي.", ["Direct|الجبير|إن الزيارة كانت للعمرة", "Indirect|الجبير|ترحيب المملكة بأي اتفاق يمنع السلاح النووي"] },
        { "وأكد الدكتور عبدالقادر دعم واهتمام الأمانة بالمهرجان.", ["Indirect|عبدالقادر دعم|واهتمام الأمانة بالمهرجان"] },
        // A participle's subject is the one right after the verb that opens its sentence, even when that verb is no cue.
        { "وقال الوزير إن الحفل ناجح تماما. ووجه اتحاد القوى العراقية في بيان له انتقادات لرئيس الوزراء، مبينا أن القرار خاطئ.", ["Indirect|الوزير|الحفل ناجح تماما", "Indirect|اتحاد القوى العراقية|القرار خاطئ"] },
        // … over forty words at most from the verb to the participle.
        { "وقال الوزير إن الحفل ناجح تماما. ووجه اتحاد القوى العراقية في بيان له انتقادات لرئيس الوزراء " + Words("حول الملف", 15) + "، مبينا أن القرار خاطئ.", ["Indirect|الوزير|الحفل ناجح تماما", "Indirect|اتحاد القوى العراقية|القرار خاطئ"] },
        { "وقال الوزير إن الحفل ناجح تماما. ووجه اتحاد القوى العراقية في بيان له انتقادات لرئيس الوزراء " + Words("حول الملف", 15) + " كله، مبينا أن القرار خاطئ.", ["Indirect|الوزير|الحفل ناجح تماما", "Indirect|الوزير|القرار خاطئ"] },
        // ل before a noun and a definite word completes a title; the medium a statement was made to does not.
        { "وبين الرئيس العام لرعاية الشباب أنه تم التشاور مع الأندية.", ["Indirect|الرئيس العام لرعاية الشباب|تم التشاور مع الأندية"] },
        { "وقال الوزير لوسائل الإعلام إن الأمر محسوم.", ["Indirect|الوزير|الأمر محسوم"] },
        // The occasion of a statement with the speaker's pronoun ends the speaker's phrase, as the bare one does.
        { "وقال المالكي في لقائه مع علي العلياني إنه مل المناكفات الفنية.", ["Indirect|المالكي|مل المناكفات الفنية"] },
        // علي written with ي is a name right after the cue, not the preposition على.
        { "وقال علي الدخيل إن الشركة مستمرة.", ["Indirect|علي الدخيل|الشركة مستمرة"] },
        // In a relative clause after a time, the subject follows the pronoun that takes the clause back (فيه).
        { "وذلك في الوقت الذي رجحت فيه المصادر بقاء المدرب في منصبه.", ["Indirect|المصادر|بقاء المدرب في منصبه"] },
        { "وذلك في الوقت الذي أشار فيه مصدر مطلع إلى أن الإدارة حسمت الأمر.", ["Indirect|مصدر مطلع|الإدارة حسمت الأمر"] },
        // The subject that كان opens, set off by a comma before قد, is the speaker of the verb after قد (six words at
        // most); so is the subject before كانت قد.
        { "وقال الوزير إن الحفل ناجح تماما. وكان مجلس محافظة الأنبار في العراق الشقيق، قد أعلن أن القوات حررت الجامعة.", ["Indirect|الوزير|الحفل ناجح تماما", "Indirect|مجلس محافظة الأنبار|القوات حررت الجامعة"] },
        { "وقال الوزير إن الحفل ناجح تماما. وكان مجلس محافظة الأنبار في العراق الشقيق أمس، قد أعلن أن القوات حررت الجامعة.", ["Indirect|الوزير|الحفل ناجح تماما", "Indirect|الوزير|القوات حررت الجامعة"] },
        { "وقال الوزير إن الحفل ناجح تماما. الوزارة كانت قد قالت إن المشروع تأخر.", ["Indirect|الوزير|الحفل ناجح تماما", "Indirect|الوزارة|المشروع تأخر"] },
        // A preposition alone before a quotation ("بـ") is no speaker's name.
        { "ودعا المسؤول الإيراني إلى وقف ما وصفه بـ “العدوان” على اليمن.", ["Partial|المسؤول الإيراني|العدوان"] },
        // A name after a title and a body is the body's ("لمؤسسة الملك فهد"); the name that ends the phrase speaks, its
        // family name with the article though the corpus counts it common; with none, the title's holder named before.
        { "وأوضح المتحدث الرسمي لمؤسسة الملك فهد الخيرية نزار الخياط، أن البرنامج بدأ أمس. وأوضح المتحدث الرسمي لمؤسسة الملك فهد الخيرية، أن التسجيل مفتوح.",
            ["Indirect|نزار الخياط|البرنامج بدأ أمس", "Indirect|نزار الخياط|التسجيل مفتوح"] },
        { "وقال مدير جامعة الملك سعود إن الدراسة تبدأ غدا. وقال الملك سلمان إن العام حافل.",
            ["Indirect|مدير جامعة الملك سعود|الدراسة تبدأ غدا", "Indirect|سلمان|العام حافل"] },
        // A bare "الشركة" that speaks is the company the text named before, though it did not speak there; with none
        // named, it is itself.
        { "وافق مجلس إدارة شركة الاتصالات المتقدمة على خطة التوسع. وأكدت الشركة أن الخطة تبدأ قريبا.", ["Indirect|شركة الاتصالات المتقدمة|الخطة تبدأ قريبا"] },
        { "وأكدت الشركة أن الخطة تبدأ قريبا.", ["Indirect|الشركة|الخطة تبدأ قريبا"] },
        // A cue and a colon that end a line: the speech is the next paragraph; a name in parentheses before the cue speaks.
        { "أما المدرب ( خالد العمري ) فقال :\nالفريق قدم مباراة كبيرة اليوم.\nوقال الحكم ماجد الشهري ثم غادر الملعب.",
            ["Direct|خالد العمري|الفريق قدم مباراة كبيرة اليوم"] },
        { "وأما اللاعب ( الأخير ) فأكد أن الإصابة بسيطة.\nوأما اللاعب ( فهد ) فأكد أن الإصابة خطيرة.", ["Indirect||الإصابة بسيطة", "Indirect|فهد|الإصابة خطيرة"] },
        // A verb of the future ends a source and opens its claim, but not inside a relative clause; a rule ("للأنظمة",
        // ل and the article joined) is no source.
        { "وطبقا لتقرير الوكالة ستشهد الأسواق ارتفاعا كبيرا.\nووفقا للأنظمة الجديدة سيبدأ التطبيق قريبا.\nووفق الرؤية الجديدة للمدرب الذي سيتولى المهمة.",
            ["Indirect|تقرير الوكالة|ستشهد الأسواق ارتفاعا كبيرا"] },
        // After وفق and حسب a programme, a field of competence or the laws of nature are rules, not sources (the words
        // the corpus puts after them most often).
        { "وأسست الدول بنيتها التحتية تدريجياً وفق الاحتياجات، ورغم ضرورة البنية التحتية لكنها غير كافية وحدها.\nوسلم موقع الحادث للمرور لإكمال اللازم حسب الاختصاص.\nوتسير الظواهر وفق سنن إلهية، ومنها المؤثرة على المناخ.", [] },
        // An honorific pronoun is the person last named with a title it belongs to (سموه: a prince), else the person
        // named last.
        { "ونقل الأمير خالد بن سعود، تحيات الملك عبدالله بن فيصل إلى الأهالي. وقال سموه إن المشروع مهم.", ["Indirect|خالد بن سعود|المشروع مهم"] },
        { "ونقل الوزير خالد العتيبي، تحيات الملك عبدالله بن فيصل إلى الأهالي. وقال سموه إن المشروع مهم.", ["Indirect|عبدالله بن فيصل|المشروع مهم"] },
        // Quoted names are no quotes: Latin letters by name, a title and a name, a body the article names and more.
        { "وقال المتحدث إن مكتب التحقيقات «اف بي آي» يتابع القضية. وأشاد المدير بجهود «العقيد سالم الحربي» في الميدان. وقالت شركة سامسونج إن فرعها «سامسونج مصر» حقق أرباحا.",
            ["Indirect|المتحدث|مكتب التحقيقات «اف بي آي» يتابع القضية", "Indirect|شركة سامسونج|فرعها «سامسونج مصر» حقق أرباحا"] },
        // A cue, a family name, then a participle of saying: the family name speaks (not the person named before), and a
        // name stops before a relative pronoun.
        { "وشكر الأمير سلطان بن فهد الذي كان حاضراً. وأضاف الشمري قائلاً: إن الموسم كان ناجحا.",
            ["Direct|الشمري|إن الموسم كان ناجحا"] },
        { "وشكر الأمير خالد بن فهد الذي كان حاضراً. وقال إن الموسم كان ناجحا.", ["Indirect|خالد بن فهد|الموسم كان ناجحا"] },
        // A noun of saying with a pronoun after a cue is the last speaker's speech ("واختتم حديثه بأن"), not a name.
        { "وقال المدير إن العمل مستمر. واختتم حديثه بأن الموسم ناجح.", ["Indirect|المدير|العمل مستمر", "Indirect|المدير|الموسم ناجح"] },
        // A name's particle joins the rest of the name, whatever the rest counts as elsewhere.
        { "وقال المبعوث الأممي ستيفان دي ميستورا إن المحادثات مستمرة.", ["Indirect|ستيفان دي ميستورا|المحادثات مستمرة"] },
        { "وقالت باركليز إن فرعها «باركليز مصر» حقق أرباحا.", ["Indirect|باركليز|فرعها «باركليز مصر» حقق أرباحا"] },
        // A name in apposition after a title and a comma, its family name with the article.
        { "وأوضح مدير المستشفى، فيصل الشهري أن المصابين بحالة مستقرة.", ["Indirect|فيصل الشهري|المصابين بحالة مستقرة"] },
        // A body with the article after a preposition is not in construct with the title after it: the title's holder speaks.
        { "وقال مدير الإدارة بالجامعة الدكتور ناصر القحطاني إن التسجيل يبدأ غدا.", ["Indirect|ناصر القحطاني|التسجيل يبدأ غدا"] },
        // A long title and its holder before a claim with no clause: the holder speaks, and the claim starts after the name.
        { "أكد مدير الشؤون الفنية والإدارية في المنطقة الشرقية سامي الحربي اكتمال الاستعدادات.", ["Indirect|سامي الحربي|اكتمال الاستعدادات"] },
        { "أكد مدير فرع جمعية الفنون بالرياض عمر الجاسر اعتزاز الجمعية بالأفلام.", ["Indirect|عمر الجاسر|اعتزاز الجمعية بالأفلام"] },
        // آل joins the family's name to the rest, whatever that word is elsewhere ("شهيد" is a common word).
        { "وأوضح العقيد سعد بن فهد آل شهيد أن الطريق مغلق.", ["Indirect|سعد بن فهد آل شهيد|الطريق مغلق"] },
        // A preposition and a common word ("للتجارة") open no foreign name, though a name follows them.
        { "وقالت المفوضة الأوروبية للتجارة سيسيليا مالمستروم إن الاتفاق كبير.", ["Indirect|سيسيليا مالمستروم|الاتفاق كبير"] },
        // A cue joined inside its sentence shares the subject the sentence opened with, not the last person named.
        { "وقال المتحدث إن الاجتماع عقد. والتقى وزير الخارجية الفرنسي جان مارك إيرو أمس مع نظيره الألماني فرانك شتاينماير، وأكد أن البلدين متفقان.",
            ["Indirect|المتحدث|الاجتماع عقد", "Indirect|جان مارك إيرو|البلدين متفقان"] },
        // A title alone with the article is the unnamed source the article gave without it.
        { "وقال مسؤول كبير في الوزارة إن الحادث وقع ليلا. وأضاف المسؤول، الذي طلب عدم نشر اسمه، أن التحقيق مستمر.",
            ["Indirect|مسؤول كبير|الحادث وقع ليلا", "Indirect|مسؤول كبير|التحقيق مستمر"] },
        // A paragraph that opens on someone new continues them, not the speaker of the paragraph before; within one
        // paragraph the last speaker goes on.
        { "وقال الوزير خالد الشمري إن الموسم ناجح.\nمن جهته، تفقد المهندس سعد العتيبي الموقع. وأكد أن العمل مستمر.",
            ["Indirect|خالد الشمري|الموسم ناجح", "Indirect|سعد العتيبي|العمل مستمر"] },
        { "وقال الوزير خالد الشمري إن الموسم ناجح. وتفقد المهندس سعد العتيبي الموقع. وأكد أن العمل مستمر.",
            ["Indirect|خالد الشمري|الموسم ناجح", "Indirect|خالد الشمري|العمل مستمر"] },
        // A full name first is the speaker, and what follows it describes them.
        { "قال سامر يوسف (40 عاما) احد سكان حي الشاطئ الغربي \"نحن هنا منذ سنوات\".", ["Direct|سامر يوسف|نحن هنا منذ سنوات"] },
        // A time phrase or an adverb between a cue and its subject is neither: the subject follows it.
        { "وقال أمس وزير الخارجية عادل الجبير إن المملكة تدعم الحل.", ["Indirect|عادل الجبير|المملكة تدعم الحل"] },
        { "قالت، عصر أول من أمس الخميس، وزارة الخارجية إنها تتابع الوضع.", ["Indirect|وزارة الخارجية|تتابع الوضع"] },
        { "وأكد اليوم الثلاثاء المتحدث باسم الشرطة أن الحادث معزول.", ["Indirect|المتحدث باسم الشرطة|الحادث معزول"] },
        { "وذكرت أمس الأول مصادر مطلعة أن الاتفاق قريب.", ["Indirect|مصادر مطلعة|الاتفاق قريب"] },
        { "وقال الأحد الماضي الرئيس الفرنسي فرانسوا هولاند إن فرنسا مستعدة.", ["Indirect|فرانسوا هولاند|فرنسا مستعدة"] },
        { "وأعلنت مساء أمس (الاثنين) شركة المراعي أنها رفعت الأسعار.", ["Indirect|شركة المراعي|رفعت الأسعار"] },
        { "وقال أيضا المدير التنفيذي إن الأرباح تضاعفت.", ["Indirect|المدير التنفيذي|الأرباح تضاعفت"] },
        // With the clause right after it, the time phrase leaves the subject to the sentence before; a time of day with
        // no day after it ("صباح الخير") opens no time phrase, nor one with another cue after it.
        { "أما الوزير خالد الشمري فقال أمس إن الموسم ناجح.", ["Indirect|خالد الشمري|الموسم ناجح"] },
        { "وقال الوزير خالد الشمري إن الموسم ناجح. ثم قال صباح الخير للحضور.", ["Indirect|خالد الشمري|الموسم ناجح"] },
        { "وقال المدرب خالد العمري إن الفريق جاهز. ولا يفرق المدرب بين الاثنين، مؤكدا أن الجميع سواسية.",
            ["Indirect|خالد العمري|الفريق جاهز", "Indirect|خالد العمري|الجميع سواسية"] },
        // A cue after its subject ("حركة طالبان حذرت") or after قد has its object after the time phrase; after a particle
        // ("حيث أفادت") it opens its clause, and the subject follows. After ب a noun is no subject.
        { "وقال المتحدث إن الوضع هادئ. لكن حركة طالبان حذرت مؤخرا تنظيم داعش من أن الحرب ستطول.",
            ["Indirect|المتحدث|الوضع هادئ", "Indirect|حركة طالبان|الحرب ستطول"] },
        { "وتتراجع المبيعات، حيث أفادت مؤخرا مؤسسة الأبحاث أن الطلب انخفض.", ["Indirect|مؤسسة الأبحاث|الطلب انخفض"] },
        { "وقال الوزير خالد الشمري إن الموسم ناجح. وأكد أيضا بتصريحاته أن العمل مستمر.",
            ["Indirect|خالد الشمري|الموسم ناجح", "Indirect|خالد الشمري|العمل مستمر"] },
        // A full name right after an honorific is the speaker, and a name inside the role after it is a body's; after a
        // position that takes a complement, the name that ends the phrase is the holder's.
        { "وقال الدكتور عبدالله بن عفيف رئيس قسم البرامج في مؤسسة سالم بن محفوظ الخيرية: \"نفخر بالتعاون مع النادي\".",
            ["Direct|عبدالله بن عفيف|نفخر بالتعاون مع النادي"] },
        { "وقال رئيس نقابة صيادي السمك في الولاية أبو بكر غامندي إن القرى هوجمت.", ["Indirect|أبو بكر غامندي|القرى هوجمت"] },
        // A claim verb's object after a comma before its preposition, or after a weekday, is the claim; a family name
        // with the article before the verb's preposition is strong enough a subject.
        { "وأعلنت وزارة الصحة، عن تسجيل حالة إصابة جديدة.", ["Indirect|وزارة الصحة|تسجيل حالة إصابة جديدة"] },
        { "واعلنت سلطات الإقليم السبت عن ستة قتلى من السكان.", ["Indirect|سلطات الإقليم|ستة قتلى من السكان"] },
        { "وقال المدير خالد العليان إن العمل مستمر. وأكد العليان على أهمية الخدمات الإلكترونية.",
            ["Indirect|خالد العليان|العمل مستمر", "Indirect|خالد العليان|أهمية الخدمات الإلكترونية"] },
        // Pointing cues (لفت، ألمح) report what follows إلى, past a noun of attention; "لفت نظري" reports nothing.
        { "وألمح التقرير إلى إمكانية تراجع معدل النمو.", ["Indirect|التقرير|إمكانية تراجع معدل النمو"] },
        { "وقال المدير خالد العليان إن العمل مستمر، لافتا النظر إلى ضرورة الالتزام بالمواعيد.",
            ["Indirect|خالد العليان|العمل مستمر", "Indirect|خالد العليان|ضرورة الالتزام بالمواعيد"] },
        { "وقال المدير خالد العليان إن العمل مستمر. ولفت نظري في الحفل تكاتف الأسر.", ["Indirect|خالد العليان|العمل مستمر"] },
        // A title that is also a given name opens a lineage ("سلطان بن سلمان"), and after the father's name a common word
        // is the object, not a grandfather; a place in a title is no holder's name; an adverb before a cue is no subject.
        { "واعتبر الأمير سلطان بن سلمان تسجيل الرسوم الصخرية إنجازا كبيرا.", ["Indirect|سلطان بن سلمان|تسجيل الرسوم الصخرية إنجازا كبيرا"] },
        { "وأشار مساعد أمين غرفة جدة إلى أن الزيارة ناجحة.", ["Indirect|مساعد أمين غرفة جدة|الزيارة ناجحة"] },
        { "مؤخراً وصف الوزير خالد الشمري الوضع بأنه مستقر.", ["Indirect|خالد الشمري|مستقر"] },
        // A role named again with another wording of its place ("في وزارة …" for "بالوزارة") is the holder named before;
        // two words in common are not enough ("وزير الخارجية البريطاني" is not "وزير الخارجية الأمريكي").
        { "وقال المدير العام للعلاقات الخارجية بالوزارة عبدالمجيد العمري إن المؤتمر ناجح. وأشار المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية إلى أن الندوة مهمة.",
            ["Indirect|عبدالمجيد العمري|المؤتمر ناجح", "Indirect|عبدالمجيد العمري|الندوة مهمة"] },
        { "وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد. وقال وزير الخارجية البريطاني في لندن إن الاتفاق متوازن.",
            ["Indirect|جون كيري|الاتفاق جيد", "Indirect|وزير الخارجية البريطاني|الاتفاق متوازن"] },
        // A cue after حسبما, بحسب ما, وفق ما or كما with no clause of its own is the source of the clause before it; after
        // كما, which is also "and also", only when nothing follows its subject.
        { "وقتل 27 شخصا في الفيضانات، حسبما أفاد أمس مسؤول الإغاثة.", ["Indirect|مسؤول الإغاثة|وقتل 27 شخصا في الفيضانات"] },
        { "وارتفعت الأسعار بنسبة 5 في المائة، بحسب ما أعلنت الهيئة العامة للإحصاء.", ["Indirect|الهيئة العامة للإحصاء|وارتفعت الأسعار بنسبة 5 في المائة"] },
        { "وتأجل الاجتماع إلى الأسبوع المقبل، وفق ما قال مصدر مطلع.", ["Indirect|مصدر مطلع|وتأجل الاجتماع إلى الأسبوع المقبل"] },
        { "وارتفعت الأسعار بنسبة 5 في المائة، كما أعلنت الهيئة العامة للإحصاء.", ["Indirect|الهيئة العامة للإحصاء|وارتفعت الأسعار بنسبة 5 في المائة"] },
        { "وافتتح المعرض أمس، كما أعلنت الوزارة عن إطلاق برنامج جديد.", ["Indirect|الوزارة|إطلاق برنامج جديد"] },
        // A cue in the relative clause of a statement the sentence's subject gave ("كلمة قال فيها", "بيانا أكدت فيه") has
        // that subject as its speaker, not the statement or a word between.
        { "وأصدرت الوزارة بيانا أكدت فيه أن الحادث معزول.", ["Indirect|الوزارة|الحادث معزول"] },
        { "وألقى وزير الصحة كلمة في الحفل أكد فيها أن الخدمات تحسنت.", ["Indirect|وزير الصحة|الخدمات تحسنت"] },
        // Right after a cue, God's name is the speaker and its epithets praise ("عز وجل"); elsewhere الله is no speaker.
        { "يقول الله عز وجل: {وتعاونوا على البر والتقوى}.", ["Direct|الله|وتعاونوا على البر والتقوى"] },
        { "وقال المؤرخ ابن خلدون رحمه الله إن الظلم مؤذن بخراب العمران.", ["Indirect|ابن خلدون|الظلم مؤذن بخراب العمران"] },
        // The addressee's pronoun between a cue and its subject ("قال لي أدول") is passed over, but not after a participle,
        // whose speech it opens, nor to an accusative of manner ("فقال له متهكماً").
        { "قال لي الروائي حجاج أدول: أهل النوبة يعتقدون ذلك منذ القدم.", ["Direct|حجاج أدول|أهل النوبة يعتقدون ذلك منذ القدم"] },
        { "وأوضح لي الدكتور سعد الغامدي أن المرض منتشر.", ["Indirect|سعد الغامدي|المرض منتشر"] },
        // A source followed by a cue with its own speaker relays it; the cue reports ("وبحسب «رويترز» ذكر نوفاك أنه").
        { "وبحسب «رويترز» ذكر نوفاك أنه لا يرى أي تغيير في الأسواق.", ["Indirect|نوفاك|لا يرى أي تغيير في الأسواق"] },
        { "ووفقا للبي بي سي قال البروفيسور إيان ماكدونالد إن الأدلة قوية.", ["Indirect|إيان ماكدونالد|الأدلة قوية"] },
        // A time phrase after a name ends it ("الأسبوع الماضي"; "المدير العام" is a title, not a year); the person a
        // spokesperson speaks for is not the spokesperson.
        { "وقال وزير الطاقة سهيل بن محمد المزروعي الأسبوع الماضي إن النظام الجديد سيساعد.", ["Indirect|سهيل بن محمد المزروعي|النظام الجديد سيساعد"] },
        { "وقال محمد صبيح الأمين العام المساعد للجامعة إن الانتهاكات مستمرة.", ["Indirect|محمد صبيح|الانتهاكات مستمرة"] },
        { "وأفاد المتحدث باسم بحاح أن الرئيس قد يعود إلى عدن.", ["Indirect|المتحدث باسم بحاح|الرئيس قد يعود إلى عدن"] },
        { "وقال المتحدث باسم الوزارة خالد العنزي إن العمل مستمر.", ["Indirect|خالد العنزي|العمل مستمر"] },
        // A cue joined by و with its object's pronoun ("ووصفتها") shares the subject of its sentence's verb, a country too,
        // not the word before it.
        { "أدانت الولايات المتحدة أمس الهجمات الانتحارية في الكاميرون ووصفتها بأنها «مروعة وعشوائية».", ["Partial|الولايات المتحدة|مروعة وعشوائية"] },
        // A cue after حيث or إذ with no subject of its own shares its sentence's subject.
        { "وظهر الشاب ديفي في نشرة الأخبار، حيث قال “بإمكاني إدارة شؤوني بنفسي”.", ["Direct|ديفي|بإمكاني إدارة شؤوني بنفسي"] },
        // على goes on a title ("المشرف العام على …") up to its holder's name, and the preposition is not the name علي.
        { "وأوضح المشرف العام على العلاقات العامة بوزارة الحج علي بن محمد الغامدي قائلا: إن الوزارة كلفت فريقا بالدراسة.",
            ["Direct|علي بن محمد الغامدي|إن الوزارة كلفت فريقا بالدراسة"] },
        // The speech noun of a relayed statement may follow the source's apposition ("نقلت الصحيفة عن X، رئيس …، قوله").
        { "ونقلت صحيفة «هندوستان تايمز» عن أميت جاين، رئيس خدمة «أوبر» في الهند، قوله إن الأموال ستستخدم للتوسع.",
            ["Indirect|أميت جاين|الأموال ستستخدم للتوسع"] },
        // "ذلك" as the object between a cue and its subject is neither.
        { "أوضح ذلك رئيس مجلس إدارة النادي الدكتور عبدالله الحيدري، أن المجال مفتوح للجميع.", ["Indirect|عبدالله الحيدري|المجال مفتوح للجميع"] },
    };

    // A phrase written `times` times, joined by spaces.
    private static string Words(string phrase, int times) => string.Join(' ', Enumerable.Repeat(phrase, times));

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Real_copy_is_read_as_a_reader_of_news_would(string paragraph, string[] expected)
    {
        string text = "خبر\n" + paragraph;
        QuoteExtractor.Default.Extract(text).Select(q => $"{q.Kind}|{q.Speaker?.Name}|{q.Span.Slice(text).ToString()}")
            .Should().Equal(expected);
    }

    // A bare body looks back BodyLookBack (300) words for the name given before: "شركة" is 300 words before
    // "الشركة" with 294 words between their sentences, 301 with 295.
    [Theory]
    [InlineData(294, "شركة الاتصالات المتقدمة")]
    [InlineData(295, "الشركة")]
    public void A_bare_body_looks_back_a_bounded_way_for_its_name(int between, string speaker)
    {
        string text = "خبر\nوافق مجلس إدارة شركة الاتصالات المتقدمة على الخطة. " + Words("نص", between) + ". وأكدت الشركة أن الخطة تبدأ قريبا.";
        QuoteExtractor.Default.Extract(text).Select(q => q.Speaker?.Name).Should().Equal(speaker);
    }

    // A title and its holder before a claim with no clause run over at most MaxTitleWords (14) words: the name of two
    // words ends the 14th word after 11 words between it and the title, and is cut by the bound after 12.
    [Theory]
    [InlineData(11, "خالد العمري")]
    [InlineData(12, "مدير الإدارة الإدارة الإدارة الإدارة الإدارة")]
    public void A_title_reaches_its_holder_over_a_bounded_number_of_words(int between, string speaker)
    {
        string text = "خبر\nأكد مدير " + Words("الإدارة", between) + " خالد العمري نجاح العملية.";
        QuoteExtractor.Default.Extract(text).Select(q => q.Speaker?.Name).Should().Equal(speaker);
    }

    // A cue joined inside its sentence takes the subject the sentence opened with when that subject is named in the
    // sentence's first OpeningSubjectWords (6) words: the name is the 6th word after five words before it, the 7th after six.
    [Theory]
    [InlineData("وفي هذا السياق ثمن المهندس", SpeakerEvidence.MainClause)]
    [InlineData("وفي هذا السياق المهم ثمن المهندس", SpeakerEvidence.Continuation)]
    public void A_joined_cue_shares_a_subject_named_early_in_its_sentence(string opening, SpeakerEvidence evidence)
    {
        string text = "خبر\nوقال الوزير إن الموسم ناجح. " + opening + " خالد العتيبي دعم الأمير سلطان بن فهد للمشروع، وأشار إلى أن العمل يسير.";
        QuoteExtractor.Default.Extract(text).Select(q => (q.Speaker?.Name, q.Evidence))
            .Should().Equal(("الوزير", SpeakerEvidence.Body), ("خالد العتيبي", evidence));
    }

    // An interview: in an article with three paragraphs ending in a question (InterviewQuestions), the paragraph after
    // each is the answer of the person named first; with two, they are only questions. An answer's own words end
    // where it quotes someone else. A question-and-answer column that names no one quotes its answers with no speaker.
    [Theory]
    [InlineData(3, true, 3)]
    [InlineData(2, true, 0)]
    [InlineData(3, false, 3)]
    [InlineData(2, false, 0)]
    public void The_answers_of_an_interview_are_its_interviewees(int questions, bool named, int answers)
    {
        string[] pairs =
        [
            "* ما رأيك في الموسم الماضي؟\n- الموسم كان ناجحا جدا للجميع.",
            "* وماذا عن اللاعبين الجدد؟\n- اللاعبون قدموا كل ما لديهم، وقال المدير: «نحن فخورون».",
            "* وما خططك المقبلة للفريق؟\n- سنعمل على تطوير الفريق كثيرا.",
        ];
        string lead = named ? "قال مدرب الفريق خالد العمري إن الموسم صعب.\n" : "سؤال وجواب عن الموسم\n";
        string text = "خبر\n" + lead + string.Join("\n", pairs.Take(questions));
        IReadOnlyList<QuoteMention> quotes = QuoteExtractor.Default.Extract(text);
        string[] answerStarts = ["الموسم كان", "اللاعبون قدموا", "سنعمل على"];
        List<QuoteMention> found = quotes.Where(q => answerStarts.Any(a => q.Span.Slice(text).ToString().StartsWith(a, System.StringComparison.Ordinal))).ToList();
        found.Should().HaveCount(answers);
        found.Should().NotContain(q => q.Kind != QuoteKind.Direct);
        found.Select(q => q.Speaker?.Name).Should().Equal(Enumerable.Repeat(named ? "خالد العمري" : null, answers));
        if (answers > 0)
        {
            found.Select(q => q.Span.Slice(text).ToString()).Should().Contain("اللاعبون قدموا كل ما لديهم");
        }
    }

    [Fact]
    public void An_announcement_without_an_clause_is_not_read_in_a_headline()
    {
        const string Text = "الناتو يعلن وجود قوات أجنبية في المنطقة\nونفى الوزير وجود أي خلافات داخل المجلس.";
        QuoteExtractor.Default.Extract(Text).Select(q => q.Span.Slice(Text).ToString()).Should().Equal("وجود أي خلافات داخل المجلس");
    }

    [Theory]
    [InlineData("الرياض: وصل وفد رفيع إلى العاصمة اليوم\nنص الخبر.", 0)] // a dateline: a city
    [InlineData("كوريا الشمالية: نحو 800 ألف تطوعوا للقتال\nنص الخبر.", 1)] // a country speaks
    [InlineData("جنوب السودان: تلويح أوباما بالعقوبات لن يخيفنا\nنص الخبر.", 1)] // a country whose first word is common
    [InlineData("تحذير: الأمطار تضرب المنطقة\nنص الخبر.", 0)] // a common word alone is a label
    [InlineData("ابن المواطنة المتهمة في القضية: والدتي بريئة من كل التهم\nونفى ابن المواطنة التهمة عن والدته.", 1)] // five words, named again in the lead
    [InlineData("ابن المواطنة المتهمة في القضية: والدتي بريئة من كل التهم\nوتابعت الصحيفة القضية منذ أيام.", 0)] // five words, not named again
    [InlineData("والد الطالب المتوفى في حادث المدرسة: ابني ضحية الإهمال في المدرسة\nوقال والد الطالب إن ابنه ضحية.", 1)] // six words, named again
    [InlineData("والد الطالب المتوفى في حادث المدرسة الأليم: ابني ضحية الإهمال في المدرسة\nوقال والد الطالب إن ابنه ضحية.", 0)] // seven words
    [InlineData("تحذير: الأمطار تضرب المنطقة\nوقالت الهيئة إن التحذير مستمر.", 0)] // named again in the speech, not as who speaks
    [InlineData("الجوازات: تصحيح أوضاع 300 ألف مقيم\nوقالت المديرية العامة للجوازات إن العدد كبير.", 1)] // the lead names it as who speaks
    [InlineData("\"الصحة\": وفاة جديدة بالفيروس\nوأعلنت وزارة الصحة تسجيل وفاة.", 1)] // in quotation marks, after a body noun
    public void A_city_before_a_colon_is_a_dateline_and_a_country_a_speaker(string text, int headlines) =>
        QuoteExtractor.Default.Extract(text).Count(q => q.Kind == QuoteKind.Headline).Should().Be(headlines);
}
