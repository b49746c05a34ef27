using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ArabicNews.Lexicons;
using ArabicNews.Text;
using ArabicNews.Text.Simd;

namespace ArabicNews.Normalization;

// The normalization loop: vectorized runs of plain characters where the hardware allows, and the scalar
// state machine for everything else (spaces and line breaks, deletions, composition, decomposition).
public sealed partial class ArabicNormalizer
{
    // The loop: vectors as wide as the hardware and the remaining text allow (a short line's tail takes a
    // narrower vector), one scalar step at each character that the vectors leave.
    private bool NormalizeCore<TRecorder>(ReadOnlySpan<char> source, Span<char> destination, ref TRecorder recorder, out int charsWritten)
        where TRecorder : struct, IOffsetRecorder
    {
        var run = new Run<TRecorder>(destination, ref recorder);
        int widest = _vectorWidth;
        int i = 0;
        while (i < source.Length)
        {
            if (widest != 0 && run.PendingSpace < 0)
            {
                int room = Math.Min(source.Length - i, destination.Length - run.Written);
                int width;
                int copied;
                bool deferred;
                uint deleted;
                bool endsLine;
                if (widest >= 512 && room >= 32)
                {
                    width = 32;
                    copied = VectorStep<Simd512, Vector512<ushort>>(source.Slice(i, width), destination.Slice(run.Written, width), run.AtLineStart, out deferred, out deleted, out endsLine);
                }
                else if (widest >= 256 && room >= 16)
                {
                    width = 16;
                    copied = VectorStep<Simd256, Vector256<ushort>>(source.Slice(i, width), destination.Slice(run.Written, width), run.AtLineStart, out deferred, out deleted, out endsLine);
                }
                else if (room >= 8)
                {
                    width = 8;
                    copied = VectorStep<Simd128, Vector128<ushort>>(source.Slice(i, width), destination.Slice(run.Written, width), run.AtLineStart, out deferred, out deleted, out endsLine);
                }
                else
                {
                    width = 0;
                    copied = 0;
                    deferred = false;
                    deleted = 0;
                    endsLine = false;
                }

                if (copied > 0)
                {
                    if (deleted == 0)
                    {
                        run.Recorder.EmitRun(run.Written, i, copied);
                        run.Written += copied;
                    }
                    else
                    {
                        run.Written += Compact(destination.Slice(run.Written, copied), deleted, i, run.Written, ref run.Recorder);
                    }

                    run.AtLineStart = endsLine;
                    i += copied;
                    if (copied == width || deferred)
                    {
                        continue;
                    }
                }
            }

            char c = source[i];
            uint[] table = _table;
            if (c < (uint)table.Length && run.PendingSpace < 0 && (table[c] >> 16) == (uint)CharAction.Emit
                && run.Written < destination.Length)
            {
                // The most common scalar case inline: a character written as it is or replaced one for one.
                destination[run.Written] = (char)table[c];
                run.Recorder.Emit(run.Written, i, i + 1);
                run.Written++;
                run.AtLineStart = false;
                i++;
                continue;
            }

            Step(ref run, c, i, i + 1);
            i++;
            if (run.Overflow)
            {
                charsWritten = 0;
                return false;
            }
        }

        charsWritten = run.Written;
        return true;
    }

    // Closes the gaps that removed lanes leave in a stored vector; returns the characters kept. A removed
    // lane belongs to the character before it (the vector never starts a line with one).
    [MethodImpl(MethodImplOptions.NoInlining)] // off the hot loop: most vectors remove nothing
    private static int Compact<TRecorder>(Span<char> lanes, uint deleted, int sourceStart, int outputStart, ref TRecorder recorder)
        where TRecorder : struct, IOffsetRecorder
    {
        int first = BitOperations.TrailingZeroCount(deleted);
        if (first > 0)
        {
            recorder.EmitRun(outputStart, sourceStart, first);
        }

        int kept = first;
        for (int lane = first; lane < lanes.Length; lane++)
        {
            int keep = (int)(~deleted >> lane) & 1;
            lanes[kept] = lanes[lane];
            if (typeof(TRecorder) != typeof(NoOffsetRecorder))
            {
                if (keep != 0)
                {
                    recorder.Emit(outputStart + kept, sourceStart + lane, sourceStart + lane + 1);
                }
                else
                {
                    recorder.ExtendLast(sourceStart + lane + 1);
                }
            }

            kept += keep;
        }

        return kept;
    }

