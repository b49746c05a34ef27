using System;
using ArabicNews.Annotations;

namespace ArabicNews.Normalization;

/// <summary>
/// The rules that an <see cref="ArabicNormalizer"/> applies, each a switch. Immutable: derive a variant
/// with <c>with</c>, for example <c>NormalizationOptions.Search with { FoldTaaMarbuta = false }</c>.
/// </summary>
/// <remarks>
/// A new instance has every switch off. Start from a profile: <see cref="Search"/> (also
/// <see cref="Default"/>), <see cref="Dedup"/> or <see cref="Display"/>. Every combination of switches gives
/// an idempotent normalization: normalizing its output again changes nothing.
/// </remarks>
[Immutable]
public sealed record NormalizationOptions
{
    /// <summary>
    /// Alef with hamza above (أ U+0623) or below (إ U+0625), with madda (آ U+0622), wasla (ٱ U+0671) and
    /// wavy hamza (ٲ ٳ U+0672, U+0673) become bare alef (ا U+0627), also when written decomposed as alef
    /// followed by U+0653, U+0654 or U+0655.
    /// </summary>
    public bool FoldAlef { get; init; }

    /// <summary>Hamza on waw (ؤ U+0624) becomes waw (و), hamza on yaa (ئ U+0626) becomes yaa (ي). Off in Search.</summary>
    public bool FoldHamzaSeats { get; init; }

    /// <summary>Alef maqsura (ى U+0649) becomes yaa (ي U+064A).</summary>
    public bool FoldAlefMaqsura { get; init; }

    /// <summary>Taa marbuta (ة U+0629) becomes haa (ه U+0647).</summary>
    public bool FoldTaaMarbuta { get; init; }

    /// <summary>Tatweel (ـ U+0640) is removed.</summary>
    public bool RemoveTatweel { get; init; }

    /// <summary>
    /// Arabic diacritics are removed: harakat, tanween, shadda, sukun and the other marks U+064B–U+065F, the
    /// superscript alef U+0670 (deleted, never turned into ا), the Quranic annotation marks U+06D6–U+06ED,
    /// the honorific marks U+0610–U+061A and the extended marks U+08D3–U+08FF (except U+08E2).
    /// </summary>
    public bool RemoveDiacritics { get; init; }

    /// <summary>
    /// Arabic-Indic digits (U+0660–U+0669) and Extended Arabic-Indic (Persian/Urdu) digits (U+06F0–U+06F9)
    /// become ASCII digits; the Arabic decimal separator ٫ becomes '.', the thousands separator ٬ ',' and
    /// the percent sign ٪ '%'.
    /// </summary>
    public bool NormalizeDigits { get; init; }

    /// <summary>
    /// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) become the letters they stand for, exactly as
    /// Unicode compatibility decomposition (NFKC) says: ﻻ becomes لا, ﷲ becomes الله. Characters without a
    /// decomposition (the ornate parentheses ﴾ ﴿) are kept.
    /// </summary>
    public bool DecomposePresentationForms { get; init; }

    /// <summary>Persian and Urdu letter variants used in Arabic text: keheh (ک U+06A9) becomes kaf (ك), Farsi yeh (ی U+06CC) becomes yaa (ي).</summary>
    public bool FoldPersianLetters { get; init; }

    /// <summary>
    /// Invisible and bidirectional format characters are removed: soft hyphen U+00AD, Arabic letter mark
    /// U+061C, Mongolian vowel separator U+180E, zero-width space, ZWNJ, ZWJ, LRM, RLM (U+200B–U+200F),
    /// LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), word joiner and invisible operators (U+2060–U+2064), LRI,
    /// RLI, FSI, PDI and the deprecated format controls (U+2066–U+206F), and the byte order mark U+FEFF.
    /// </summary>
    public bool RemoveInvisibles { get; init; }

    /// <summary>
    /// Every Unicode space (tab, vertical tab, form feed, NBSP, U+1680, U+2000–U+200A, narrow NBSP U+202F,
    /// U+205F, ideographic space U+3000) becomes a plain space; runs of spaces become one; spaces at the
    /// start and end of each line are removed. Line breaks (CR, LF, NEL, U+2028, U+2029) are kept as written.
    /// </summary>
    public bool NormalizeWhitespace { get; init; }

    /// <summary>
    /// Double quotation marks « » “ ” „ ‟ ″ ‶ 〝 〞 〟 ＂ become '"'; single marks ‘ ’ ‚ ‛ ‹ › ′ ‵ ＇ become '\''.
    /// </summary>
    public bool UnifyQuotes { get; init; }

    /// <summary>
    /// Decomposed hamza and madda (a letter followed by U+0653, U+0654 or U+0655) are composed into the
    /// letter they spell, as Unicode canonical composition (NFC) does: ا + U+0654 becomes أ, و + U+0654 ؤ,
    /// ي or ى + U+0654 ئ. Composition comes before the other rules, so a composed alef is then folded when
    /// <see cref="FoldAlef"/> is on.
    /// </summary>
    public bool ComposeHamza { get; init; }

    /// <summary>
    /// Punctuation of every script (Unicode categories Pc, Pd, Ps, Pe, Pi, Pf, Po: '.', '،', '؛', '؟', '«',
    /// '-', '…') becomes a space, which then collapses with its neighbours when
    /// <see cref="NormalizeWhitespace"/> is on. Meant for shingling (Dedup), not for display.
    /// </summary>
    public bool FoldPunctuation { get; init; }

    /// <summary>Letters become lower case by the invariant culture's rules (BMP characters).</summary>
    public bool LowercaseLatin { get; init; }

    /// <summary>The Search profile: every orthographic rule on, hamza seats kept, punctuation and case kept.</summary>
    public static NormalizationOptions Search { get; } = new()
    {
        FoldAlef = true,
        FoldAlefMaqsura = true,
        FoldTaaMarbuta = true,
        RemoveTatweel = true,
        RemoveDiacritics = true,
        NormalizeDigits = true,
        DecomposePresentationForms = true,
        FoldPersianLetters = true,
        RemoveInvisibles = true,
        NormalizeWhitespace = true,
        UnifyQuotes = true,
        ComposeHamza = true,
    };

    /// <summary>The Dedup profile: <see cref="Search"/> plus <see cref="FoldHamzaSeats"/>, <see cref="FoldPunctuation"/> and <see cref="LowercaseLatin"/>.</summary>
    public static NormalizationOptions Dedup { get; } = Search with
    {
        FoldHamzaSeats = true,
        FoldPunctuation = true,
        LowercaseLatin = true,
    };

    /// <summary>
    /// The Display profile: only rules that never change meaning: presentation forms, invisibles,
    /// whitespace, tatweel, quote unification and hamza composition.
    /// </summary>
    public static NormalizationOptions Display { get; } = new()
    {
        RemoveTatweel = true,
        DecomposePresentationForms = true,
        RemoveInvisibles = true,
        NormalizeWhitespace = true,
        UnifyQuotes = true,
        ComposeHamza = true,
    };

    /// <summary>The default options: <see cref="Search"/>.</summary>
    public static NormalizationOptions Default => Search;

    /// <summary>Returns the options of a named profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns><see cref="Search"/>, <see cref="Dedup"/> or <see cref="Display"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="profile"/> is not a defined value.</exception>
    public static NormalizationOptions ForProfile(NormalizationProfile profile) => profile switch
    {
        NormalizationProfile.Search => Search,
        NormalizationProfile.Dedup => Dedup,
        NormalizationProfile.Display => Display,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, ArabicNewsMessages.UnknownProfile(profile)),
    };
}
