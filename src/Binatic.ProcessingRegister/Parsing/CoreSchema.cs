using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Reads scalars as the YAML 1.2 core schema does, so a value means the same here as in any YAML 1.2 tool,
/// and refuses the values that JSON cannot hold.
/// </summary>
internal static partial class CoreSchema
{
    private static readonly MessageTemplate Infinite = new(
        "The value {value} is infinity, which JSON cannot represent; write a finite number, or quote the value if you mean the text.",
        "De waarde {value} is oneindig, wat JSON niet kan weergeven; schrijf een eindig getal, of zet de waarde tussen aanhalingstekens als u de tekst bedoelt.");

    private static readonly MessageTemplate NotANumber = new(
        "The value {value} is 'not a number', which JSON cannot represent; write a number, or quote the value if you mean the text.",
        "De waarde {value} is 'geen getal' (NaN), wat JSON niet kan weergeven; schrijf een getal, of zet de waarde tussen aanhalingstekens als u de tekst bedoelt.");

    private static readonly MessageTemplate IntegerTooLarge = new(
        "The integer {value} does not fit in 64 bits, and no field of a register needs one that large; write a smaller number, or quote the value if you mean the text.",
        "Het gehele getal {value} past niet in 64 bits, en geen veld van een register heeft zo'n groot getal nodig; schrijf een kleiner getal, of zet de waarde tussen aanhalingstekens als u de tekst bedoelt.");

    private static readonly MessageTemplate NumberTooLarge = new(
        "The number {value} is too large for JSON; write a smaller number, or quote the value if you mean the text.",
        "Het getal {value} is te groot voor JSON; schrijf een kleiner getal, of zet de waarde tussen aanhalingstekens als u de tekst bedoelt.");

    private static readonly MessageTemplate WrongForTag = new(
        "The value {value} is tagged !!{tag} but is not {expected}; correct the value or remove the tag.",
        "De waarde {value} heeft de tag !!{tag}, maar is geen {expected}; verbeter de waarde of verwijder de tag.");

    private static readonly MessageTemplate ExpectedNull = new("null (written as null, ~ or nothing)", "null (geschreven als null, ~ of niets)");
    private static readonly MessageTemplate ExpectedBoolean = new("true or false", "true of false");
    private static readonly MessageTemplate ExpectedInteger = new("an integer such as 42, 0o17 or 0x1F", "geheel getal zoals 42, 0o17 of 0x1F");
    private static readonly MessageTemplate ExpectedNumber = new("a number such as 1.5 or 2e3", "getal zoals 1.5 of 2e3");

    public const string TagPrefix = "tag:yaml.org,2002:";

    private static readonly SearchValues<char> NonTextStarts = SearchValues.Create("-+.0123456789~nNtTfF");

