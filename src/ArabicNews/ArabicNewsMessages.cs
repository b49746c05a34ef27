namespace ArabicNews;

/// <summary>Every message that the library puts in an exception, in one place.</summary>
internal static class ArabicNewsMessages
{
    public const string BuffersOverlap = "The source and destination buffers must not overlap.";

    public static string MissingLexicon(string fileName) =>
        $"The embedded data file '{fileName}' is missing from the ArabicNews assembly.";

    public static string UnknownProfile(object profile) =>
        $"'{profile}' is not a normalization profile; use Search, Dedup or Display.";
}
