using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace Summarizer.Testing;

/// <summary>
/// Checks that a package documents what its public methods throw: every public or protected method and constructor
/// that takes a reference it does not accept as null (a non-nullable reference parameter) has an
/// <c>&lt;exception&gt;</c> tag in the XML documentation built beside the assembly, or inherits its documentation.
/// </summary>
/// <remarks>
/// Exempt, because they throw nothing by design: <c>Try</c> methods (they report failure by their result), the
/// constructors of exception types, and the positional constructors of records (they assign their parameters and
/// validate nothing); members the compiler generates carry no documentation of their own.
/// A method that takes values only (a count, a span) is not checked: whether it validates them is not visible here.
/// </remarks>
public abstract class ThrowsDocumentationContract
{
    /// <summary>The package whose public methods are checked.</summary>
    protected abstract Assembly Package { get; }

    [Fact]
    public void PublicMethods_TakingReferences_DocumentWhatTheyThrow()
    {
        IReadOnlyList<string> undocumented = ThrowsDocumentation.Undocumented(Package);
        Assert.True(undocumented.Count == 0, "No <exception> documented: " + string.Join(", ", undocumented));
    }
}

/// <summary>Finds the public methods of a package that take a reference and document no exception.</summary>
internal static class ThrowsDocumentation
{
    /// <summary>The documentation ids of the methods that take a non-nullable reference and document no exception.</summary>
    public static IReadOnlyList<string> Undocumented(Assembly assembly)
    {
        string xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(xmlPath))
        {
            throw new FileNotFoundException("The XML documentation is not beside the assembly.", xmlPath);
        }

        Dictionary<string, XElement> docs = XDocument.Load(xmlPath).Descendants("member")
            .ToDictionary(member => (string)member.Attribute("name")!, StringComparer.Ordinal);
        var nullability = new NullabilityInfoContext();
        var undocumented = new List<string>();
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
            | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (Type type in assembly.GetExportedTypes())
        {
            if (type.IsEnum || typeof(Delegate).IsAssignableFrom(type))
            {
                continue;
            }

            bool isException = typeof(Exception).IsAssignableFrom(type);
            bool isRecord = type.GetMethod("PrintMembers", Declared) is not null;
            IEnumerable<MethodBase> members = type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared));
            foreach (MethodBase member in members)
            {
                if (!(member.IsPublic || member.IsFamily || member.IsFamilyOrAssembly)
                    || member.IsDefined(typeof(CompilerGeneratedAttribute))
                    || member.Name.StartsWith("Try", StringComparison.Ordinal)
                    || (member is ConstructorInfo && (isException || (isRecord && IsPositional(type, member)))))
                {
                    continue;
                }

                bool takesReference = member.GetParameters().Any(parameter =>
                    !parameter.ParameterType.IsValueType && !parameter.IsOut
                    && nullability.Create(parameter).WriteState == NullabilityState.NotNull);
                if (!takesReference)
                {
                    continue;
                }

                string id = IdOf(member);
                if (!docs.TryGetValue(id, out XElement? doc)
                    || (doc.Element("exception") is null && doc.Element("inheritdoc") is null))
                {
                    undocumented.Add(id);
                }
            }
        }

        return undocumented;
    }

    private static bool IsPositional(Type record, MethodBase constructor)
    {
        ParameterInfo[] parameters = constructor.GetParameters();
        return parameters.Length > 0 && parameters.All(parameter =>
            record.GetProperty(parameter.Name!)?.PropertyType == parameter.ParameterType);
    }

    private static string IdOf(MethodBase member)
    {
        string id = "M:" + member.DeclaringType!.FullName!.Replace('+', '.') + "."
            + (member is ConstructorInfo ? "#ctor" : member.Name);
        if (member.IsGenericMethod)
        {
            id += "``" + member.GetGenericArguments().Length;
        }

        ParameterInfo[] parameters = member.GetParameters();
        return parameters.Length == 0
            ? id
            : id + "(" + string.Join(",", parameters.Select(parameter => TypeIdOf(parameter.ParameterType))) + ")";
    }

    private static string TypeIdOf(Type type)
    {
        if (type.IsByRef)
        {
            return TypeIdOf(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return TypeIdOf(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            string name = type.GetGenericTypeDefinition().FullName!;
            name = name[..name.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.');
            return name + "{" + string.Join(",", type.GetGenericArguments().Select(TypeIdOf)) + "}";
        }

        return type.FullName!.Replace('+', '.');
    }
}