    /// <summary>
    /// Resolves a scalar. <paramref name="tag"/> is null for a plain scalar without a tag, which the core schema
    /// resolves by its text; otherwise it is one of the core scalar tags the reader admits.
    /// </summary>
    /// <returns>False, with a message for the user, when the value has no JSON equivalent.</returns>
    public static bool TryResolve(
        string? tag,
        string text,
        out ScalarValue value,
        [NotNullWhen(false)] out MessageText? problem)
    {
        var resolved = tag switch
        {
            null => ResolvePlain(text),
            TagPrefix + "str" => ScalarValue.Of(text),
            TagPrefix + "null" => IsNull(text) ? ScalarValue.Null : null,
            TagPrefix + "bool" => ParseBool(text),
            TagPrefix + "int" => ParseInteger(text),
            TagPrefix + "float" => ParseFloat(text),
            _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, "Only core scalar tags reach the resolver."),
        };
        value = resolved ?? ScalarValue.Null;
        problem = resolved is null ? Describe(tag, text) : null;
        return resolved is not null;
    }

    /// <summary>Reads octal digits in linear time: eight octal digits are exactly three bytes.</summary>
    public static BigInteger ParseOctal(ReadOnlySpan<char> digits)
    {
        var groups = (digits.Length + 7) / 8;
        var padded = string.Concat(new string('0', (groups * 8) - digits.Length), digits);
        var bytes = new byte[groups * 3];
        for (var group = 0; group < groups; group++)
        {
            var bits = 0;
            foreach (var digit in padded.AsSpan(group * 8, 8))
            {
                bits = (bits << 3) | (digit - '0');
            }

            bytes[group * 3] = (byte)(bits >> 16);
            bytes[(group * 3) + 1] = (byte)(bits >> 8);
            bytes[(group * 3) + 2] = (byte)bits;
        }

        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    private static ScalarValue? ResolvePlain(string text)
    {
        // Most plain values are words; only these first characters can begin a null, a boolean or a number.
        if (text.Length > 0 && !NonTextStarts.Contains(text[0]))
        {
            return ScalarValue.Of(text);
        }

        if (IsNull(text))
        {
            return ScalarValue.Null;
        }

        if (TryParseInteger(text, out var integer))
        {
            // An integer too large for 64 bits is refused, not read as an inexact float or as text.
            return integer;
        }

        return ParseBool(text) ?? (Float().IsMatch(text) || IsInfinityOrNaN(text) ? ParseFloat(text) : ScalarValue.Of(text));
    }

    private static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    private static ScalarValue? ParseBool(string text) => text switch
    {
        "true" or "True" or "TRUE" => ScalarValue.Of(true),
        "false" or "False" or "FALSE" => ScalarValue.Of(false),
        _ => null,
    };

    private static ScalarValue? ParseInteger(string text) => TryParseInteger(text, out var value) ? value : null;

    /// <summary>
    /// Reads a core integer. <paramref name="value"/> is null for one that does not fit in 64 bits: no field of a
    /// register holds such a number, and the JSON Schema validator cannot compare one (it throws), so it is refused
    /// with a message instead.
    /// </summary>
    /// <returns>Whether the text is written as a core integer, decimal, octal or hexadecimal.</returns>
    private static bool TryParseInteger(string text, out ScalarValue? value)
    {
        if (DecimalInteger().IsMatch(text))
        {
            value = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small) ? ScalarValue.Of(small) : null;
            return true;
        }

        if (OctalInteger().IsMatch(text))
        {
            value = Integer(ParseOctal(text.AsSpan(2)));
            return true;
        }

        if (HexInteger().IsMatch(text))
        {
            // The leading zero keeps BigInteger from reading a first digit of 8 to F as a sign bit.
            value = Integer(BigInteger.Parse(string.Concat("0", text.AsSpan(2)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            return true;
        }

        value = null;
        return false;
    }

    private static ScalarValue? Integer(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? ScalarValue.Of((long)value) : null;

    /// <returns>The number, or null when the text is not a core float or is too large for a double.</returns>
    private static ScalarValue? ParseFloat(string text)
    {
        if (!Float().IsMatch(text))
        {
            return null;
        }

        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number) ? ScalarValue.Of(number) : null;
    }

    private static bool IsInfinityOrNaN(string text) => Infinity().IsMatch(text) || NaN().IsMatch(text);

    private static MessageText Describe(string? tag, string text)
    {
        var quoted = DiagnosticText.Quote(text);
        if (Infinity().IsMatch(text))
        {
            return Infinite.With(("value", quoted));
        }

        if (NaN().IsMatch(text))
        {
            return NotANumber.With(("value", quoted));
        }

        if (tag is null or TagPrefix + "int" && TryParseInteger(text, out _))
        {
            return IntegerTooLarge.With(("value", quoted));
        }

        if ((tag is null or TagPrefix + "float") && Float().IsMatch(text))
        {
            return NumberTooLarge.With(("value", quoted));
        }

        var expected = tag switch
        {
            TagPrefix + "null" => ExpectedNull.Text(),
            TagPrefix + "bool" => ExpectedBoolean.Text(),
            TagPrefix + "int" => ExpectedInteger.Text(),
            _ => ExpectedNumber.Text(),
        };
        return WrongForTag.With(("value", quoted), ("tag", tag?[TagPrefix.Length..]), ("expected", expected));
    }

    [GeneratedRegex(@"\A[-+]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"\A0o[0-7]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex OctalInteger();

    [GeneratedRegex(@"\A0x[0-9a-fA-F]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex HexInteger();

    [GeneratedRegex(@"\A[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"\A[-+]?\.(?:inf|Inf|INF)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Infinity();

    [GeneratedRegex(@"\A\.(?:nan|NaN|NAN)\z", RegexOptions.CultureInvariant)]
    private static partial Regex NaN();
}
