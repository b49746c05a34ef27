using System;
using System.Buffers;
using System.Collections.Generic;

namespace ArabicNews.Quotes;

/// <summary>
/// Pairs the quotation marks of an article in one left-to-right pass, by the marks the original text has (“”«»„"
/// all normalize to "): « and „ open, » closes a «, ” closes a “ (or a ” used as an opener, as in بـ”الانتظار…”),
/// and marks inside an open quote nest, so that “… «…» …” is one quotation. A quotation left open over more than
/// <see cref="MaxLines"/> line breaks or <see cref="MaxLength"/> characters is dropped, so the pass stays linear.
/// Single quotes ('مع أو بدون الناتو') pair on one line when they stand at word edges. Real copy loses marks: a straight
/// mark after a full stop or before a stop opens nothing, a straight opening followed by another opening that is a
/// quotation of its own (an even count of straight marks to the end of its sentence) was never closed, a « or “ left
/// open when another opens after a colon on a later line ends with its paragraph, and » right after a colon opens.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>The most characters a quotation spans.</summary>
    public const int MaxLength = 4000;

    /// <summary>The most line breaks a quotation spans.</summary>
    public const int MaxLines = 3;

    /// <summary>The most characters a single-quoted phrase spans.</summary>
    public const int MaxSingleQuoted = 300;

    /// <summary>The most characters a phrase quoted in brackets after a colon spans.</summary>
    public const int MaxBracketQuoted = 1000;

    // The next character after position k that is not a space, within three, or '\0'.
    private static char NextNonSpace(ReadOnlySpan<char> text, int k)
    {
        for (int j = k + 1; j < text.Length && j - k < 4; j++)
        {
            if (text[j] != ' ')
            {
                return text[j];
            }
        }

        return '\0';
    }

    // Whether the next character after position k that is not a space is a full stop or a comma.
    private static bool FollowedByStop(ReadOnlySpan<char> text, int k) => NextNonSpace(text, k) is '.' or '،' or ',' or '؛';

    // Whether the next character after position k that is not a space ends a sentence.
    private static bool FollowedByFullStop(ReadOnlySpan<char> text, int k) => NextNonSpace(text, k) is '.' or '!' or '؟' or '?' or '\n';

    // Whether a straight mark at k stands where a quotation opens: after a space, a colon or the start of a line, and
    // before a letter. Such a mark never closes a straight quotation; it shows the one before it was never closed.
    private static bool OpensOnly(ReadOnlySpan<char> text, int k)
        => (k == 0 || text[k - 1] is ' ' or '\n' or ':') && k + 1 < text.Length && char.IsLetter(text[k + 1]);

    // Whether the character before position k, past one space, is a colon.
    private static bool AfterColon(ReadOnlySpan<char> text, int k)
        => (k > 0 && text[k - 1] == ':') || (k > 1 && text[k - 1] == ' ' && text[k - 2] == ':');

    // The straight marks (") of the original text on the line that starts at normalized position start, each as the
    // index of the first mark from it on (itself included) that a full stop follows, or of the line's last mark when
    // none does: the marks from one mark to the end of its sentence, counted in one pass per line.
    private static void StatementEnds(in QuoteText t, int start, List<int> ends)
    {
        ReadOnlySpan<char> text = t.Text;
        ends.Clear();
        int open = 0; // marks whose statement end is not found yet start at index `open`
        for (int j = start; j < text.Length && text[j] != '\n'; j++)
        {
            if (text[j] == '"' && t.OriginalChar(j) == '"')
            {
                ends.Add(-1);
                if (FollowedByFullStop(text, j))
                {
                    for (int i = open; i < ends.Count; i++)
                    {
                        ends[i] = ends.Count - 1;
                    }

                    open = ends.Count;
                }
            }
        }

        for (int i = open; i < ends.Count; i++)
        {
            ends[i] = ends.Count - 1;
        }
    }

    // How many straight marks there are from the line's mark at `index` to the end of its statement (the first mark
    // from it on that ends a sentence, or the line's last): an even count is a quotation of its own.
    private static int StraightToStatementEnd(in QuoteText t, int lineStart, ref List<int>? ends, ref bool lineRead, int index)
    {
        ends ??= [];
        if (!lineRead)
        {
            StatementEnds(t, lineStart, ends);
            lineRead = true;
        }

        return index < ends.Count ? ends[index] - index + 1 : 0;
    }

    // The bracket that closes the one at k on its line, within MaxBracketQuoted characters and with no bracket or mark
    // between, when it holds three words or more; else -1.
    private static int ClosingBracket(ReadOnlySpan<char> text, int k)
    {
        char closing = text[k] == '(' ? ')' : '}';
        int words = 1;
        for (int j = k + 1; j < text.Length && j - k <= MaxBracketQuoted; j++)
        {
            char c = text[j];
            if (c == closing)
            {
                return words >= 3 ? j : -1;
            }

            if (c is '\n' or '(' or '{' or '"')
            {
                return -1;
            }

            words += c == ' ' && j > k + 1 && text[j - 1] != ' ' ? 1 : 0;
        }

        return -1;
    }

    // What Pair reads in the normalized text (every double mark is normalized to ").
    private static readonly SearchValues<char> s_markOrLine = SearchValues.Create("\n'\"({");

    /// <summary>The pairs, as normalized positions of the opening and closing marks, in order of their openings.</summary>
    public static List<(int Open, int Close)> Pair(in QuoteText t)
    {
        ReadOnlySpan<char> text = t.Text;
        var marks = new List<(int, int)>();
        Span<(int Position, char Kind)> stack = stackalloc (int, char)[8];
        int depth = 0;
        int lines = 0;
        int firstBreak = -1; // the first line break inside the open quotation
        int single = -1;
        int lineStart = 0;
        List<int>? statementEnds = null; // the line's straight marks and where their sentences end, read only when a rule needs them
        bool lineRead = false;
        int seenStraight = 0;
        for (int k = 0; k < text.Length; k++)
        {
            // Only line breaks and marks matter: jump to the next one (most of the text is neither).
            int next = text[k..].IndexOfAny(s_markOrLine);
            if (next < 0)
            {
                break;
            }

            k += next;
            char c = text[k];
            if (c == '\n')
            {
                (lineStart, lineRead, seenStraight) = (k + 1, false, 0);
                single = -1;
                if (depth > 0 && lines == 0)
                {
                    firstBreak = k;
                }

                if (depth > 0 && ++lines > MaxLines)
                {
                    depth = 0;
                }
            }

            if (c == '\'' && depth == 0)
            {
                bool opens = (k == 0 || !char.IsLetterOrDigit(text[k - 1])) && k + 1 < text.Length && char.IsLetter(text[k + 1]);
                bool closes = k > 0 && char.IsLetter(text[k - 1]) && (k + 1 == text.Length || !char.IsLetterOrDigit(text[k + 1]));
                if (single >= 0 && closes && k - single <= MaxSingleQuoted)
                {
                    marks.Add((single, k));
                    single = -1;
                }
                else if (opens)
                {
                    single = k;
                }

                continue;
            }

            if (c is '(' or '{')
            {
                if (depth == 0 && AfterColon(text, k) && ClosingBracket(text, k) is int bracket and > 0)
                {
                    // "وجاء في خبر الوكالة: (وضع فريق …)", "قوله تعالى: {قل إنما …}": words in brackets right after a
                    // colon are quoted as in marks.
                    marks.Add((k, bracket));
                    k = bracket;
                }

                continue;
            }

            if (c != '"')
            {
                continue;
            }

            if (depth > 0 && k - stack[0].Position > MaxLength)
            {
                depth = 0;
            }

            char kind = t.OriginalChar(k);
            seenStraight += kind == '"' ? 1 : 0;
            if (depth > 0 && lines > 0 && kind is '«' or '“' && AfterColon(text, k) && k + 1 < text.Length && char.IsLetter(text[k + 1]))
            {
                // "وأضاف: «لا بد … الدخيلة. ⏎ وأضاف اليوسف: «لمحاربة …»": a quotation opened after a colon on a later
                // line shows the one still open was never closed; it ends with its paragraph.
                if (firstBreak > stack[0].Position + 1)
                {
                    marks.Add((stack[0].Position, firstBreak));
                }

                depth = 0;
            }

            if (depth == 0 && kind == '»' && AfterColon(text, k) && k + 1 < text.Length && char.IsLetter(text[k + 1]))
            {
                // "وكتب في تغريدته :»أشكر …»": a closing guillemet right after a colon opens, as « would.
                stack[depth++] = (k, '«');
                lines = 0;
                continue;
            }

            if (depth == 0)
            {
                // A straight mark followed by a stop or comma, or right after a full stop, closes a quotation whose
                // opening was lost ("… الترشح". وقال …", "… الواحد." لكن …"): it opens none, or it would pair with
                // the next quotation's opening.
                if (kind != '»' && !(kind == '"' && (FollowedByStop(text, k) || (k > 0 && text[k - 1] is '.' or '!' or '؟' or '?'))))
                {
                    stack[depth++] = (k, kind);
                    lines = 0;
                }

                continue;
            }

            char top = stack[depth - 1].Kind;
            if (depth == 1 && kind == '"' && top == '"' && lines == 0 && OpensOnly(text, k) && OpensOnly(text, stack[0].Position)
                && StraightToStatementEnd(t, lineStart, ref statementEnds, ref lineRead, seenStraight - 1) % 2 == 0)
            {
                // Two straight openings in a row, the second a quotation of its own (an even count of straight marks
                // from it to the end of its statement: "سيلفي من بطولة … قائلاً: "وما نريد … المجتمع."): the first was
                // never closed, and pairing it with the second would turn the text between them into the quotation. An
                // odd count is a quotation inside the first ("وأضاف: "… على نظام "إحالتي" في انتظار الرد".").
                stack[0] = (k, kind);
                lines = 0;
                continue;
            }

            bool close = kind switch
            {
                '»' => top == '«',
                '«' or '„' => false,
                '”' => top is '“' or '”' or '„' or '"',
                '“' => top is '“' or '”',
                _ => top is '"' or '“' or '”',
            };
            if (close)
            {
                depth--;
                if (depth == 0 && k > stack[0].Position + 1)
                {
                    marks.Add((stack[0].Position, k));
                }
            }
            else if (depth < stack.Length)
            {
                stack[depth++] = (k, kind);
            }
        }

        marks.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return marks;
    }
}
