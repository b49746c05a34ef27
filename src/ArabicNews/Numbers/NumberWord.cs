namespace ArabicNews.Numbers;

/// <summary>One entry of the number-word lexicon.</summary>
internal readonly record struct NumberWord(decimal Value, NumberWordKind Kind, NumberWordForm Form);
