using System;

namespace ArabicNews.Dates;

/// <summary>The roles of a function word of <c>date-particles.tsv</c> in the date grammar.</summary>
[Flags]
internal enum DateParticle
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>May follow a bare year, where a count would be followed by what it counts ("إلى 2017 بعدما").</summary>
    FollowsYear = 1,

    /// <summary>Opens a range before its first end, bare or with و ("من", "ومن", "بين", "وبين").</summary>
    RangeOpener = 2,

    /// <summary>Says a match's result follows: "d/d" after it is a score, not a day and month ("تعادلهما 2/2").</summary>
    Score = 4,
}
