namespace ArabicNews.Numbers;

/// <summary>
/// What a phrase next to a number says about it: its qualifier, that it is a percentage, or (after a bound,
/// as in "أقل من 5000 أو يساوي") that the bound includes the number, or (before it, as in "بقوة 4.3 درجات")
/// that it measures a strength, whose degrees are no unit.
/// </summary>
internal readonly record struct NumberMarker(NumberQualifier Qualifier, bool IsPercent, bool OrEqual = false, bool IsMagnitude = false);
