using System.Globalization;
using ArabicNews.Lexicons;

namespace ArabicNews.Normalization;

// The per-character rules: what each character becomes under the options, computed once into a table for
// U+0000–U+06FF (the characters of Arabic and Latin text) and on demand above it.
public sealed partial class ArabicNormalizer
{
    private const int TableSize = 0x0700;

    // Per character below TableSize: (CharAction << 16) | mapped character.
    private readonly uint[] _table;

    private static uint Entry(CharAction action, char mapped) => ((uint)action << 16) | mapped;

    private static uint[] BuildTable(NormalizationOptions options)
    {
        var table = new uint[TableSize];
        for (int c = 0; c < TableSize; c++)
        {
            table[c] = Classify(options, (char)c);
        }

        return table;
    }

    private uint Lookup(char c) => c < TableSize ? _table[c] : Classify(Options, c);

    // The action for one character. The order matters only where sets overlap: a presentation form is
    // decomposed first (U+FEFF, the BOM, has no decomposition and falls through to the invisibles).
    private static uint Classify(NormalizationOptions options, char c)
    {
        if (options.DecomposePresentationForms && PresentationForms.Decompose(c) is not null)
        {
            return Entry(CharAction.Decompose, c);
        }

        if (options.NormalizeWhitespace)
        {
            if (CharRules.IsLineBreak(c))
            {
                return Entry(CharAction.LineBreak, c);
            }

            if (CharRules.IsSpace(c))
            {
                return Entry(CharAction.Space, ' ');
            }
        }

        if (options.RemoveInvisibles && CharRules.IsInvisible(c))
        {
            return Entry(CharAction.DeleteDetached, c);
        }

        if ((options.ComposeHamza || options.FoldAlef || options.FoldHamzaSeats) && CharRules.IsHamzaMark(c))
        {
            return Entry(CharAction.ComposingMark, c);
        }

        if ((options.RemoveTatweel && c == CharRules.Tatweel) || (options.RemoveDiacritics && CharRules.IsDiacritic(c)))
        {
            return Entry(CharAction.DeleteAttached, c);
        }

        char mapped = Fold(options, c);
        if (options.FoldPunctuation && IsPunctuation(mapped))
        {
            return options.NormalizeWhitespace ? Entry(CharAction.Space, ' ') : Entry(CharAction.Emit, ' ');
        }

        return Entry(CharAction.Emit, mapped);
    }

    // The one-for-one replacements. Their sets are disjoint, and no replacement is itself replaced again.
    private static char Fold(NormalizationOptions options, char c)
    {
        if (options.FoldPersianLetters)
        {
            switch (c)
            {
                case '\u06A9': return '\u0643';
                case '\u06CC': return '\u064A';
            }
        }

        if (options.FoldAlef && c is '\u0622' or '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673')
        {
            return CharRules.Alef;
        }

        if (options.FoldHamzaSeats)
        {
            switch (c)
            {
                case '\u0624': return '\u0648';
                case '\u0626': return '\u064A';
            }
        }

        if (options.FoldAlefMaqsura && c == '\u0649')
        {
            return '\u064A';
        }

        if (options.FoldTaaMarbuta && c == '\u0629')
        {
            return '\u0647';
        }

        if (options.NormalizeDigits)
        {
            switch (c)
            {
                case >= '\u0660' and <= '\u0669': return (char)(c - '\u0660' + '0');
                case >= '\u06F0' and <= '\u06F9': return (char)(c - '\u06F0' + '0');
                case '\u066A': return '%';
                case '\u066B': return '.';
                case '\u066C': return ',';
            }
        }

        if (options.UnifyQuotes)
        {
            if (CharRules.IsDoubleQuote(c))
            {
                return '"';
            }

            if (CharRules.IsSingleQuote(c))
            {
                return '\'';
            }
        }

        return options.LowercaseLatin ? char.ToLowerInvariant(c) : c;
    }

    private static bool IsPunctuation(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
        _ => false,
    };
}
