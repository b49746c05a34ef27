using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using ArabicNews.Normalization;

namespace ArabicNews.Tests.PublicApi;

/// <summary>
/// The public API of the library, dumped by reflection, against the reviewed copy in
/// <c>ArabicNews.approved.txt</c>. A change to the API fails this test until the file is updated: set
/// <c>ARABICNEWS_UPDATE_API=1</c>, run the tests, and review the diff of the file.
/// </summary>
public class PublicApiTests
{
    private static readonly string s_approvedPath = Path.Combine(Repo.Root, "tests", "ArabicNews.Tests", "PublicApi", "ArabicNews.approved.txt");

    [Fact]
    public void The_public_API_is_the_approved_one()
    {
        string actual = Dump(typeof(ArabicNormalizer).Assembly);
        if (Environment.GetEnvironmentVariable("ARABICNEWS_UPDATE_API") == "1")
        {
            File.WriteAllText(s_approvedPath, actual);
        }

        string approved = File.Exists(s_approvedPath) ? File.ReadAllText(s_approvedPath) : "";
        actual.Should().Be(approved, "the public API changed: review it, then update {0}", s_approvedPath);
    }

    private static string Dump(Assembly assembly)
    {
        var builder = new StringBuilder();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            builder.Append(Kind(type)).Append(' ').Append(type.FullName);
            Type[] interfaces = type.GetInterfaces().Where(i => i.IsPublic).OrderBy(i => i.ToString(), StringComparer.Ordinal).ToArray();
            if (interfaces.Length > 0)
            {
                builder.Append(" : ").Append(string.Join(", ", interfaces.Select(i => i.ToString())));
            }

            builder.Append('\n');
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (string member in type.GetMembers(Flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } || m.Name.StartsWith("op_", StringComparison.Ordinal))
                .Where(m => m.Name != "<Clone>$")
                .Select(Describe)
                .OrderBy(s => s, StringComparer.Ordinal))
            {
                builder.Append("    ").Append(member).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string Kind(Type type) => type switch
    {
        { IsEnum: true } => "enum",
        { IsValueType: true } => "struct",
        { IsInterface: true } => "interface",
        { IsAbstract: true, IsSealed: true } => "static class",
        _ => "class",
    };

    private static string Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{m.ReturnType} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{p.PropertyType} {p.Name} {{ {(p.GetMethod is { IsPublic: true } ? "get; " : "")}{(p.SetMethod is { IsPublic: true } setter ? (IsInitOnly(setter) ? "init; " : "set; ") : "")}}}",
        FieldInfo f => $"{(f.IsStatic ? "static " : "")}{f.FieldType} {f.Name}{(f.IsLiteral ? " = " + f.GetRawConstantValue() : "")}",
        _ => member.ToString() ?? member.Name,
    };

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{(p.IsOut ? "out " : "")}{p.ParameterType} {p.Name}"));
}
