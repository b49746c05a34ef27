namespace ArabicNews.Numbers;

/// <summary>The grammatical role of a number word in the lexicon.</summary>
internal enum NumberWordKind : byte
{
    /// <summary>0 to 10; عشر/عشرة after another unit makes a teen.</summary>
    Unit,

    /// <summary>20 to 90.</summary>
    Ten,

    /// <summary>100 to 900 (and مئات, hundreds, which counts nothing by itself).</summary>
    Hundred,

    /// <summary>ألف, مليون, مليار, بليون, تريليون: multiplies what counts it.</summary>
    Scale,

    /// <summary>نصف, ثلث, ربع, ثلثا.</summary>
    Fraction,

    /// <summary>فاصلة, the decimal point written as a word.</summary>
    Point,

    /// <summary>A plural denominator (أرباع، أخماس): divides the count before it.</summary>
    Denominator,
}
