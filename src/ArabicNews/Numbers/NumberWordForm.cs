namespace ArabicNews.Numbers;

/// <summary>The grammatical number of a scale or hundred word.</summary>
internal enum NumberWordForm : byte
{
    /// <summary>Not a scale word.</summary>
    None,

    /// <summary>Singular: ألف, مليون.</summary>
    One,

    /// <summary>Dual: ألفان, مليونين; stands for two of the scale when nothing counts it.</summary>
    Two,

    /// <summary>Plural: آلاف, ملايين; needs a count (ثلاثة آلاف).</summary>
    Many,
}
