namespace ArabicNews.Numbers;

/// <summary>How a mention bounds the quantity it gives.</summary>
public enum NumberQualifier
{
    /// <summary>No qualifier: the number is given as exact.</summary>
    Exact = 0,

    /// <summary>نحو، حوالي، قرابة، زهاء، ما يقارب، تقريباً.</summary>
    Approximate = 1,

    /// <summary>أكثر من، أزيد من، ما يزيد على، يتجاوز.</summary>
    MoreThan = 2,

    /// <summary>أقل من، دون.</summary>
    LessThan = 3,

    /// <summary>ما لا يقل عن، على الأقل.</summary>
    AtLeast = 4,

    /// <summary>ما لا يزيد على، على الأكثر.</summary>
    AtMost = 5,
}
