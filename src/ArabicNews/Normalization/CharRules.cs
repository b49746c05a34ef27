namespace ArabicNews.Normalization;

/// <summary>
/// The character sets behind the normalization rules, as documented on <see cref="NormalizationOptions"/>.
/// Only plain range checks: nothing here needs ICU or a culture.
/// </summary>
internal static class CharRules
{
    public const char Alef = '\u0627';
    public const char Tatweel = '\u0640';

    /// <summary>Spaces of every kind except line breaks.</summary>
    public static bool IsSpace(char c) => c switch
    {
        ' ' or '\t' or '\v' or '\f' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>CR, LF, NEL, line separator and paragraph separator.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Invisible and bidirectional format characters.</summary>
    public static bool IsInvisible(char c) => c switch
    {
        '\u00AD' or '\u061C' or '\u180E' or '\uFEFF' => true,
        >= '\u200B' and <= '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2060' and <= '\u2064' => true,
        >= '\u2066' and <= '\u206F' => true,
        _ => false,
    };

    /// <summary>The decomposed hamza and madda marks that <see cref="NormalizationOptions.ComposeHamza"/> composes.</summary>
    public static bool IsHamzaMark(char c) => c is >= '\u0653' and <= '\u0655';

    /// <summary>Arabic diacritics and Quranic marks.</summary>
    public static bool IsDiacritic(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' => true,
        '\u0670' => true,
        >= '\u06D6' and <= '\u06ED' => true,
        >= '\u0610' and <= '\u061A' => true,
        '\u08E2' => false,
        >= '\u08D3' and <= '\u08FF' => true,
        _ => false,
    };

    public static bool IsDoubleQuote(char c) => c switch
    {
        '\u00AB' or '\u00BB' or '\u2033' or '\u2036' or '\uFF02' => true,
        >= '\u201C' and <= '\u201F' => true,
        >= '\u301D' and <= '\u301F' => true,
        _ => false,
    };

    public static bool IsSingleQuote(char c) => c switch
    {
        '\u2039' or '\u203A' or '\u2032' or '\u2035' or '\uFF07' => true,
        >= '\u2018' and <= '\u201B' => true,
        _ => false,
    };

    /// <summary>
    /// Composition of a letter and a following hamza or madda mark: the Arabic pairs of canonical composition
    /// (NFC), plus alef maqsura + hamza above, a common spelling of ئ that NFC leaves apart.
    /// </summary>
    public static bool TryComposeHamza(char letter, char mark, out char composed)
    {
        composed = (letter, mark) switch
        {
            ('\u0627', '\u0653') => '\u0622',
            ('\u0627', '\u0654') => '\u0623',
            ('\u0627', '\u0655') => '\u0625',
            ('\u0648', '\u0654') => '\u0624',
            ('\u064A', '\u0654') => '\u0626',
            ('\u0649', '\u0654') => '\u0626',
            ('\u06C1', '\u0654') => '\u06C2',
            ('\u06D2', '\u0654') => '\u06D3',
            ('\u06D5', '\u0654') => '\u06C0',
            _ => '\0',
        };
        return composed != '\0';
    }
}
