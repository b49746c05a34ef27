using System;

namespace ArabicNews.Annotations;

/// <summary>
/// Marks a type whose instances never change after construction and are safe to share between threads.
/// A reflection test checks that every public class carries this attribute or <see cref="MutableAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class ImmutableAttribute : Attribute;
