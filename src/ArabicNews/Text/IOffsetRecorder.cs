namespace ArabicNews.Text;

/// <summary>
/// Receives, in output order, where each output character of a transformation came from.
/// Implemented by <see cref="OffsetMapBuilder"/>, and by <see cref="NoOffsetRecorder"/> when nobody asked
/// for a map (a struct whose calls the JIT removes).
/// </summary>
internal interface IOffsetRecorder
{
    /// <summary>The output character at <paramref name="output"/> came from original <c>[start, end)</c>.</summary>
    void Emit(int output, int start, int end);

    /// <summary><paramref name="length"/> output characters from <paramref name="output"/> copy the original from <paramref name="start"/>.</summary>
    void EmitRun(int output, int start, int length);

    /// <summary>The last output character also covers the original up to <paramref name="end"/> (a dropped mark, a composed sequence).</summary>
    void ExtendLast(int end);
}
