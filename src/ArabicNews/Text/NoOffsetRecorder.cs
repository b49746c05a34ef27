using System.Runtime.CompilerServices;

namespace ArabicNews.Text;

/// <summary>An <see cref="IOffsetRecorder"/> that records nothing.</summary>
internal struct NoOffsetRecorder : IOffsetRecorder
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Emit(int output, int start, int end)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void EmitRun(int output, int start, int length)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void ExtendLast(int end)
    {
    }
}
