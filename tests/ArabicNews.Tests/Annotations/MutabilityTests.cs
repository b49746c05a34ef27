using System;
using System.Linq;
using System.Reflection;
using ArabicNews.Normalization;

namespace ArabicNews.Tests.Annotations;

/// <summary>Every public class or struct of the library says whether its instances can change.</summary>
public class MutabilityTests
{
    private static readonly Assembly s_library = typeof(ArabicNormalizer).Assembly;

    [Fact]
    public void Every_public_class_and_struct_is_marked_immutable_or_mutable()
    {
        Type immutable = s_library.GetType("ArabicNews.Annotations.ImmutableAttribute", throwOnError: true)!;
        Type mutable = s_library.GetType("ArabicNews.Annotations.MutableAttribute", throwOnError: true)!;

        string[] unmarked = s_library.GetExportedTypes()
            .Where(t => (t.IsClass || (t.IsValueType && !t.IsEnum)) && !IsStaticClass(t) && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => !t.IsDefined(immutable, inherit: false) && !t.IsDefined(mutable, inherit: false))
            .Select(t => t.FullName!)
            .ToArray();

        unmarked.Should().BeEmpty("every public type states whether its instances may change");
    }

    [Fact]
    public void Types_marked_immutable_have_no_public_setters_and_no_public_fields()
    {
        Type immutable = s_library.GetType("ArabicNews.Annotations.ImmutableAttribute", throwOnError: true)!;
        var offenders = s_library.GetExportedTypes()
            .Where(t => t.IsDefined(immutable, inherit: false))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                    .Select(p => $"{t.Name}.{p.Name}")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => $"{t.Name}.{f.Name}")))
            .ToArray();

        offenders.Should().BeEmpty();
    }

    private static bool IsStaticClass(Type t) => t.IsAbstract && t.IsSealed;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
