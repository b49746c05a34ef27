namespace ArabicNews;

/// <summary>Every message that the library puts in an exception, in one place.</summary>
internal static class ArabicNewsMessages
{
    public const string BuffersOverlap = "The source and destination buffers must not overlap.";

    public static string MissingLexicon(string fileName) =>
        $"The embedded data file '{fileName}' is missing from the ArabicNews assembly.";

    public static string BadLexiconEntry(string fileName, string word) =>
        $"The entry '{word}' of the embedded data file '{fileName}' is malformed or contradicts another entry.";

    public static string NotANumber(string word, int start) =>
        $"'{word}' at position {start} cannot be read as part of an Arabic number.";

    public static string NotADate(string text) =>
        $"'{text}' cannot be read as one Arabic date.";

    public static string EmptyNumber => "The text holds no number.";

    public static string NumberWordsRange(long max) =>
        $"Only whole numbers from 0 to {max} can be written in words.";

    public static string UnknownProfile(object profile) =>
        $"'{profile}' is not a normalization profile; use Search, Dedup or Display.";

    public const string IncomparableSignatures = "The signatures were made with different shingle sizes, seeds or hash counts and cannot be compared.";

    public const string NotASignature = "The bytes are not a document signature of a known format version.";

    public const string SignatureOptions = "The signature was made with options other than the index's (shingle size, seed, hash count).";

    public const string IncompleteQuoteSource = "A quote source needs a document id and a text (a default QuoteSource has neither).";

    public const string IncompleteDocument = "A document needs an id and a text.";

    public const string QuoteMinimumWords = "A quote to cluster has at least 2 words (one word bigram).";

    public const string SimilarityThreshold = "The similarity threshold is in (0, 1].";

    public const string ContainmentThreshold = "The containment threshold is in (0, 1].";

    public const string ShingleSize = "A shingle has 1 to 8 words.";

    public const string HashCount = "The hash count is a multiple of 8 from 16 to 1024.";

    public const string Window = "The time window is positive.";

    public const string MinimumSimilarity = "The minimum similarity is in [0, 1].";

    public const string QuoteBigramFrequency = "The maximum bigram frequency is at least 1.";

    public const string CompactLength = "A compact signature has one byte for each MinHash value, and two compared ones have the same length.";
}
