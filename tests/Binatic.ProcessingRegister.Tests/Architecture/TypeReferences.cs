using System.Reflection;
using System.Reflection.Emit;

namespace Binatic.ProcessingRegister.Tests.Architecture;

/// <summary>
/// Reads which types a type refers to: in its signatures (base type, interfaces, fields, properties, parameters, return
/// types, generic arguments) and in the IL of its method bodies, where most references between stages are made (a
/// static call to a helper, a constructor, a field read). Lambdas, iterators and local functions compile to nested
/// types, which are read as part of the type that declares them.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>Gets every type <paramref name="type"/> and the types nested in it refer to, with the member that refers.</summary>
    public static IEnumerable<(Type Target, string Where)> Of(Type type)
    {
        foreach (var nested in Self(type))
        {
            foreach (var reference in Direct(nested))
            {
                foreach (var target in Expand(reference.Target))
                {
                    yield return (target, $"{nested.FullName}.{reference.Where}");
                }
            }
        }
    }

    private static IEnumerable<Type> Self(Type type) => [type, .. type.GetNestedTypes(Everything).SelectMany(Self)];

    private static IEnumerable<(Type? Target, string Where)> Direct(Type type)
    {
        yield return (type.BaseType, "base type");
        foreach (var face in type.GetInterfaces())
        {
            yield return (face, "interface");
        }

        foreach (var field in type.GetFields(Everything))
        {
            yield return (field.FieldType, field.Name);
        }

        foreach (var property in type.GetProperties(Everything))
        {
            yield return (property.PropertyType, property.Name);
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                yield return (info.ReturnType, method.Name);
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return (parameter.ParameterType, method.Name);
            }

            foreach (var used in InBody(method))
            {
                yield return (used, method.Name);
            }
        }
    }

    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    if (Resolve(method.Module, token, typeArguments, methodArguments) is { } member)
                    {
                        if (member is Type used)
                        {
                            yield return used;
                        }
                        else
                        {
                            if (member.DeclaringType is { } declaring)
                            {
                                yield return declaring;
                            }

                            if (member is MethodInfo called)
                            {
                                yield return called.ReturnType;
                                foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                                {
                                    yield return argument;
                                }
                            }
                            else if (member is FieldInfo field)
                            {
                                yield return field.FieldType;
                            }
                        }
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += Size(code.OperandType);
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A token of a generic member whose context these arguments do not fit; its declaring type is still readable.
            return module.ResolveMember(token);
        }
    }

    private static int Size(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    // List<Diagnostic>, Diagnostic[], ref Diagnostic and Func<Diagnostic, bool> all refer to Diagnostic.
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var element in Expand(type.GetElementType()))
            {
                yield return element;
            }

            yield break;
        }

        yield return type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }
}
