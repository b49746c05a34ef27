using System;
using System.Collections.Generic;

namespace ArabicNews.Evaluation;

/// <summary>
/// The annotation of one article (one JSON file under <c>benchmarks/annotations/</c>), written by the conventions of
/// <c>docs/annotation-guidelines.md</c>. Items are anchored by short exact substrings, never by the article's text.
/// </summary>
public sealed record ArticleAnnotation
{
    /// <summary>The article: <c>yyyy-MM-dd/index</c> in the SaudiNewsNet day files.</summary>
    public required string Article { get; init; }

    /// <summary>The outlet, as the corpus names it.</summary>
    public required string Source { get; init; }

    /// <summary>The reference date: the article's extraction day.</summary>
    public required DateOnly Reference { get; init; }

    /// <summary>Who wrote the annotation (a name, not a person's identity: "helper 3").</summary>
    public string? Annotator { get; init; }

    /// <summary>Who checked it in a second reading.</summary>
    public string? Reviewer { get; init; }

    /// <summary>Every quantity.</summary>
    public IReadOnlyList<NumberItem> Numbers { get; init; } = [];

    /// <summary>Every date.</summary>
    public IReadOnlyList<DateItem> Dates { get; init; } = [];

    /// <summary>Every quote.</summary>
    public IReadOnlyList<QuoteItem> Quotes { get; init; } = [];

    /// <summary>Strings in quotation marks that are not quotes (names of outlets, programmes, places; scare quotes).</summary>
    public IReadOnlyList<AnchoredItem> NotQuotes { get; init; } = [];
}

/// <summary>An annotated item: where it is in the article.</summary>
public record AnchoredItem
{
    /// <summary>A short exact substring of the article (its characters as written).</summary>
    public required string Anchor { get; init; }

    /// <summary>Which occurrence of <see cref="Anchor"/> is meant, from 0.</summary>
    public int Occurrence { get; init; }

    /// <summary>Neither required nor counted as a false alarm.</summary>
    public bool Opt { get; init; }

    /// <summary>The annotator's remark, if any.</summary>
    public string? Note { get; init; }
}

/// <summary>An annotated number.</summary>
public sealed record NumberItem : AnchoredItem
{
    /// <summary>The value (a rank for ordinals; 12.5 for 12.5%).</summary>
    public decimal? Value { get; init; }

    /// <summary>The lower end of a range.</summary>
    public decimal? Min { get; init; }

    /// <summary>The upper end of a range.</summary>
    public decimal? Max { get; init; }

    /// <summary>Cardinal, percent or ordinal.</summary>
    public AnnotatedNumberKind Kind { get; init; }

    /// <summary>An ISO 4217 code or a unit symbol, only where the text names one.</summary>
    public string? Unit { get; init; }

    /// <summary>The qualifier, if any.</summary>
    public AnnotatedQualifier? Qualifier { get; init; }
}

/// <summary>The kinds of annotated numbers.</summary>
public enum AnnotatedNumberKind
{
    /// <summary>A count or amount.</summary>
    Cardinal,

    /// <summary>A percentage: the value is the number before the percent sign.</summary>
    Percent,

    /// <summary>A rank: the value is the rank.</summary>
    Ordinal,
}

/// <summary>The qualifiers of the guidelines.</summary>
public enum AnnotatedQualifier
{
    /// <summary>أكثر من، ما يزيد على.</summary>
    MoreThan,

    /// <summary>أقل من.</summary>
    LessThan,

    /// <summary>نحو، حوالي، قرابة، تقريبا، ما يقرب من.</summary>
    Approximate,

    /// <summary>ما لا يقل عن.</summary>
    AtLeast,

    /// <summary>لا يزيد على، لا يتجاوز، تصل إلى.</summary>
    AtMost,
}

/// <summary>An annotated date.</summary>
public sealed record DateItem : AnchoredItem
{
    /// <summary>The ISO value at the grain the text gives: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string? Value { get; init; }

    /// <summary>Other values a correct system may give (the second Gregorian month of a Hijri month, say).</summary>
    public IReadOnlyList<string> Alt { get; init; } = [];

    /// <summary>The calendar the text uses; a Hijri day also accepts its two neighbours.</summary>
    public AnnotatedCalendar Calendar { get; init; }
}

/// <summary>The calendar of an annotated date.</summary>
public enum AnnotatedCalendar
{
    /// <summary>Gregorian (or no calendar named: weekdays, relative days).</summary>
    Gregorian,

    /// <summary>Hijri, converted by Umm al-Qura.</summary>
    Hijri,
}

/// <summary>An annotated quote.</summary>
public sealed record QuoteItem : AnchoredItem
{
    /// <summary>Direct, partial, indirect or headline.</summary>
    public AnnotatedQuoteKind Kind { get; init; }

    /// <summary>The aliases a correct system may give for the speaker: the short form first.</summary>
    public IReadOnlyList<string> Speaker { get; init; } = [];
}

/// <summary>The kinds of annotated quotes.</summary>
public enum AnnotatedQuoteKind
{
    /// <summary>A statement in quotation marks or after a colon following a saying verb.</summary>
    Direct,

    /// <summary>A quoted fragment embedded in the writer's sentence.</summary>
    Partial,

    /// <summary>Reported speech without marks.</summary>
    Indirect,

    /// <summary>A quote in the title.</summary>
    Headline,
}
