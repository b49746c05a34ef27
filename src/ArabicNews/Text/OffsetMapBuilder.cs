using System;
using System.Buffers;

namespace ArabicNews.Text;

/// <summary>
/// Builds an <see cref="OffsetMap"/> from the output-ordered stream of <see cref="IOffsetRecorder"/> calls.
/// It keeps the last unit open (a run of copied characters, or one unit of several output or original
/// characters) so that a following call can still extend it, and turns a closed unit into an
/// <see cref="OffsetEdit"/> only when it is not a plain copy. Its buffer is rented; call
/// <see cref="ToMap"/> or <see cref="Dispose"/> once.
/// </summary>
internal struct OffsetMapBuilder : IOffsetRecorder, IDisposable
{
    private OffsetEdit[]? _edits;
    private int _count;

    // The open unit: output [_out, _out + _outLength) from original [_orig, _orig + _origLength).
    // _linear: a run copied one code unit for one. _outLength == 0: no open unit.
    private int _out;
    private int _outLength;
    private int _orig;
    private int _origLength;
    private bool _linear;

    // Original end of the last closed unit: original code units before it are accounted for.
    private int _closedOriginalEnd;

    public void Emit(int output, int start, int end)
    {
        if (_outLength > 0)
        {
            if (start < _orig + _origLength && !(_linear && start == _orig + _origLength - 1 && end == start + 1))
            {
                // The source overlaps the open unit's (a presentation form whose first part was dropped
                // into the unit before it): the unit takes the character and the rest of its source.
                if (_linear)
                {
                    SplitLast();
                }

                _outLength++;
                _origLength = Math.Max(_origLength, end - _orig);
                return;
            }

            if (_linear)
            {
                int lastStart = _orig + _origLength - 1;
                if (end - start == 1 && start == _orig + _origLength)
                {
                    _outLength++;
                    _origLength++;
                    return;
                }

                if (start == lastStart && end == lastStart + 1)
                {
                    // One original character becomes several: split the run before its last character.
                    SplitLast();
                    _outLength++;
                    return;
                }
            }
            else if (start == _orig && end == _orig + _origLength)
            {
                _outLength++;
                return;
            }

            Close();
        }

        Open(output, 1, start, end - start, linear: end - start == 1);
    }

    public void EmitRun(int output, int start, int length)
    {
        if (_outLength > 0)
        {
            if (_linear && start == _orig + _origLength)
            {
                _outLength += length;
                _origLength += length;
                return;
            }

            Close();
        }

        Open(output, length, start, length, linear: true);
    }

    public void ExtendLast(int end)
    {
        if (_outLength == 0 || end <= _orig + _origLength)
        {
            return;
        }

        if (_linear)
        {
            SplitLast();
        }

        _origLength = end - _orig;
    }

    /// <summary>Closes the last unit, records the dropped tail of the original, and returns the map.</summary>
    public OffsetMap ToMap(int length, int originalLength)
    {
        if (_outLength > 0)
        {
            Close();
        }

        if (_closedOriginalEnd < originalLength)
        {
            Add(new OffsetEdit(length, 0, _closedOriginalEnd, originalLength - _closedOriginalEnd));
        }

        OffsetEdit[]? edits = _count == 0 ? null : _edits.AsSpan(0, _count).ToArray();
        Dispose();
        return new OffsetMap(originalLength, length, edits);
    }

    /// <summary>
    /// As <see cref="ToMap"/>, but the map reads the builder's rented buffer, which the caller returns with
    /// <paramref name="rented"/> (when not null) once done with the map.
    /// </summary>
    public OffsetMap ToPooledMap(int length, int originalLength, out OffsetEdit[]? rented)
    {
        if (_outLength > 0)
        {
            Close();
        }

        if (_closedOriginalEnd < originalLength)
        {
            Add(new OffsetEdit(length, 0, _closedOriginalEnd, originalLength - _closedOriginalEnd));
        }

        rented = _edits;
        var map = new OffsetMap(originalLength, length, _edits, _count);
        _edits = null;
        _count = 0;
        return map;
    }

    public void Dispose()
    {
        if (_edits is not null)
        {
            ArrayPool<OffsetEdit>.Shared.Return(_edits);
            _edits = null;
        }

        _count = 0;
    }

    // Turns the open run's last character into an open unit of its own, closing the rest of the run.
    private void SplitLast()
    {
        int lastOut = _out + _outLength - 1;
        int lastOrig = _orig + _origLength - 1;
        if (_outLength > 1)
        {
            _outLength--;
            _origLength--;
            Close();
        }

        Open(lastOut, 1, lastOrig, 1, linear: false);
    }

    private void Open(int output, int outLength, int orig, int origLength, bool linear)
    {
        _out = output;
        _outLength = outLength;
        _orig = orig;
        _origLength = origLength;
        _linear = linear;
    }

    private void Close()
    {
        if (_orig > _closedOriginalEnd)
        {
            Add(new OffsetEdit(_out, 0, _closedOriginalEnd, _orig - _closedOriginalEnd));
        }

        if (!_linear)
        {
            Add(new OffsetEdit(_out, _outLength, _orig, _origLength));
        }

        _closedOriginalEnd = _orig + _origLength;
        _outLength = 0;
    }

    private void Add(OffsetEdit edit)
    {
        if (_edits is null || _count == _edits.Length)
        {
            OffsetEdit[] larger = ArrayPool<OffsetEdit>.Shared.Rent(Math.Max(16, _count * 2));
            if (_edits is not null)
            {
                _edits.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<OffsetEdit>.Shared.Return(_edits);
            }

            _edits = larger;
        }

        _edits[_count++] = edit;
    }
}
