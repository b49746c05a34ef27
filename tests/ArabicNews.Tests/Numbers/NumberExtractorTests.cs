using System.Linq;
using ArabicNews.Numbers;

namespace ArabicNews.Tests.Numbers;

/// <summary><see cref="NumberExtractor"/>: mentions in running text, checked slice by slice.</summary>
public class NumberExtractorTests
{
    // text, then each expected mention as "slice|kind|value|min|max|unit|qualifier" (empty for null).
    public static TheoryData<string, string[]> Cases => new()
    {
        { "سقط أكثر من 600 ألف جندي روسي بين قتيل وجريح", ["أكثر من 600 ألف|Cardinal|600000||||MoreThan"] },
        { "نشرت نحو 10 آلاف جندي", ["نحو 10 آلاف|Cardinal|10000||||Approximate"] },
        { "بلغت الخسائر 5.5 مليار دولار", ["5.5 مليار دولار|Money|5500000000|||USD|Exact"] },
        { "ارتفع التضخم بنسبة ٣٫٥٪ في أكتوبر", ["٣٫٥٪|Percent|3.5||||Exact"] },
        { "تراجع بخمسة في المئة تقريباً", ["خمسة في المئة تقريباً|Percent|5||||Approximate"] },
        { "وبنحو 7 ملايين", ["نحو 7 ملايين|Cardinal|7000000||||Approximate"] },
        { "مليون و500 ألف", ["مليون و500 ألف|Cardinal|1500000||||Exact"] },
        { "قتل ثلاثة وعشرون شخصاً وأصيب خمسة", ["ثلاثة وعشرون|Cardinal|23||||Exact", "خمسة|Cardinal|5||||Exact"] },
        { "وصل أحد الجنود إلى أحد عشر موقعاً", ["أحد عشر|Cardinal|11||||Exact"] },
        { "ما لا يقل عن مئتي شخص", ["ما لا يقل عن مئتي|Cardinal|200||||AtLeast"] },
        { "نحو مليون ونصف لاجئ", ["نحو مليون ونصف|Cardinal|1500000||||Approximate"] },
        { "في 2024-11-02 أعلنت الوزارة في 02/11/2024", [] },
        { "الـ٣ آلاف، و20 ألفاً", ["٣ آلاف|Cardinal|3000||||Exact", "20 ألفاً|Cardinal|20000||||Exact"] },
        // Ranges: the scale of the upper end applies to both ends.
        { "بأن ثمانية إلى عشرة آلاف جندي", ["ثمانية إلى عشرة آلاف|Range||8000|10000||Exact"] },
        { "بين 10 و20 مليون دولار", ["بين 10 و20 مليون دولار|Range||10000000|20000000|USD|Exact"] },
        { "بين 2022 و 2024 جندي", ["بين 2022 و 2024|Range||2022|2024||Exact"] },
        // Years are dates, not numbers (the guidelines' "بين 1990 و2004"): the date extractor owns them.
        { "بين 2022 و 2024", [] },
        { "ارتفع 10-20%", ["10-20%|Range||10|20|%|Exact"] },
        { "من 200 إلى 300 جندي", ["من 200 إلى 300|Range||200|300||Exact"] },
        { "الرمز 1995-01 والقطعة 20-10", [] },
        // Bounds written after the number, and comparatives.
        { "خمسمئة أو أكثر", ["خمسمئة أو أكثر|Cardinal|500||||AtLeast"] },
        { "عمره فوق 18 عاماً", ["فوق 18|Cardinal|18||||MoreThan"] },
        { "يصل إلى 700 كيلومتر", ["يصل إلى 700 كيلومتر|Quantity|700|||km|AtMost"] },
        // Money and units.
        { "تقدم نحو 500 كيلومتر مربعة", ["نحو 500 كيلومتر مربعة|Quantity|500|||km2|Approximate"] },
        { "بقيمة 3 مليارات جنيه إسترليني", ["3 مليارات جنيه إسترليني|Money|3000000000|||GBP|Exact"] },
        { "دفع $5 ملايين", ["5 ملايين|Money|5000000|||USD|Exact"] },
        { "مليون برميل يومياً", ["مليون برميل|Quantity|1000000|||bbl|Exact"] },
        // Vague quantities, with their lower bound.
        { "قتل عشرات المدنيين", ["عشرات|Vague||30|||Exact"] },
        { "خسائر بمئات الملايين من الدولارات", ["مئات الملايين من الدولارات|Vague||300000000||USD|Exact"] },
        { "نزح آلاف السكان", ["آلاف|Vague||3000|||Exact"] },
        { "مئات الكيلومترات المربعة", ["مئات الكيلومترات المربعة|Vague||300||km2|Exact"] },
        // Ordinals, but not inside month names or "أول أمس".
        { "رابع أكبر جيش بالعالم", ["رابع|Ordinal|4||||Exact"] },
        { "للمرة الأولى في تشرين الأول", ["الأولى|Ordinal|1||||Exact"] },
        { "للمرة الحادية عشرة منذ أول أمس", ["الحادية عشرة|Ordinal|11||||Exact"] },
        { "والثالثة عشرة", ["الثالثة عشرة|Ordinal|13||||Exact"] },
        { "الذكرى المئة والكتاب المئة والخامس والعشرون، 5 في المئة", ["المئة|Ordinal|100||||Exact", "المئة والخامس والعشرون|Ordinal|125||||Exact", "5 في المئة|Percent|5||||Exact"] },
        // Thousands set apart by spaces.
        { "يبلغ عدد سكان الصين 1 414 021 100 نسمة", ["1 414 021 100|Cardinal|1414021100||||Exact"] },
        { "في 2024 100 شخص", ["2024|Cardinal|2024||||Exact", "100|Cardinal|100||||Exact"] },
        // Signs and fractions.
        { "سجلت الحرارة -5 درجات", ["-5 درجات|Quantity|-5|||°|Exact"] },
        { "الناتج سالب خمسة", ["سالب خمسة|Cardinal|-5||||Exact"] },
        { "ثلاثة أرباع السكان", ["ثلاثة أرباع|Cardinal|0.75||||Exact"] },
        // A count of one to ten as large as its denominator counts the parts ("آخر أربعة أرباع": four quarters of a year).
        { "خلال آخر أربعة أرباع وثلاثة أرباع السكان", ["أربعة|Cardinal|4||||Exact", "ثلاثة أرباع|Cardinal|0.75||||Exact"] },
        { "يمثل خمس السكان وخمس سنوات", ["خمس|Cardinal|0.2||||Exact", "خمس|Cardinal|5||||Exact"] },
        { "فخُمس قوة العمل وخَمس سنوات", ["خُمس|Cardinal|0.2||||Exact", "خَمس|Cardinal|5||||Exact"] },
        { "واحد على عشرين و1 من كل 5", ["واحد على عشرين|Cardinal|0.05||||Exact", "1 من كل 5|Cardinal|0.2||||Exact"] },
        { "عشرون وثلاثة أخماس وعشرون وثلاثة", ["عشرون وثلاثة أخماس|Cardinal|20.6||||Exact", "عشرون|Cardinal|20||||Exact", "ثلاثة|Cardinal|3||||Exact"] },
        { "1.5e6 و2.5^-1", ["1.5e6|Cardinal|1500000||||Exact", "2.5^-1|Cardinal|0.4||||Exact"] },
        // Composition by و follows the grammar: a ten after a unit, a unit after hundreds, not a teen after ten.
        { "بين عشرة وخمسة عشر", ["بين عشرة وخمسة عشر|Range||10|15||Exact"] },
        { "ثلاثمائة ومائتين", ["ثلاثمائة|Cardinal|300||||Exact", "مائتين|Cardinal|200||||Exact"] },
        { "بين سالب عشرة وخمسة عشر", ["بين سالب عشرة وخمسة عشر|Range||-10|15||Exact"] },
        // Two bounds joined by و are one range; a comparison sign is a bound; a dash or tilde joins digits.
        { "أكبر من 10 وأقل من 20 ولا أكثر من ٥٠ ولا أقل من ٢٠", ["أكبر من 10 وأقل من 20|Range||10|20||Exact", "لا أكثر من ٥٠ ولا أقل من ٢٠|Range||20|50||Exact"] },
        { "أكثر من 40 وأقل من 10", ["أكثر من 40|Cardinal|40||||MoreThan", "أقل من 10|Cardinal|10||||LessThan"] },
        { "أقل من 5000 أو يساوي", ["أقل من 5000 أو يساوي|Cardinal|5000||||AtMost"] },
        { "تساوي 5000 أو أكثر من 4500", ["تساوي 5000|Cardinal|5000||||Exact", "أكثر من 4500|Cardinal|4500||||MoreThan"] },
        { "x>10 و y<=-20", [">10|Cardinal|10||||MoreThan", "<=-20|Cardinal|-20||||AtMost"] },
        { "ما بين ٢٠ و١٠٠ و1000 - 5000 و20~30", ["ما بين ٢٠ و١٠٠|Range||20|100||Exact", "1000 - 5000|Range||1000|5000||Exact", "20~30|Range||20|30||Exact"] },
        { "فاز 2 - 1", [] },
        { "حوالي 500 أو أقل ويساوي 5000 أو أكثر من", ["حوالي 500 أو أقل|Cardinal|500||||AtMost", "يساوي 5000 أو أكثر من|Cardinal|5000||||AtLeast"] },
        { "اتصل على +1 222 2222 2222", [] },
        // نسبة before a number makes it a percentage; links, IP addresses and pronouns are no quantities.
        { "نسبة ٢١٠ وبنسبة 5%", ["نسبة ٢١٠|Percent|210||||Exact", "5%|Percent|5||||Exact"] },
        { "راجع https://example.com/a?q=30%25&id=2020 و192.168.1.2", [] },
        { "أي واحد تفضل؟ كل واحد منهم", [] },
        { "1 234 567.89 نسمة", ["1 234 567.89|Cardinal|1234567.89||||Exact"] },
        // Dual nouns are not number mentions.
        { "قتل جنديين في البلدين", [] },
        // The count of a length of time or of units from today is a number; a calendar date keeps its own.
        { "عاد بعد ثلاث سنوات وقبل 12 شهرا في 27 مايو 2015", ["ثلاث|Cardinal|3||||Exact", "12|Cardinal|12||||Exact"] },
        // So does a count after its definite unit, in a span of units from today.
        { "خلال الأعوام الأربعة الماضية والأسابيع الثلاثة القادمة", ["الأربعة|Cardinal|4||||Exact", "الثلاثة|Cardinal|3||||Exact"] },
        { "استمر خلال 7 أشهر ومنذ عام 2011", ["7|Cardinal|7||||Exact"] },
        // A cardinal with the article, from three to ten, counts the definite noun before it or stands for it.
        { "اجتمعت الوزارات الأربع والأربعة الجدد وللثلاثة", ["الأربع|Cardinal|4||||Exact", "الأربعة|Cardinal|4||||Exact", "لثلاثة|Cardinal|3||||Exact"] },
        { "الدول الخمس عشرة والأعضاء الخمسة والعشرون", ["الخمس عشرة|Cardinal|15||||Exact", "الخمسة والعشرون|Cardinal|25||||Exact"] },
        { "يوم الاثنين والشعب الواحد", [] },
        // Two clitics before an ordinal; "ثانية" as the second of time or "another" is no rank.
        { "ولأول مرة فاز بدورة ثانية", ["أول|Ordinal|1||||Exact", "ثانية|Ordinal|2||||Exact"] },
        { "بعد 30 ثانية، ومن جهة ثانية في ثانية واحدة", ["30|Cardinal|30||||Exact", "واحدة|Cardinal|1||||Exact"] },
        // A number alone in brackets: the scale, the unit and the qualifier around the brackets are its own.
        { "غرامة (100) ألف ريال ومدة لا تتجاوز (60) يوما وقيمة ( 12.400.500 ) ريالا", ["100) ألف ريال|Money|100000|||SAR|Exact", "لا تتجاوز (60)|Cardinal|60||||AtMost", "12.400.500 ) ريالا|Money|12400500|||SAR|Exact"] },
        // One point before exactly three digits, after a whole of one to three digits, groups thousands before a unit,
        // a currency, a counted noun or من and a definite noun; before a scale, a preposition or conjunction, or as a
        // price after سعر it is a decimal point; a first digit 0, two or four digits after it, or ".000" are as before.
        { "رفع 14.800 متر مكعب و(17.800) كيلو جرام واستفاد 741.500 مستفيد", ["14.800 متر مكعب|Quantity|14800|||m3|Exact", "17.800) كيلو جرام|Quantity|17800|||kg|Exact", "741.500|Cardinal|741500||||Exact"] },
        { "مشاركة حوالي 14.500 من الرياضيين وقيمة 91.400 ريال", ["حوالي 14.500|Cardinal|14500||||Approximate", "91.400 ريال|Money|91400|||SAR|Exact"] },
        { "ارتفع إلى 98.088 في المعاملات ثم إلى 97.395 بعد أن سجل 6.935 مليون", ["98.088|Cardinal|98.088||||Exact", "97.395|Cardinal|97.395||||Exact", "6.935 مليون|Cardinal|6935000||||Exact"] },
        { "وصولا إلى سعر 2.060 ريال و0.250 لتر و14.80 متر و1.2345 متر و1234.567 متر", ["2.060 ريال|Money|2.06|||SAR|Exact", "0.250 لتر|Quantity|0.25|||L|Exact", "14.80 متر|Quantity|14.8|||m|Exact", "1.2345 متر|Quantity|1.2345|||m|Exact", "1234.567 متر|Quantity|1234.567|||m|Exact"] },
        { "بسعر يبلغ 2.060 ريال، وسعر الوحدة الواحدة الجديدة 3.060 ريال", ["2.060 ريال|Money|2.06|||SAR|Exact", "3.060 ريال|Money|3060|||SAR|Exact"] }, // سعر up to three words before
        // لا and ما joined to the verb, verbs and participles of exceeding, and the bound of an age.
        { "ما لايقل عن 153 ومالايقل عن عشرة ومايزيد عن 50 ولايتجاوز 9", ["ما لايقل عن 153|Cardinal|153||||AtLeast", "مالايقل عن عشرة|Cardinal|10||||AtLeast", "مايزيد عن 50|Cardinal|50||||MoreThan", "لايتجاوز 9|Cardinal|9||||AtMost"] },
        { "فاقت 5% متجاوزاً 50 دولاراً لمن هم دون سن الـ18 أو فوق سن 50", ["فاقت 5%|Percent|5||||MoreThan", "متجاوزاً 50 دولاراً|Money|50|||USD|MoreThan", "دون سن الـ18|Cardinal|18||||LessThan", "فوق سن 50|Cardinal|50||||MoreThan"] },
        // A comparison or approximation before the noun that واحد follows bounds the one; a place ("تحت") does not.
        { "أكثر من يوم واحد وحوالى شهر واحد وتحت سقف واحد", ["أكثر من يوم واحد|Cardinal|1||||MoreThan", "حوالى شهر واحد|Cardinal|1||||Approximate", "واحد|Cardinal|1||||Exact"] },
        { "المادة (5) من النظام و(7)، ألف", ["5|Cardinal|5||||Exact", "7|Cardinal|7||||Exact", "ألف|Cardinal|1000||||Exact"] },
        { "زار المعرض أكثر من «5» آلاف زائر و«10» أشخاص", ["أكثر من «5» آلاف|Cardinal|5000||||MoreThan", "10|Cardinal|10||||Exact"] },
        // Digit groups joined by ر are written in visual order: the first written group is the decimals, unless it
        // has three digits and groups thousands.
        { "أنفق 1ر83 مليون جنيه إسترليني وارتفع 3ر0% وزار (000ر22) حاج", ["1ر83 مليون جنيه إسترليني|Money|83100000|||GBP|Exact", "3ر0%|Percent|0.3||||Exact", "000ر22|Cardinal|22000||||Exact"] },
        // Units written short or in two words.
        { "طوله 10 كيلو مترات و5 سم ووزنه 13 كيلو وبعد 12 كلم و500 م2", ["10 كيلو مترات|Quantity|10|||km|Exact", "5 سم|Quantity|5|||cm|Exact", "13 كيلو|Quantity|13|||kg|Exact", "12 كلم|Quantity|12|||km|Exact", "500 م2|Quantity|500|||m2|Exact"] },
        // Qualifiers: verbs of approach and excess, and a bound after the noun the number counts.
        { "يناهز 63 عاما وفي حدود 20% وتجاوزت 4.1 مليارات ريال", ["يناهز 63|Cardinal|63||||Approximate", "في حدود 20%|Percent|20||||Approximate", "تجاوزت 4.1 مليارات ريال|Money|4100000000|||SAR|MoreThan"] },
        { "سجل 20 هدفا أو أكثر وقتل 200 ألف شخص على الأقل", ["20 هدفا أو أكثر|Cardinal|20||||AtLeast", "200 ألف شخص على الأقل|Cardinal|200000||||AtLeast"] },
        { "سجل 20 هدفا أو أكثر من 30 والهدف أو أكثر", ["20|Cardinal|20||||Exact", "أكثر من 30|Cardinal|30||||MoreThan"] },
        // A half after the counted noun or unit, or after a noun that counts one or two alone.
        { "أربع ساعات ونصف و5 كيلومترات ونصف وساعة ونصف ولا يتجاوز العام والنصف وساعتين و نصف", ["أربع ساعات ونصف|Cardinal|4.5||||Exact", "5 كيلومترات ونصف|Quantity|5.5|||km|Exact", "ساعة ونصف|Cardinal|1.5||||Exact", "لا يتجاوز العام والنصف|Cardinal|1.5||||AtMost", "ساعتين و نصف|Cardinal|2.5||||Exact"] },
        { "ثلاثة أشخاص ونصف المصابين وكتاب ونصف", ["ثلاثة|Cardinal|3||||Exact", "نصف|Cardinal|0.5||||Exact", "نصف|Cardinal|0.5||||Exact"] },
        // A bare currency name takes the code of the one country that uses it and that the text names.
        { "بلغت في البورصة الكويتية 28.8 مليار دينار", ["28.8 مليار دينار|Money|28800000000|||KWD|Exact"] },
        { "بلغت 28.8 مليار دينار في البورصة", ["28.8 مليار|Cardinal|28800000000||||Exact"] },
        { "بين الكويت والبحرين 5 دنانير", ["5|Cardinal|5||||Exact"] },
        { "باعه النادي الإنجليزي بـ 50 مليون جنيه و3 ملايين إسترليني", ["50 مليون جنيه|Money|50000000|||GBP|Exact", "3 ملايين إسترليني|Money|3000000|||GBP|Exact"] },
        { "بلغ سعره 50 جنيها", ["50 جنيها|Money|50|||EGP|Exact"] },
        // "X و Y" where Y has a scale as large as X's is two numbers: here the ends of a range.
        { "بين مليون وثلاثة ملايين ومليون و500 ألف", ["بين مليون وثلاثة ملايين|Range||1000000|3000000||Exact", "مليون و500 ألف|Cardinal|1500000||||Exact"] },
        // The strength of an earthquake has no unit; a temperature does.
        { "زلزال بقوة 4.3 درجات بلغت قوته 5 درجات على مقياس ريختر والحرارة 45 درجة", ["4.3 درجات|Cardinal|4.3||||Exact", "5 درجات على مقياس ريختر|Cardinal|5||||Exact", "45 درجة|Quantity|45|||°|Exact"] },
        // A bare degree after a named scale is on that scale; before it, it is not.
        { "مكة 42 درجة والرياض 44 درجة مئوية وجدة 39 درجة وكانت 100 درجة فهرنهايت ثم 98 درجة", ["42 درجة|Quantity|42|||°|Exact", "44 درجة مئوية|Quantity|44|||°C|Exact", "39 درجة|Quantity|39|||°C|Exact", "100 درجة فهرنهايت|Quantity|100|||°F|Exact", "98 درجة|Quantity|98|||°F|Exact"] },
        // Digits glued to the word before them read as if a space parted them, the qualifier's too.
        { "غرامة بحد أقصى600 ريال ونحو50 ألف", ["حد أقصى600 ريال|Money|600|||SAR|AtMost", "نحو50 ألف|Cardinal|50000||||Approximate"] },
        { "اشترى آيفون6 بلس وآيفون 6 بلس", ["6|Cardinal|6||||Exact", "6|Cardinal|6||||Exact"] },
        // Letters glued after digits: a scale, a unit (م is metres after a number that is no year), or the counted noun.
        { "أنفق حوالى 120مليار ريال على شارع عرض 30م وطوله 168سم", ["حوالى 120مليار ريال|Money|120000000000|||SAR|Approximate", "30م|Quantity|30|||m|Exact", "168سم|Quantity|168|||cm|Exact"] },
        { "قتل 14جنديا ووفر 100وظيفة و20دولار و1مليون", ["14|Cardinal|14||||Exact", "20دولار|Money|20|||USD|Exact"] },
        { "نزع ملكية (4عقارات) و2سيارات و12عقارات", ["4|Cardinal|4||||Exact"] },
        // Digits glued after a word are a word of their own; after clitics alone they stay with them.
        { "وصل إلى35 جناحا عند مستوى9,381.01 نقطة", ["35|Cardinal|35||||Exact", "9,381.01|Cardinal|9381.01||||Exact"] },
        { "في العام 2015م وعام 70م وصندوق 1ماليزيا", [] },
        // A date written with spaced slashes is the dates'; two groups may be a ratio.
        { "بتاريخ 19 / 6 / 1436هـ ونسبة 5 / 7", ["نسبة 5|Percent|5||||Exact", "7|Cardinal|7||||Exact"] },
        // The accusative واحداً inside a compound.
        { "ضبط أربعمائة وواحداً وثلاثين موقوفاً", ["أربعمائة وواحداً وثلاثين|Cardinal|431||||Exact"] },
        // A military grade is no rank; the first place is.
        { "استشهد الجندي أول ثامر والملازم الأول علي في المركز الأول", ["الأول|Ordinal|1||||Exact"] },
        // Words that read as number words but stand for other words alone.
        { "كمية كبيرة ولست أدري، بمية وعشرين", ["مية وعشرين|Cardinal|120||||Exact"] },
        { "اقتصاد متين وقوي منذ ست سنوات", ["ست|Cardinal|6||||Exact"] },
        // The adverbial ordinals of a list.
        { "أولا: المصارف، ثانيا: التأمين، ثالثا: الصناعة", ["أولا|Ordinal|1||||Exact", "ثانيا|Ordinal|2||||Exact", "ثالثا|Ordinal|3||||Exact"] },
        // "Between" has no direction: its ends are ordered; "من … إلى" keeps the direction of a change.
        { "تراوح بين 9300 و9250 نقطة وانخفض من 10 إلى 5", ["بين 9300 و9250|Range||9250|9300||Exact", "من 10 إلى 5|Range||10|5||Exact"] },
        // Two numbers joined by a dash in falling order are a score or a code, unless "between" opens them or a unit or
        // a percent follows: then they are a range typed in reading order.
        { "فاز 3-1 في المباراة وتعادل 20-10 عاما", [] },
        // Two percentages joined by a dash are a range; a percentage, a dash and a bare number are two numbers.
        { "تراوحت بين 60%-45% وارتفع 5% - 3 نقاط", ["60%-45%|Range||45|60|%|Exact", "5%|Percent|5||||Exact", "3|Cardinal|3||||Exact"] },
        // A compound ordinal opened by الواحد or الواحدة.
        { "في الدقيقة الواحدة والسبعين", ["الواحدة والسبعين|Ordinal|71||||Exact"] },
        // An ordinal with a pronoun after it ranks among them; a word that only ends like one does not.
        { "لذلك أسباب أولها الإهمال ورابعهم كلبهم ومنها", ["أولها|Ordinal|1||||Exact", "رابعهم|Ordinal|4||||Exact"] },
        // A definite count up to another definite count is a range.
        { "خلال الأسابيع الأربعة إلى الستة المقبلة والسنوات الخمس", ["الأربعة إلى الستة|Range||4|6||Exact", "الخمس|Cardinal|5||||Exact"] },
        // Two numbers in a row offered as alternatives are a range; two others are two numbers.
        { "بعد ثلاث أو أربع ساعات وأكثر من 6 أو 7 أيام و5 أو 7 أسابيع", ["ثلاث أو أربع|Range||3|4||Exact", "أكثر من 6 أو 7|Range||6|7||MoreThan", "5|Cardinal|5||||Exact", "7|Cardinal|7||||Exact"] },
        // A lone comma is decimal unless three digits follow it, and then too after a lone zero.
        { "بنسبة 0,272% ومبلغ 1,272 ريالا", ["0,272%|Percent|0.272||||Exact", "1,272 ريالا|Money|1272|||SAR|Exact"] },
        // أثنى (praised) is no two; عند حدود is about; ونيف after a count is more than it.
        { "أثنى الوزير على الجهود واستقر عند حدود 10 ملايين برميل منذ ثلاثة عقود ونيفا", ["عند حدود 10 ملايين برميل|Quantity|10000000|||bbl|Approximate", "ثلاثة عقود ونيفا|Cardinal|3||||MoreThan"] },
        // A level bounds the number above or below it.
        { "ارتفع فوق مستوى 55 دولارا وهبط دون مستوى 40 دولارا وأغلق عند مستوى 30 دولارا", ["فوق مستوى 55 دولارا|Money|55|||USD|MoreThan", "دون مستوى 40 دولارا|Money|40|||USD|LessThan", "30 دولارا|Money|30|||USD|Exact"] },
        // Verbs of approach, and a bound negated with لم.
        { "قاربت 7 ملايين ريال ولم يتجاوز الـ15 عاما ولم تزد على 40", ["قاربت 7 ملايين ريال|Money|7000000|||SAR|Approximate", "لم يتجاوز الـ15|Cardinal|15||||AtMost", "لم تزد على 40|Cardinal|40||||AtMost"] },
        { "تراوحت بين 25-18 ومساحتها 250-180 مترا ونسبتها 70-50 في المائة", ["25-18|Range||18|25||Exact", "250-180 مترا|Range||180|250|m|Exact", "70-50 في المائة|Range||50|70|%|Exact"] },
        // Ranks from one to another, with وحتى and the article written apart before digits.
        { "من المركز الأول وحتى الخامس ومن الـ 6 وحتى الـ 10 والفصل الثالث إلى الأول", ["الأول وحتى الخامس|Range||1|5||Exact", "6 وحتى الـ 10|Range||6|10||Exact", "الثالث|Ordinal|3||||Exact", "الأول|Ordinal|1||||Exact"] },
        // A half then the counted noun or the scale again with the article: "a year and a half", "a million and a half".
        { "بعد عام ونصف العام دفع مليون ونصف المليون ريال وثلاثة ملايين ونصف المليون دولار", ["عام ونصف العام|Cardinal|1.5||||Exact", "مليون ونصف المليون ريال|Money|1500000|||SAR|Exact", "ثلاثة ملايين ونصف المليون دولار|Money|3500000|||USD|Exact"] },
        { "مليون ونصف الموظفين وساعة ونصف المسافة", ["مليون ونصف|Cardinal|1500000||||Exact", "نصف|Cardinal|0.5||||Exact"] },
        // After a counted noun, the half may name the unit again in the singular ("ونصف السنة"), or the number's scale
        // (half a million more); another definite word is the half of something else, and a scale the number does not
        // end in is no half of it.
        { "خلال ثلاث سنوات ونصف السنة وأربع ساعات ونصف الساعة", ["ثلاث سنوات ونصف السنة|Cardinal|3.5||||Exact", "أربع ساعات ونصف الساعة|Cardinal|4.5||||Exact"] },
        { "ثلاثة مصابين ونصف المصابين", ["ثلاثة|Cardinal|3||||Exact", "نصف|Cardinal|0.5||||Exact"] },
        { "خمسة ملايين نسمة ونصف المليون", ["خمسة ملايين نسمة ونصف المليون|Cardinal|5500000||||Exact"] },
        { "خمسة آلاف نسمة ونصف المليون", ["خمسة آلاف|Cardinal|5000||||Exact", "نصف|Cardinal|0.5||||Exact"] },
        // A scale with the article and a half is a scale and a half of it.
        { "بمبلغ يتجاوز المليون ونصف المليون وزاد المليار ونصف", ["يتجاوز المليون ونصف المليون|Cardinal|1500000||||MoreThan", "المليار ونصف|Cardinal|1500000000||||Exact"] },
        // Two number words in a row joined by و before what they count are alternatives, a range; a compound number,
        // or two numbers that end a sentence, are not.
        { "تقوم بوضع أربع وخمس طبقات وحصل على ثلاث وأربعين نقطة وسجل ثلاثة وأربعة.", ["أربع وخمس|Range||4|5||Exact", "ثلاث وأربعين|Cardinal|43||||Exact", "ثلاثة|Cardinal|3||||Exact", "أربعة|Cardinal|4||||Exact"] },
        // "آل ثاني" is a family's name, not a rank.
        { "استقبل الشيخ تميم بن حمد آل ثاني الوزراء في الشوط الثاني", ["الثاني|Ordinal|2||||Exact"] },
        // A decimal written with a right-to-left mark after its point has its parts swapped (one outlet's copy); without
        // the mark it reads as written.
        { "زلزال قوته 5.\u200F7 وإيرادات 92.\u200F5 مليار دولار ونسبة 9.\u200F0 في المائة وقوة 5.7", ["5.\u200F7|Cardinal|7.5||||Exact", "92.\u200F5 مليار دولار|Money|5920000000|||USD|Exact", "9.\u200F0 في المائة|Percent|0.9||||Exact", "5.7|Cardinal|5.7||||Exact"] },
        // أولي written with ي and no article is "preliminary"; before a definite noun it is the ordinal.
        { "وأظهر مسح أولي تراجعا وهي أولي المحاولات والمرة الأولى", ["أولي|Ordinal|1||||Exact", "الأولى|Ordinal|1||||Exact"] },
        // Between one rank and a higher one joined by و is a range (ages: "بين السابعة والثامنة"); two ranks without بين
        // stay two.
        { "تتراوح أعمارهم بين السابعة والثامنة وحل الأول والثاني", ["السابعة والثامنة|Range||7|8||Exact", "الأول|Ordinal|1||||Exact", "الثاني|Ordinal|2||||Exact"] },
        // "من باب أولى" (a fortiori) is no rank.
        { "فإن ذلك من باب أولى في المرحلة الأولى", ["الأولى|Ordinal|1||||Exact"] },
        // Data sizes and millilitres.
        { "ذاكرة 5 غيغابايت و500 ميجابايت وعبوة 0.250 مللي لتر", ["5 غيغابايت|Quantity|5|||GB|Exact", "500 ميجابايت|Quantity|500|||MB|Exact", "0.250 مللي لتر|Quantity|0.25|||mL|Exact"] },
        // Tens with the article count the accusative noun after them; after a definite noun they rank.
        { "منذ ما يقارب العشرين عامًا في الدورة العشرين للمهرجان", ["ما يقارب العشرين|Cardinal|20||||Approximate", "العشرين|Ordinal|20||||Exact"] },
        { "فاز بالعشرين عاما الماضية", ["العشرين|Cardinal|20||||Exact"] },
        // A definite count with its scale, and one or two of a scale with the article before a unit (alone, الألف is a letter).
        { "دفع الستة ملايين ريال والعشرة آلاف دولار", ["الستة ملايين ريال|Money|6000000|||SAR|Exact", "العشرة آلاف دولار|Money|10000|||USD|Exact"] },
        { "قطع الألف متر بمبلغ يتجاوز الألفي ريال وكتب حرف الألف", ["الألف متر|Quantity|1000|||m|Exact", "يتجاوز الألفي ريال|Money|2000|||SAR|MoreThan"] },
        // Plural verbs of a bound, "and above" after the number, "its most" before it.
        // A bound with ل before it, the article written apart between a bound and the number, بحدود and تقريبا before it;
        // حدود alone is borders.
        { "لأكثر من أربعة عقود وتتجاوز الـ 60% وبحدود 35 ألف ريال وتقريباً 11 ألف ريال وعلى حدود 5 دول", ["أكثر من أربعة|Cardinal|4||||MoreThan", "تتجاوز الـ 60%|Percent|60||||MoreThan", "بحدود 35 ألف ريال|Money|35000|||SAR|Approximate", "تقريباً 11 ألف ريال|Money|11000|||SAR|Approximate", "5|Cardinal|5||||Exact"] },
        // A verb of comparison bounds the number past its subject, with the verb's preposition before the number, in
        // one clause; the span stays the number's.
        { "التي يقل وزنها الإجمالي عن 3500 كيلوجرام وأن لا يتجاوز عمر المتقدم عن 35 عاما", ["3500 كيلوجرام|Quantity|3500|||kg|LessThan", "35|Cardinal|35||||AtMost"] },
        { "لا يقل عدد المصانع العاملة عن 45 مصنعا", ["45|Cardinal|45||||AtLeast"] },
        // The subject runs over eight words at most.
        { "لا يقل عدد الطلاب المسجلين في المدارس الحكومية الكبيرة بالمدينة عن 45 طالبا", ["45|Cardinal|45||||AtLeast"] },
        { "لا يقل عدد الطلاب المسجلين في المدارس الحكومية الكبيرة بالمدينة الشمالية عن 45 طالبا", ["45|Cardinal|45||||Exact"] },
        { "يقل الحديث هنا. وتحدث عن 30 مشروعا ويزيد الطلب على 5 أنواع", ["30|Cardinal|30||||Exact", "5|Cardinal|5||||MoreThan"] },
        { "لا يتجاوزون ستة عشر عامًا وأقصاها 9 ركاب ولعشرة ركاب وما فوق", ["لا يتجاوزون ستة عشر|Cardinal|16||||AtMost", "أقصاها 9|Cardinal|9||||AtMost", "عشرة ركاب وما فوق|Cardinal|10||||AtLeast"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mentions_are_found_with_their_original_slice_value_and_qualifier(string text, string[] expected)
    {
        string[] actual = NumberExtractor.Default.Extract(text)
            .Select(m => $"{m.Span.Slice(text).ToString()}|{m.Kind}|{m.Value}|{m.Min}|{m.Max}|{m.Unit}|{m.Qualifier}")
            .ToArray();

        actual.Should().Equal(expected);
    }

    [Fact]
    public void Dual_nouns_count_two_only_when_the_options_ask_for_it()
    {
        // "خلال العامين الماضيين" is a duration: the dates own it, so its dual is no number even then.
        const string Text = "قتل جنديين خلال العامين الماضيين في البلدين وسنتين والدولتين";
        NumberExtractor.Default.Extract(Text).Should().BeEmpty();

        var extractor = new NumberExtractor(NumberExtractionOptions.Default with { IncludeDualNouns = true });
        extractor.Extract(Text).Select(m => $"{m.Span.Slice(Text).ToString()}|{m.Value}")
            .Should().Equal("جنديين|2", "البلدين|2", "سنتين|2", "الدولتين|2");
    }

    [Fact]
    public void The_manual_example_gives_the_span_it_shows()
    {
        NumberExtractor.Default.Extract("سقط أكثر من 600 ألف جندي")
            .Should().Equal(new NumberMention(4, 15, NumberKind.Cardinal, 600000m, null, null, null, NumberQualifier.MoreThan));
    }

    [Fact]
    public void Odd_and_huge_input_gives_mentions_without_throwing()
    {
        string digits = string.Concat(Enumerable.Repeat("1,234.5 4-5/6 1.2.3 ", 100_000));
        NumberExtractor.Default.Extract(digits).Should().HaveCount(100_000, "each 1,234.5 is a number, each 4-5/6 date-like and each 1.2.3 no number (its groups are not thousands)");

        string thousands = string.Concat(Enumerable.Repeat("ألف ", 250_000));
        NumberExtractor.Default.Extract(thousands).Should().HaveCount(250_000);

        // A long chain of digits joined by dashes is no date and no range, and is read in linear time.
        NumberExtractor.Default.Extract(string.Concat(Enumerable.Repeat("12-", 300_000))).Should().BeEmpty();

        var huge = NumberExtractor.Default.Extract(new string('9', 100_000));
        huge.Should().ContainSingle().Which.Value.Should().BeNull();
    }
}
