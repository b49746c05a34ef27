namespace ArabicNews.Numbers;

/// <summary>What a phrase next to a number says about it: its qualifier, or that it is a percentage.</summary>
internal readonly record struct NumberMarker(NumberQualifier Qualifier, bool IsPercent);
