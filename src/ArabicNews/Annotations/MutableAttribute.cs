using System;

namespace ArabicNews.Annotations;

/// <summary>
/// Marks a type whose instances may change after construction (configuration objects used while
/// registering services, builders). Such instances are not safe to share between threads while they change.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class MutableAttribute : Attribute;
