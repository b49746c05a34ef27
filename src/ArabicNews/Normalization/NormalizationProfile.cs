namespace ArabicNews.Normalization;

/// <summary>The named sets of normalization rules. Each is a <see cref="NormalizationOptions"/> value.</summary>
public enum NormalizationProfile
{
    /// <summary>
    /// For indexing and matching: every orthographic rule on (alef forms, alef maqsura, taa marbuta,
    /// tatweel, diacritics, digits, presentation forms, Persian letters, invisibles, spaces, quotes), hamza
    /// seats kept. See <see cref="NormalizationOptions.Search"/>.
    /// </summary>
    Search = 0,

    /// <summary>
    /// For duplicate detection: <see cref="Search"/> plus hamza seats folded, punctuation turned into
    /// spaces and Latin letters lowered, so that texts differing only in such details shingle alike.
    /// See <see cref="NormalizationOptions.Dedup"/>.
    /// </summary>
    Dedup = 1,

    /// <summary>
    /// For showing text to people: only what never changes meaning (presentation forms, invisibles,
    /// spaces, tatweel, quote unification, composed hamza). See <see cref="NormalizationOptions.Display"/>.
    /// </summary>
    Display = 2,
}
