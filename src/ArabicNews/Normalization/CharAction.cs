namespace ArabicNews.Normalization;

/// <summary>What the scalar path of <see cref="ArabicNormalizer"/> does with one character.</summary>
internal enum CharAction : byte
{
    /// <summary>Write the mapped character (itself, or its one-for-one replacement).</summary>
    Emit = 0,

    /// <summary>A space: written once, and only between two other characters of a line.</summary>
    Space,

    /// <summary>A line break: kept, and drops the spaces before it and after it.</summary>
    LineBreak,

    /// <summary>Dropped, belonging to no output character (an invisible control).</summary>
    DeleteDetached,

    /// <summary>Dropped, belonging to the output character before it (a diacritic, a tatweel).</summary>
    DeleteAttached,

    /// <summary>A hamza or madda mark that may compose with the character before it.</summary>
    ComposingMark,

    /// <summary>A presentation form, replaced by its decomposition.</summary>
    Decompose,
}