    // One character through the scalar rules; start and end are its range in the original text (a
    // decomposed presentation form passes each of its characters with the range of the form).
    private void Step<TRecorder>(ref Run<TRecorder> run, char c, int start, int end)
        where TRecorder : struct, IOffsetRecorder
    {
        uint entry = Lookup(c);
        switch ((CharAction)(entry >> 16))
        {
            case CharAction.Emit:
                run.EmitChar((char)entry, start, end);
                break;
            case CharAction.Space:
                if (!run.AtLineStart && run.PendingSpace < 0)
                {
                    run.PendingSpace = start;
                    run.PendingSpaceEnd = end;
                }

                break;
            case CharAction.LineBreak:
                run.PendingSpace = -1;
                run.Put(c, start, end);
                run.AtLineStart = true;
                break;
            case CharAction.DeleteDetached:
                break;
            case CharAction.DeleteAttached:
                run.Attach(end);
                break;
            case CharAction.ComposingMark:
                if (TryCompose(ref run, c))
                {
                    run.Recorder.ExtendLast(end);
                }
                else if (Options.RemoveDiacritics)
                {
                    run.Attach(end);
                }
                else
                {
                    run.EmitChar(c, start, end);
                }

                break;
            case CharAction.Decompose:
                // Decompositions hold base characters only, never another presentation form.
                foreach (char part in PresentationForms.Decompose(c)!)
                {
                    Step(ref run, part, start, end);
                }

                break;
        }
    }

    // Composes a hamza or madda mark with the character written before it, then folds the composed letter
    // like any other (ا + U+0654 is أ, which FoldAlef makes ا). Without ComposeHamza, only a composition
    // that a fold then removes is made: FoldAlef alone turns ا + U+0654 into ا, not into أ.
    private bool TryCompose<TRecorder>(ref Run<TRecorder> run, char mark)
        where TRecorder : struct, IOffsetRecorder
    {
        if (run.PendingSpace >= 0 || run.Written == 0
            || !CharRules.TryComposeHamza(run.Destination[run.Written - 1], mark, out char composed))
        {
            return false;
        }

        char folded = (char)Lookup(composed);
        if (!Options.ComposeHamza && folded == composed)
        {
            return false;
        }

        run.Destination[run.Written - 1] = folded;
        return true;
    }

    // The state of one normalization: the output written so far and the space waiting to be written.
    private ref struct Run<TRecorder>
        where TRecorder : struct, IOffsetRecorder
    {
        public readonly Span<char> Destination;
        public readonly ref TRecorder Recorder;
        public int Written;

        // The original range of a space not yet written: it is written before the next character of the
        // same line, and dropped at a line break or at the end. -1 when there is none.
        public int PendingSpace;
        public int PendingSpaceEnd;

        // True at the start of the text and after a line break, until the line's first character.
        public bool AtLineStart;
        public bool Overflow;

        public Run(Span<char> destination, ref TRecorder recorder)
        {
            Destination = destination;
            Recorder = ref recorder;
            PendingSpace = -1;
            AtLineStart = true;
        }

        public void EmitChar(char c, int start, int end)
        {
            if (PendingSpace >= 0)
            {
                Put(' ', PendingSpace, PendingSpaceEnd);
                PendingSpace = -1;
            }

            Put(c, start, end);
            AtLineStart = false;
        }

        public void Put(char c, int start, int end)
        {
            if (Written >= Destination.Length)
            {
                Overflow = true;
                return;
            }

            Destination[Written] = c;
            Recorder.Emit(Written, start, end);
            Written++;
        }

        // A dropped mark belongs to the character before it, unless a space or a line break came between.
        public readonly void Attach(int end)
        {
            if (PendingSpace < 0 && !AtLineStart)
            {
                Recorder.ExtendLast(end);
            }
        }
    }
}
