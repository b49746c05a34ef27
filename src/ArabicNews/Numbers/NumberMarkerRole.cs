namespace ArabicNews.Numbers;

/// <summary>What a word next to a number says about it.</summary>
internal enum NumberMarkerRole : byte
{
    Approximate,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
    Exact,
    Percent,
}
