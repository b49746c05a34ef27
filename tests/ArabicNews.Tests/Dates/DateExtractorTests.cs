using System;
using System.Diagnostics;
using System.Linq;
using ArabicNews.Dates;
using ArabicNews.Numbers;

namespace ArabicNews.Tests.Dates;

/// <summary><see cref="DateExtractor"/>: what each form of date reads as, resolved against Saturday 2024-11-02.</summary>
public class DateExtractorTests
{
    private static readonly DateOnly s_reference = new(2024, 11, 2);

    // text, then each expected mention as "slice|kind|iso|grain|calendar".
    public static TheoryData<string, string[]> Cases => new()
    {
        // Numeric dates: ISO is always year-month-day; otherwise day first, in any digit script.
        { "في 2024-11-02 و2024/11/03", ["2024-11-02|Date|2024-11-02|Day|Gregorian", "2024/11/03|Date|2024-11-03|Day|Gregorian"] },
        { "في ٠٢/١١/٢٠٢٤ و2-11-2024", ["٠٢/١١/٢٠٢٤|Date|2024-11-02|Day|Gregorian", "2-11-2024|Date|2024-11-02|Day|Gregorian"] },
        { "يوم 31/02/2024 أو 13/13/2024", [] },
        // Month names of every region, paired forms, days as digits or ordinals, years alone.
        { "في 27 مايو و15 آب وأول يناير", ["27 مايو|Date|2024-05-27|Day|Gregorian", "15 آب|Date|2024-08-15|Day|Gregorian", "أول يناير|Date|2024-01-01|Day|Gregorian"] },
        { "الخامس من كانون الثاني 2023", ["الخامس من كانون الثاني 2023|Date|2023-01-05|Day|Gregorian"] },
        { "في 5 جوان و3 جويلية و7 غشت", ["5 جوان|Date|2024-06-05|Day|Gregorian", "3 جويلية|Date|2024-07-03|Day|Gregorian", "7 غشت|Date|2024-08-07|Day|Gregorian"] },
        { "منذ فبراير/ شباط 2022", ["فبراير/ شباط 2022|Month|2022-02|Month|Gregorian"] },
        { "في أكتوبر /تشرين الأول الماضي", ["أكتوبر /تشرين الأول الماضي|Month|2024-10|Month|Gregorian"] },
        { "عام 1949 والعام 2023", ["عام 1949|Year|1949|Year|Gregorian", "العام 2023|Year|2023|Year|Gregorian"] },
        // Months that are also words or names need context.
        { "مارس الضغط على رجب", [] },
        { "في مارس وفي رمضان", ["مارس|Month|2024-03|Month|Gregorian", "رمضان|Month|2024-03-11/2024-04-09|Day|Hijri"] },
        // Hijri dates, converted with Umm al-Qura.
        { "1 رمضان 1445 هـ", ["1 رمضان 1445 هـ|Date|2024-03-11|Day|Hijri"] },
        { "عام 1445 هـ", ["عام 1445 هـ|Year|2023-07-19/2024-07-06|Day|Hijri"] },
        { "في 31 صفر 1446", ["31 صفر 1446|Date||Day|Hijri"] },
        // A Hijri date written year first, the era glued to its day.
        { "يوم الخميس الموافق 1436/10/7هـ", ["يوم الخميس الموافق 1436/10/7هـ|Date|2015-07-23|Day|Hijri"] },
        // Outside Umm al-Qura's 1318–1500 AH, the tabular Hijri calendar: the fall of Constantinople.
        { "سقطت القسطنطينية عام 857هـ", ["عام 857هـ|Year|1453-01-20/1454-01-08|Day|Hijri"] },
        // Weekdays: the most recent one; the written weekday wins over "today".
        { "قال الجمعة إن", ["الجمعة|Weekday|2024-11-01|Day|Gregorian"] },
        { "اليوم الجمعة", ["اليوم الجمعة|Weekday|2024-11-01|Day|Gregorian"] },
        // A future cue before the date in its sentence resolves it forward.
        { "سيزور الرئيس موسكو الخميس. وزار بكين الخميس", ["الخميس|Weekday|2024-11-07|Day|Gregorian", "الخميس|Weekday|2024-10-31|Day|Gregorian"] },
        { "من المقرر أن تعقد القمة في مارس", ["مارس|Month|2025-03|Month|Gregorian"] },
        // Verbs in the future that the corpus counts (future-verbs.tsv), not only the hand-listed ones.
        { "سيقوم البنك برفع أسعار الفائدة في مارس", ["مارس|Month|2025-03|Month|Gregorian"] },
        { "قام البنك برفع أسعار الفائدة في مارس", ["مارس|Month|2024-03|Month|Gregorian"] },
        { "يوم /الأربعاء/ الماضي والأحد المقبل", ["يوم /الأربعاء/ الماضي|Weekday|2024-10-30|Day|Gregorian", "الأحد المقبل|Weekday|2024-11-03|Day|Gregorian"] },
        { "الاثنين 12 يناير 2015", ["الاثنين 12 يناير 2015|Date|2015-01-12|Day|Gregorian"] },
        { "بين الاثنين والخميس الحادي عشر", ["بين الاثنين والخميس|Range|2024-10-28/2024-10-31|Day|Gregorian"] },
        // Relative expressions.
        { "أمس وأول أمس وغداً وبعد غد", ["أمس|Relative|2024-11-01|Day|Gregorian", "أول أمس|Relative|2024-10-31|Day|Gregorian", "غداً|Relative|2024-11-03|Day|Gregorian", "بعد غد|Relative|2024-11-04|Day|Gregorian"] },
        { "الأسبوع الماضي والشهر المقبل والعام الجاري", ["الأسبوع الماضي|Relative|2024-W43|Week|Gregorian", "الشهر المقبل|Relative|2024-12|Month|Gregorian", "العام الجاري|Relative|2024|Year|Gregorian"] },
        { "نوفمبر الجاري ويونيو الماضي وديسمبر المقبل", ["نوفمبر الجاري|Month|2024-11|Month|Gregorian", "يونيو الماضي|Month|2024-06|Month|Gregorian", "ديسمبر المقبل|Month|2024-12|Month|Gregorian"] },
        { "قبل شهرين وبعد أسبوعين", ["قبل شهرين|Relative|2024-09-02|Day|Gregorian", "بعد أسبوعين|Relative|2024-11-16|Day|Gregorian"] },
        // Parts of a month or year, and other spans.
        { "أواخر مارس ومطلع العام المقبل ومنتصف 2023", ["أواخر مارس|Range|2024-03-21/2024-03-31|Day|Gregorian", "مطلع العام المقبل|Range|2025-01/2025-04|Month|Gregorian", "منتصف 2023|Range|2023-05/2023-08|Month|Gregorian"] },
        { "من 13 إلى 15 تموز", ["من 13 إلى 15 تموز|Range|2024-07-13/2024-07-15|Day|Gregorian"] },
        { "من 2014 إلى 2018", ["من 2014|Year|2014|Year|Gregorian", "2018|Year|2018|Year|Gregorian"] },
        { "الأيام الثلاثة الماضية", ["الأيام الثلاثة الماضية|Range|2024-10-30/2024-11-01|Day|Gregorian"] },
        { "في الربع الثالث من عام 2023 وفي السبعينيات", ["الربع الثالث من عام 2023|Range|2023-07/2023-09|Month|Gregorian", "السبعينيات|Range|1970/1979|Year|Gregorian"] },
        { "عيد الفطر وعيد الميلاد 2020", ["عيد الفطر|Date|2024-04-10|Day|Gregorian", "عيد الميلاد 2020|Date|2020-12-25|Day|Gregorian"] },
        { "نهاية الأسبوع المقبل وبقية العام والعقد الماضي", ["نهاية الأسبوع المقبل|Range|2024-11-08/2024-11-10|Day|Gregorian", "بقية العام|Range|2024-11-02/2024-12-31|Day|Gregorian", "العقد الماضي|Range|2014/2023|Year|Gregorian"] },
        { "في العام قبل الماضي وأواخر العام ما قبل الماضي والأسبوع قبل الماضي والخميس قبل الماضي ومارس قبل الماضي", ["العام قبل الماضي|Relative|2022|Year|Gregorian", "أواخر العام ما قبل الماضي|Range|2022-09/2022-12|Month|Gregorian", "الأسبوع قبل الماضي|Relative|2024-W42|Week|Gregorian", "الخميس قبل الماضي|Weekday|2024-10-24|Day|Gregorian", "مارس قبل الماضي|Month|2023-03|Month|Gregorian"] },
        { "الأسبوع بعد المقبل والأسبوع المقبل بين الأربعاء والجمعة", ["الأسبوع بعد المقبل|Relative|2024-W46|Week|Gregorian", "الأسبوع المقبل بين الأربعاء والجمعة|Range|2024-11-06/2024-11-08|Day|Gregorian"] },
        // Durations are not calendar dates.
        { "منذ ثلاث سنوات وخلال العامين الماضيين ولمدة 5 أيام", ["منذ ثلاث سنوات|Duration|P3Y|Year|Gregorian", "خلال العامين الماضيين|Duration|P2Y|Year|Gregorian", "لمدة 5 أيام|Duration|P5D|Day|Gregorian"] },
        // Not dates: ordinals of other nouns, "the two", "the eleventh", counts after في.
        { "الأسبوع الأول والمرة الأولى في تشرين الأول", ["تشرين الأول|Month|2024-10|Month|Gregorian"] },
        { "بين الاثنين اتفاق، والأحد عشر لاعبا، وفي 2500 حالة", [] },
    };

