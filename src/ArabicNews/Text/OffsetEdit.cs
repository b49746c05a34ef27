namespace ArabicNews.Text;

/// <summary>
/// One place where a transformed text stops being a plain copy of its original: the code units
/// <c>[OutputStart, OutputStart + OutputLength)</c> of the output came, as one unit, from
/// <c>[OriginalStart, OriginalStart + OriginalLength)</c> of the original. An edit with
/// <see cref="OutputLength"/> zero records original code units that were dropped.
/// Between edits, the output copies the original one code unit for one.
/// </summary>
internal readonly record struct OffsetEdit(int OutputStart, int OutputLength, int OriginalStart, int OriginalLength)
{
    public int OutputEnd => OutputStart + OutputLength;

    public int OriginalEnd => OriginalStart + OriginalLength;
}