    // The forms of real news copy, each rule with a case on either side of it; same format, same reference.
    public static TheoryData<string, string[]> NewsCases => new()
    {
        // A month named twice, in parentheses or side by side, is one date, and what follows the pair belongs to it.
        { "في 14 يوليو (تموز) وقع", ["14 يوليو (تموز)|Date|2024-07-14|Day|Gregorian"] },
        { "في سبتمبر (أيلول) المقبل", ["سبتمبر (أيلول) المقبل|Month|2025-09|Month|Gregorian"] },
        { "منذ مايو أيار 2023", ["مايو أيار 2023|Month|2023-05|Month|Gregorian"] },
        // The Nth of a feast's days; "العيد" is the nearer of the two Eids in the tense's direction, and a date only so.
        { "في ثاني أيام عيد الفطر وثالث أيام العيد", ["ثاني أيام عيد الفطر|Date|2024-04-11|Day|Gregorian", "ثالث أيام العيد|Date|2024-06-18|Day|Gregorian"] },
        { "بعد صلاة العيد وخلال أيام العيد", [] },
        // A year before a dash and a later year with its era is in that era, within a lifetime (120 years) of it.
        { "عاش (1330 – 1450ه) وعاش (1329 – 1450ه)", ["1330|Year|1911-12-21/1912-12-08|Day|Hijri", "1450ه|Year|2028-05-25/2029-05-13|Day|Hijri", "1450ه|Year|2028-05-25/2029-05-13|Day|Hijri"] },
        // A month right after a noun of a contract, delivery or shipment is the coming one; after another noun, past.
        { "عقود برنت تسليم أغسطس. وتم تسليم الجوائز في أغسطس", ["أغسطس|Month|2025-08|Month|Gregorian", "أغسطس|Month|2024-08|Month|Gregorian"] },
        // Years after, with nothing that puts the sentence in the future, are time gone by; after a future cue, a year to come.
        { "رفعت عنها العقوبات بعد 33 عاما، وسيعود الوفد بعد ثلاث سنوات", ["بعد 33 عاما|Duration|P33Y|Year|Gregorian", "بعد ثلاث سنوات|Relative|2027-11-02|Day|Gregorian"] },
        // The year written after a relative year is the date's; after the dual عامي the second year is one whatever
        // follows it; a count never takes a unit with the article.
        { "العام الماضي 2023 وبين عامي 2012 و2014 قام ومنذ 2010 الأسبوع الماضي", ["العام الماضي 2023|Year|2023|Year|Gregorian", "عامي 2012|Year|2012|Year|Gregorian", "2014|Year|2014|Year|Gregorian", "2010|Year|2010|Year|Gregorian", "الأسبوع الماضي|Relative|2024-W43|Week|Gregorian"] },
        { "زارها في سنة 1987 و2006 كوجيلو، وفي 2012 و2014 جندي", ["سنة 1987|Year|1987|Year|Gregorian", "2006|Year|2006|Year|Gregorian", "2012|Year|2012|Year|Gregorian"] },
        // A bare month in the title is the one the body resolves it to, unless the body names another one in the past.
        { "ندوة حول الإرهاب في مارس\nتعقد الندوة في مارس المقبل بالعاصمة.", ["مارس|Month|2025-03|Month|Gregorian", "مارس المقبل|Month|2025-03|Month|Gregorian"] },
        { "مسلسل جديد في رمضان\nوكان قد شارك في رمضان قبل الماضي.", ["رمضان|Month|2024-03-11/2024-04-09|Day|Hijri", "رمضان قبل الماضي|Month|2023-03-23/2023-04-20|Day|Hijri"] },
        // A season typed in reading order ("2004/ 2003") is two years too, and so is one after و; two years apart are not.
        { "منذ موسم 2004/ 2003 وفي موسمي 2012/ 2011 و2013/ 2012 والرقم 2005/2007", ["2004|Year|2004|Year|Gregorian", "2003|Year|2003|Year|Gregorian", "2012|Year|2012|Year|Gregorian", "2011|Year|2011|Year|Gregorian", "2013|Year|2013|Year|Gregorian", "2012|Year|2012|Year|Gregorian"] },
        // A year before a slash and the year next to it with its era is in that era; two years apart are not.
        { "العام الجامعي 1447/1446هـ والقرار 1443/1446هـ", ["1447|Year|2025-06-26/2026-06-15|Day|Hijri", "1446هـ|Year|2024-07-07/2025-06-25|Day|Hijri", "1446هـ|Year|2024-07-07/2025-06-25|Day|Hijri"] },
        // A month of a year named after من; a season in a Hijri year is its months in the Gregorian year they fall in.
        { "في يونيو من العام الماضي وفي مارس من عام 2012 وفي صيف 1444هـ", ["يونيو من العام الماضي|Month|2023-06|Month|Gregorian", "مارس من عام 2012|Month|2012-03|Month|Gregorian", "صيف 1444هـ|Range|2023-06/2023-08|Month|Gregorian"] },
        // A season's year with no era from 1300 to 1499 is Hijri too; 1299, 1500, or one with م, is Gregorian.
        { "في صيف 1444 وفي صيف 1499 وفي صيف 1500 وفي صيف 1299 وفي صيف 1444م", ["صيف 1444|Range|2023-06/2023-08|Month|Gregorian", "صيف 1499|Range|2076-06/2076-08|Month|Gregorian", "صيف 1500|Range|1500-06/1500-08|Month|Gregorian", "صيف 1299|Range|1299-06/1299-08|Month|Gregorian", "صيف 1444م|Range|1444-06/1444-08|Month|Gregorian"] },
        // A half of a year, as a quarter is: two of them (a third half is none).
        { "خلال النصف الأول من 2015 والنصف الثاني من العام الماضي والنصف الثالث", ["النصف الأول من 2015|Range|2015-01/2015-06|Month|Gregorian", "النصف الثاني من العام الماضي|Range|2023-07/2023-12|Month|Gregorian"] },
        // A bare year stands before a conjunction of time or a pronoun too ("بعدما", "هي").
        { "جدد عقده إلى 2017 بعدما قاد الفريق، وانتخابات 2011 هي الأخيرة", ["2017|Year|2017|Year|Gregorian", "2011|Year|2011|Year|Gregorian"] },
        // After a two-word cue of a start ("اعتبارا من") four digits are a year whatever follows; after من alone, a count.
        { "واعتبارا من 1974 بدأ اسمه يعرف، ومن 2000 مشارك", ["1974|Year|1974|Year|Gregorian"] },
        // Digits glued after a month or a weekday belong to the date all the same.
        { "في أيار/مايو2013 ويوم الخميس17/4/1436هـ", ["أيار/مايو2013|Month|2013-05|Month|Gregorian", "يوم الخميس17/4/1436هـ|Date|2015-02-06|Day|Hijri"] },
        // A season or fiscal year, two years in a row with a slash, is two years; two others are a chain of digits.
        { "توج بطلا لدوري 2014/2015، وفي 2014/2016 رسوم", ["2014|Year|2014|Year|Gregorian", "2015|Year|2015|Year|Gregorian", "2014|Year|2014|Year|Gregorian"] },
        // "في اليوم" after a count is each day; "الليلة" is tonight unless a definite word after it makes it a night.
        { "يزوره 39 ألف زائر في اليوم. ويلتقي الفريقان الليلة في الرياض، وفي الليلة الأولى من المهرجان", ["الليلة|Relative|2024-11-02|Day|Gregorian"] },
        // Only the nouns among the relative days (اليوم، الليلة: flag "noun") give way to a noun phrase; an adverb does not.
        { "وأكد بالأمس الوزير أن المشروع جاهز", ["الأمس|Relative|2024-11-01|Day|Gregorian"] },
        { "بين يوليو (أغسطس)", ["يوليو|Month|2024-07|Month|Gregorian", "أغسطس|Month|2024-08|Month|Gregorian"] },
        // Names that hold a date word; a date word alone in quotation marks is an outlet.
        { "قال لـ«عين اليوم» ولصحيفة «اليوم» إن الربيع العربي انتهى", [] },
        { "قال «سنعود اليوم» إلى الملعب", ["اليوم|Relative|2024-11-02|Day|Gregorian"] },
        // A category that holds a weekday (the Friday sermons, its pulpit) is no date; the weekday alone is.
        { "ويبقى منبر الجمعة مؤثرا، ووزعت الوزارة خطب الجمعة على الأئمة يوم الجمعة", ["يوم الجمعة|Weekday|2024-11-01|Day|Gregorian"] },
        // Scores are not Hijri dates; بكرة "with a ball" is tomorrow only alone in its clause.
        { "فاز الفريق 2-صفر وخسر 1- صفر", [] },
        { "في 2 صفر 1446", ["2 صفر 1446|Date|2024-08-06|Day|Hijri"] },
        { "سدد اللاعب بكرة قوية", [] },
        { "نلتقي بكرة.", ["بكرة|Relative|2024-11-03|Day|Gregorian"] },
        // After a part of a day, اليوم is today whatever follows; after خلال or على مدار it is any day.
        { "تحسم اللجنة مساء اليوم الجدل", ["اليوم|Relative|2024-11-02|Day|Gregorian"] },
        { "تحسم اللجنة اليوم الجدل وعلى مدار اليوم", [] },
        // The month after the reference's is the coming one; the one after that, and one after منذ, the past one.
        { "حتى 15 ديسمبر", ["15 ديسمبر|Date|2024-12-15|Day|Gregorian"] },
        { "في يناير", ["يناير|Month|2024-01|Month|Gregorian"] },
        { "منذ ديسمبر", ["ديسمبر|Month|2023-12|Month|Gregorian"] },
        { "منتصف جمادى الأولى", ["منتصف جمادى الأولى|Range|2024-11-13/2024-11-22|Day|Hijri"] },
        // Tense: a present tense for what is scheduled, a cue up to eight words back, and a date of the same kind
        // right after a forward one in its sentence; a new sentence starts over.
        { "يخوض الفريق مباراته يوم (الاثنين)", ["يوم (الاثنين|Weekday|2024-11-04|Day|Gregorian"] },
        { "يتوقع أن يعود وزير الخارجية إلى طهران مساء الاثنين", ["الاثنين|Weekday|2024-11-04|Day|Gregorian"] },
        { "من المقرر أن يصل الوزير الأحد ويلتقي رئيس الحكومة الثلاثاء. وغادر الخميس", ["الأحد|Weekday|2024-11-03|Day|Gregorian", "الثلاثاء|Weekday|2024-11-05|Day|Gregorian", "الخميس|Weekday|2024-10-31|Day|Gregorian"] },
        // A month written without a year in a title takes the next year when the body writes it so; not the year before.
        { "26 فبراير موعد الانتخابات. وتجري في 26 فبراير 2025", ["26 فبراير|Date|2025-02-26|Day|Gregorian", "26 فبراير 2025|Date|2025-02-26|Day|Gregorian"] },
        { "في أغسطس 2023 ثم في أغسطس", ["أغسطس 2023|Month|2023-08|Month|Gregorian", "أغسطس|Month|2024-08|Month|Gregorian"] },
        // Ranges over the end of a year.
        { "من 25 ديسمبر إلى 5 يناير", ["من 25 ديسمبر إلى 5 يناير|Range|2024-12-25/2025-01-05|Day|Gregorian"] },
        { "من 25 ذي الحجة وحتى الرابع من محرم", ["من 25 ذي الحجة وحتى الرابع من محرم|Range|2025-06-21/2025-06-29|Day|Hijri"] },
        // Two weekdays after يومي, with the days they fall on or a direction after the second; two days joined by و.
        { "يومي الأربعاء والخميس الموافق 6 و7 نوفمبر", ["يومي الأربعاء والخميس الموافق 6 و7 نوفمبر|Range|2024-11-06/2024-11-07|Day|Gregorian"] },
        { "يعقد المجلس جلساته يومي الثلاثاء والأربعاء المقبلين", ["يومي الثلاثاء والأربعاء المقبلين|Range|2024-11-05/2024-11-06|Day|Gregorian"] },
        { "الرابع والخامس من ديسمبر", ["الرابع والخامس من ديسمبر|Range|2024-12-04/2024-12-05|Day|Gregorian"] },
        // ل before a month that is no common word; a relative day and its weekday; a weekday that is a family name.
        { "ارتفعت الأسعار ليوليو ولرجب", ["يوليو|Month|2024-07|Month|Gregorian"] },
        { "أمس الجمعة ويوم غد (الأحد) وأمس الخميس", ["أمس الجمعة|Relative|2024-11-01|Day|Gregorian", "يوم غد (الأحد|Relative|2024-11-03|Day|Gregorian", "أمس الخميس|Relative|2024-10-31|Day|Gregorian"] },
        // A day gone by is never after the reference (a Saturday): "أمس الأحد" is the Sunday before, though the Sunday to
        // come is nearer to أمس; "أمس السبت", the reference itself, stays (an article dated a day late).
        { "وقال أمس الأحد", ["أمس الأحد|Relative|2024-10-27|Day|Gregorian"] },
        { "وقال أمس السبت", ["أمس السبت|Relative|2024-11-02|Day|Gregorian"] },
        { "ويزور الرياض بعد غد الأربعاء", ["بعد غد الأربعاء|Relative|2024-11-06|Day|Gregorian"] },
        { "عين علي بن محمد الجمعة عضوا، والتقى محمد الجمعة", ["الجمعة|Weekday|2024-11-01|Day|Gregorian"] },
        // Lengths of time and periods: a singular unit that names its date, a period with the article, an event.
        { "طوال شهر رمضان", ["شهر رمضان|Month|2024-03-11/2024-04-09|Day|Hijri"] },
        { "خلال العام الماضي وخلال العام", ["العام الماضي|Relative|2023|Year|Gregorian"] },
        { "بعد 17 عاما من تأسيسه وبعد شهر واحد", ["بعد 17 عاما|Duration|P17Y|Year|Gregorian", "بعد شهر واحد|Relative|2024-12-02|Day|Gregorian"] },
        // Bare years: after a year cue or any word but a count's, and before no count's noun, unit or scale.
        { "منذ 2011 وفي 2013 مبلغ وكأس العالم 2006، ولقب 2008.", ["2011|Year|2011|Year|Gregorian", "2013|Year|2013|Year|Gregorian", "2006|Year|2006|Year|Gregorian", "2008|Year|2008|Year|Gregorian"] },
        { "نحو 2000 جندي وأكثر من 2000 شخص وبلغ 1920 دولارا وفي 2000 دولار و2000 مسجد", [] },
        { "بين 1956 و1973، وبين عامي (1517 - 1648م)", ["1956|Year|1956|Year|Gregorian", "1973|Year|1973|Year|Gregorian", "عامي (1517|Year|1517|Year|Gregorian", "1648م|Year|1648|Year|Gregorian"] },
        // Numeric dates with spaces and a Hijri era; part markers and fractions are not dates.
        { "في 12 / 10 / 1446هـ و15 /9 /2015 م", ["12 / 10 / 1446هـ|Date|2025-04-10|Day|Hijri", "15 /9 /2015 م|Date|2015-09-15|Day|Gregorian"] },
        { "الجزء «1/3» بنسبة 10 / 20", [] },
        // A month and a Hijri year by their era, spaced around the slash ("3 / 1446 ه"); without the era, a fraction.
        { "خلال الفترة من 3 / 1446 ه إلى 8 / 1446 ه وبنسبة 3 / 1446 من المجموع", ["من 3 / 1446 ه|Month|2024-09-04/2024-10-03|Day|Hijri", "8 / 1446 ه|Month|2025-01-31/2025-02-28|Day|Hijri"] },
        // A start (اعتبارا من، ابتداء من) makes a day and month later in the year than the reference this year's; one
        // earlier in the year stays in the past, where a start also lies as often.
        { "توقف البث اعتبارا من 30 ديسمبر. وبدأ التداول ابتداء من 15 يونيو", ["30 ديسمبر|Date|2024-12-30|Day|Gregorian", "15 يونيو|Date|2024-06-15|Day|Gregorian"] },
        // By (بحلول) a month reads it forward; digits after a month that an indefinite noun follows count it, and
        // are no day ("تسليم سبتمبر 12 سنتا": the September contract, up twelve cents).
        { "قد يرفع الفائدة بحلول ديسمبر وارتفع عقد تسليم سبتمبر 12 سنتا", ["ديسمبر|Month|2024-12|Month|Gregorian", "سبتمبر|Month|2025-09|Month|Gregorian"] },
        // An ordinal day after a plural subject is the day of the month; after a noun of time it describes that noun.
        { "وحددت المديريات الخامس من ذي القعدة آخر موعد في الأسبوع الأول من تشرين الأول", ["الخامس من ذي القعدة|Date|2025-05-03|Day|Hijri", "الأسبوع الأول من تشرين الأول|Range|2024-10-07/2024-10-13|Day|Gregorian"] },
        // "هذا أحد" is "this is one of"; this Sunday takes the article. غد before a weekday is tomorrow; يوليه, the
        // Egyptian July, is also a verb with a pronoun (ما يوليه: what he gives it), a month only in a date's context.
        { "هذا أحد الأسباب ونلتقي هذا الأحد ومساء غد الأحد، وأثنى على ما يوليه الأمير، وفي 15 يوليه", ["هذا الأحد|Weekday|2024-11-03|Day|Gregorian", "غد الأحد|Relative|2024-11-03|Day|Gregorian", "15 يوليه|Date|2024-07-15|Day|Gregorian"] },
        // The fiscal year with a direction is that year, as العام is.
        { "ارتفعت الأرباح خلال العام المالي الحالي وانخفضت في السنة المالية الماضية", ["العام المالي الحالي|Relative|2024|Year|Gregorian", "السنة المالية الماضية|Relative|2023|Year|Gregorian"] },
        // Ramadan's epithets and رمضان with its adjective are the month without other context; رمضان alone is also a name.
        { "شهد رمضان المبارك إطلاق الحملة خلال الشهر الكريم وقال رمضان عبدالله إن الأمر مهم", ["رمضان المبارك|Month|2024-03-11/2024-04-09|Day|Hijri", "الشهر الكريم|Month|2024-03-11/2024-04-09|Day|Hijri"] },
        // "Day after day" is no date; the article written before a day's digits (its tatweel gone) keeps the day.
        { "نشهد يوما بعد يوم وعاما بعد عام تجسيد الوسم", [] },
        { "أعلنت في الـ27 من حزيران (يونيو) الماضي وحصلت على المركز الـ27 من بين المتسابقين", ["27 من حزيران (يونيو) الماضي|Date|2024-06-27|Day|Gregorian"] },
        // A present tense of what lasts (يستمر) reads a day and month forward, as a scheduled event does.
        { "ويستمر المعرض حتى الثالث من يناير", ["الثالث من يناير|Date|2025-01-03|Day|Gregorian"] },
        { "واستمر المعرض حتى الثالث من يناير", ["الثالث من يناير|Date|2024-01-03|Day|Gregorian"] },
        // Two short numbers joined by a slash up to six words after a word of a match's result are a score; further
        // off, or past the sentence's end, they are a day and month.
        { "بعد تعادلهما 2/2 وفاز سان جرمان على بوردو 1/2.", [] },
        { "فاز الفريق في المباراة التي أقيمت على الملعب 4/2. فاز الفريق. وفي 5/2 سافر اللاعبون.", ["4/2|Date|2024-02-04|Day|Gregorian", "5/2|Date|2024-02-05|Day|Gregorian"] },
        // The first of a Hijri month, the new Hijri year, last night.
        { "غرة شوال وغرة السنة الهجرية الجديدة", ["غرة شوال|Date|2025-03-30|Day|Hijri", "السنة الهجرية الجديدة|Date|2025-06-26|Day|Gregorian"] },
        { "الليلة الماضية والبارحة الأولى", ["الليلة الماضية|Relative|2024-11-01|Day|Gregorian", "البارحة الأولى|Relative|2024-10-31|Day|Gregorian"] },
        // A part word that is also a common word only before a month or a year.
        { "خمس سنوات ونصف السنة وفي نصف شهر مارس", ["نصف شهر مارس|Range|2024-03-11/2024-03-20|Day|Gregorian"] },
        { "منذ بداية تموز (يوليو). وانخفض", ["بداية تموز (يوليو)|Range|2024-07-01/2024-07-10|Day|Gregorian"] },
        // A weekday before an ordinal with the article is the weekday of the month; before one without, a weekday.
        { "يوم الأحد الثاني", ["يوم الأحد الثاني|Date|2024-11-10|Day|Gregorian"] },
        { "أجرى الوزير الجمعة أولى مباحثاته وأمس أحد الأطفال", ["الجمعة|Weekday|2024-11-01|Day|Gregorian", "أمس|Relative|2024-11-01|Day|Gregorian"] },
        // A range whose first end is a pair in parentheses, across two months: a mention for each end, the second in
        // the year after the first; so are years joined by a dash.
        { "بين 3 ديسمبر (كانون الأول) و11 يناير (كانون الثاني)", ["بين 3 ديسمبر (كانون الأول)|Date|2024-12-03|Day|Gregorian", "11 يناير (كانون الثاني)|Date|2025-01-11|Day|Gregorian"] },
        { "موسم 2015-2016 والفترة 2011 - 2014 شهدت", ["2015|Year|2015|Year|Gregorian", "2016|Year|2016|Year|Gregorian", "2011|Year|2011|Year|Gregorian", "2014|Year|2014|Year|Gregorian"] },
        // A weekday named bare is the day the same weekday is given elsewhere with a direction word.
        { "الأمير يفتتح المشروع.. الاثنين\n\nويفتتحه الأمير يوم الاثنين المقبل", ["الاثنين|Weekday|2024-11-04|Day|Gregorian", "يوم الاثنين المقبل|Weekday|2024-11-04|Day|Gregorian"] },
        { "اجتماع الأربعاء لمناقشة الاستعدادات\n\nيعقد الوزير الاجتماع بعد غد الأربعاء", ["الأربعاء|Weekday|2024-11-06|Day|Gregorian", "بعد غد الأربعاء|Relative|2024-11-06|Day|Gregorian"] },
        { "وصل اللاعب فجر السبت، وتعود البعثة يوم السبت القادم", ["السبت|Weekday|2024-11-02|Day|Gregorian", "يوم السبت القادم|Weekday|2024-11-09|Day|Gregorian"] },
        // أوت needs more than في (آوت is a verb); a month alone in quotation marks is a title.
        { "وقال إن إيران «آوت المئات» وفي آوت الفقراء وفي 5 أوت وعمل بعنوان «أغسطس»", ["5 أوت|Date|2024-08-05|Day|Gregorian"] },
        // A bare season after فصل is any year's, before a noun a festival's name; alone or with its year, a date.
        { "حتى فصل الشتاء ومهرجان صيف حائل", [] },
        { "سأرحل الصيف وصيف 2016", ["الصيف|Range|2024-06/2024-08|Month|Gregorian", "صيف 2016|Range|2016-06/2016-08|Month|Gregorian"] },
        // A decade of degrees; a month of every year; a month's relative year ("من العام الماضي").
        { "حرارة «الخمسينات» تقترب من الخمسينات المئوية", [] },
        { "سنة مالية تنتهي بنهاية شهر يونيو من كل عام", [] },
        { "منذ الأول من سبتمبر (أيلول) من العام الماضي", ["الأول من سبتمبر (أيلول) من العام الماضي|Date|2023-09-01|Day|Gregorian"] },
        // A year near the reference's Hijri one with no era is Hijri, and a range's era is both ends'; one far from it,
        // or with م, is Gregorian.
        { "مطلع العام الهجري الجاري وفي العام الهجري القادم", ["مطلع العام الهجري الجاري|Range|2024-07/2024-11|Month|Hijri", "العام الهجري القادم|Relative|2025-06-26/2026-06-15|Day|Hijri"] },
        { "بنهاية العام 1446 ونهاية 2023", ["نهاية العام 1446|Range|2025-02/2025-06|Month|Hijri", "نهاية 2023|Range|2023-09/2023-12|Month|Gregorian"] },
        { "للعام 1446 والعام الدراسي 1446- 1447هـ", ["لعام 1446|Year|2024-07-07/2025-06-25|Day|Hijri", "العام الدراسي 1446|Year|2024-07-07/2025-06-25|Day|Hijri", "1447هـ|Year|2025-06-26/2026-06-15|Day|Hijri"] },
        { "سقوط غرناطة عام 1492 وعام 1446م", ["عام 1492|Year|1492|Year|Gregorian", "عام 1446م|Year|1446|Year|Gregorian"] },
        // An ordinal day with ل before its article, whose alif ل drops ("للأول"), is the day all the same.
        { "يوم الأحد الموافق للثالث من نوفمبر", ["يوم الأحد الموافق للثالث من نوفمبر|Date|2024-11-03|Day|Gregorian"] },
        // Two numbers after a weekday, with no year, are the day and month of whichever reading (Gregorian or Hijri, day
        // first or month first) falls on that weekday; with none, the Gregorian day first as written.
        { "يوم الثلاثاء ٢٦-٤ ويوم الجمعة 4/29 ويوم الأحد 27-10 ويوم الخميس 27-10", ["يوم الثلاثاء ٢٦-٤|Date|2024-10-29|Day|Hijri", "يوم الجمعة 4/29|Date|2024-11-01|Day|Hijri", "يوم الأحد 27-10|Date|2024-10-27|Day|Gregorian", "يوم الخميس 27-10|Date|2024-10-27|Day|Gregorian"] },
        // With no era, a year from 1300 up to ten past the reference's Hijri year is Hijri; 1299 and 1457 are Gregorian.
        { "ولد عام 1396 وتأسست عام 1300 وبني عام 1299", ["عام 1396|Year|1976-01-02/1976-12-21|Day|Hijri", "عام 1300|Year|1882-11-11/1883-10-31|Day|Hijri", "عام 1299|Year|1299|Year|Gregorian"] },
        { "في عام 1456 وفي عام 1457", ["عام 1456|Year|2034-03-21/2035-03-10|Day|Hijri", "عام 1457|Year|1457|Year|Gregorian"] },
        // اليوم before إلى is today; before الي بعد (colloquial اللي) it opens a phrase.
        { "وصل الوفد اليوم إلى عدن", ["اليوم|Relative|2024-11-02|Day|Gregorian"] },
        // A Hijri day takes a relative year or a direction word; without either, the reference's Hijri year.
        { "غرة محرم من العام الهجري القادم وفي 10 محرم المقبل وفي 10 محرم", ["غرة محرم من العام الهجري القادم|Date|2025-06-26|Day|Hijri", "10 محرم المقبل|Date|2025-07-05|Day|Hijri", "10 محرم|Date|2024-07-16|Day|Hijri"] },
        // لليوم is the article's اليوم: a noun phrase goes on; digits with م after a measure are metres.
        { "الحملة لليوم العالمي والحي الذي بلغت مساحته 1600م وشارع عرض 100م", [] },
        // A weekday after أيام or عطلة is any such day; after يوم, that day.
        { "رفضوا العمل أيام الأحد في عطلة «الأحد» والتقوا يوم الأحد", ["يوم الأحد|Weekday|2024-10-27|Day|Gregorian"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    [MemberData(nameof(NewsCases))]
    public void Dates_are_found_with_their_original_slice_and_resolved_value(string text, string[] expected)
    {
        DateExtractor.Default.Extract(text, s_reference)
            .Select(m => $"{m.Span.Slice(text).ToString()}|{m.Date.Kind}|{m.Date.ToIsoString()}|{m.Date.Grain}|{m.Date.Calendar}")
            .Should().Equal(expected);
    }

    // text, then the expected ISO value with prefer-future.
    // حتى before a day and month is a deadline, like اعتبارا من: in July, "حتى 17 سبتمبر" is this September, while a
    // September with no cue stays the past one and "حتى 17 يونيو", earlier in the year, stays this June.
    [Theory]
    [InlineData("مفتوح حتى 17 سبتمبر", "2015-09-17")]
    [InlineData("انتهى في 17 سبتمبر", "2014-09-17")]
    [InlineData("استمر حتى 17 يونيو", "2015-06-17")]
    public void Until_a_day_makes_it_a_deadline_later_in_the_year(string text, string expected) =>
        DateExtractor.Default.Extract(text, new DateOnly(2015, 7, 21)).Should().ContainSingle().Which.Date.ToIsoString().Should().Be(expected);

    // تاريخ between a weekday and the date it falls on joins them, like الموافق.
    [Fact]
    public void A_weekday_and_the_date_written_after_it_are_one_date() =>
        DateExtractor.Default.Extract("يوم الثلاثاء، تاريخ 28 يوليو 2015", new DateOnly(2015, 7, 26)).Should().ContainSingle()
            .Which.Date.ToIsoString().Should().Be("2015-07-28");

    [Theory]
    [InlineData("الجمعة", "2024-11-08")]
    [InlineData("السبت", "2024-11-09")]
    [InlineData("يونيو", "2025-06")]
    [InlineData("نوفمبر", "2024-11")]
    [InlineData("27 مايو", "2025-05-27")]
    [InlineData("عيد الأضحى", "2025-06-06")]
    public void Prefer_future_resolves_forward(string text, string expected)
    {
        var future = new DateExtractor(DateExtractionOptions.Default with { Direction = DateDirection.PreferFuture });
        future.Extract(text, s_reference).Should().ContainSingle().Which.Date.ToIsoString().Should().Be(expected);
    }

    // A day of the reference's own Hijri month with القادم is this month's when it is ahead, next year's when it is past
    // (2015-07-22 is 6 Shawwal 1436).
    [Fact]
    public void A_coming_day_of_the_current_Hijri_month_is_this_month_when_it_is_ahead()
    {
        const string Text = "يبدأ في الـ 14 من شهر شوال القادم، وانتهى في 2 شوال القادم";
        DateExtractor.Default.Extract(Text, new DateOnly(2015, 7, 22)).Select(m => m.Date.ToIsoString())
            .Should().Equal("2015-07-30", "2016-07-07");
    }

    // A range that no one month (days) or year (months, years) holds is a mention for each end unless ranges are
    // joined across periods; one that a month or year holds is one mention either way.
    [Theory]
    [InlineData("من عام 1997 حتى عام 2010", false, new[] { "من عام 1997|1997", "عام 2010|2010" })]
    [InlineData("من عام 1997 حتى عام 2010", true, new[] { "من عام 1997 حتى عام 2010|1997/2010" })]
    [InlineData("من ديسمبر 2013 حتى يناير 2014", false, new[] { "من ديسمبر 2013|2013-12", "يناير 2014|2014-01" })]
    [InlineData("من ديسمبر 2013 حتى يناير 2014", true, new[] { "من ديسمبر 2013 حتى يناير 2014|2013-12/2014-01" })]
    [InlineData("من يناير حتى مارس 2014", false, new[] { "من يناير حتى مارس 2014|2014-01/2014-03" })]
    [InlineData("من 5 إلى 10 يوليو", false, new[] { "من 5 إلى 10 يوليو|2024-07-05/2024-07-10" })]
    [InlineData("من 5 إلى 10 يوليو", true, new[] { "من 5 إلى 10 يوليو|2024-07-05/2024-07-10" })]
    public void Ranges_are_joined_across_periods_only_when_asked(string text, bool join, string[] expected)
    {
        var extractor = new DateExtractor(DateExtractionOptions.Default with { JoinRangesAcrossPeriods = join });
        extractor.Extract(text, s_reference).Select(m => $"{m.Span.Slice(text).ToString()}|{m.Date.ToIsoString()}").Should().Equal(expected);
    }

    [Theory]
    [InlineData("date 2024-11-02 موسكو", true)]
    [InlineData("  Date: 2024-11-02\nنص", true)]
    [InlineData("التاريخ: ٢٠٢٤-١١-٠٢ نص", true)]
    [InlineData("date 2024-13-02", false)]
    [InlineData("dated 2024-11-02", false)]
    [InlineData("نص date 2024-11-02", false)]
    public void A_date_line_is_read_only_at_the_start(string text, bool found)
    {
        DateExtractor.TryReadDateLine(text, out DateOnly date).Should().Be(found);
        if (found)
        {
            date.Should().Be(s_reference);
        }
    }

    [Fact]
    public void Numbers_inside_dates_are_not_numbers()
    {
        // The count of a duration is a number as well (the annotation guidelines: "ثلاث سنوات" is 3, the duration
        // an optional date); the day and the years are the dates' alone.
        const string Text = "في 27 مايو 2024 قتل 27 شخصا منذ عام 1949 وخلال 3 أيام";
        NumberExtractor.Default.Extract(Text).Select(m => m.Span.Slice(Text).ToString()).Should().Equal("27", "3");
        DateExtractor.Default.Extract(Text, s_reference).Select(m => m.Span.Slice(Text).ToString())
            .Should().Equal("27 مايو 2024", "عام 1949", "خلال 3 أيام");
    }

    [Fact]
    public void Odd_and_huge_input_gives_dates_without_throwing_in_linear_time()
    {
        string[] inputs =
        [
            string.Concat(Enumerable.Repeat("الجمعة ", 200_000)),
            string.Concat(Enumerable.Repeat("2024-11-02-", 100_000)),
            string.Concat(Enumerable.Repeat("من 13 إلى ", 100_000)),
            string.Concat(Enumerable.Repeat("أواخر ", 200_000)),
            new string('9', 1_000_000),
            "\uD800 يناير \uDC00 2024 عام 99999 صفر 0 هـ 31 فبراير 1445 هـ رمضان 0",
        ];
        foreach (string input in inputs)
        {
            var watch = Stopwatch.StartNew();
            var act = () => DateExtractor.Default.Extract(input, s_reference);
            act.Should().NotThrow();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "extraction is linear (a generous bound for a shared machine)");
        }

        DateExtractor.Default.Extract(string.Concat(Enumerable.Repeat("الجمعة ", 1000)), s_reference).Should().HaveCount(1000);
    }

    [Fact]
    public void Programmer_errors_are_reported()
    {
        var act = () => new DateExtractor(null!);
        act.Should().Throw<ArgumentNullException>();
        var extract = () => DateExtractor.Default.Extract((string)null!);
        extract.Should().Throw<ArgumentNullException>();
    }
}
