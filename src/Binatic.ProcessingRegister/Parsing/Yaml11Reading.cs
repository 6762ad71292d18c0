using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Knows the plain values that YAML 1.1 tools (PyYAML, many CI systems, YamlDotNet's typed deserializer) read
/// differently from the YAML 1.2 core schema, such as the country code NO, which YAML 1.1 reads as false.
/// Dates are left out on purpose: a register is full of them and flagging each would bury the useful warnings.
/// </summary>
internal static partial class Yaml11Reading
{
    // The values that differ are short flags, codes and times; longer text is left alone, which also keeps the
    // arithmetic below small.
    private const int MaxLength = 20;

    // The first characters the patterns below can begin with. Only ASCII is ruled out this way: the boolean pattern
    // ignores case, and the checks stay with the regular expressions for any other first character.
    private static readonly SearchValues<char> DifferingStarts = SearchValues.Create("-+0123456789yYnNoO");

    private static readonly MessageTemplate BooleanTrue = new("the boolean true", "de booleaanse waarde true");
    private static readonly MessageTemplate BooleanFalse = new("the boolean false", "de booleaanse waarde false");
    private static readonly MessageTemplate Sexagesimal60 = new("the number {number}, reading it as minutes and seconds (base 60)", "het getal {number}, gelezen als minuten en seconden (grondtal 60)");
    private static readonly MessageTemplate Octal = new("the number {number}, reading the digits as octal", "het getal {number}, met de cijfers gelezen als octaal");

    /// <summary>Gets the phrase for a value read as text, such as <c>the text "0800"</c>.</summary>
    internal static readonly MessageTemplate TheText = new("the text \"{text}\"", "de tekst \"{text}\"");

    /// <summary>Describes how YAML 1.1 reads a plain, untagged value, or returns null when it reads it as YAML 1.2 does.</summary>
    /// <returns>A phrase such as <c>the boolean false</c>, in English and Dutch.</returns>
    public static MessageText? Describe(string text)
    {
        if (text.Length > MaxLength || (text.Length > 0 && char.IsAscii(text[0]) && !DifferingStarts.Contains(text[0])))
        {
            return null;
        }

        if (Boolean().IsMatch(text))
        {
            var isTrue = text.ToUpperInvariant() is "Y" or "YES" or "ON";
            return isTrue ? BooleanTrue.Text() : BooleanFalse.Text();
        }

        if (LeadingZero().Match(text) is { Success: true } leadingZero)
        {
            return DescribeLeadingZero(text, leadingZero.Groups["digits"].Value);
        }

        if (Sexagesimal().IsMatch(text))
        {
            return Sexagesimal60.With(("number", Invariant(ParseSexagesimal(text))));
        }

        return YamlOctal().IsMatch(text) ? TheText.With(("text", text)) : null;
    }

    private static MessageText? DescribeLeadingZero(string text, string digits)
    {
        if (digits.Any(digit => digit is '8' or '9'))
        {
            return TheText.With(("text", text));
        }

        var octal = CoreSchema.ParseOctal(digits);
        if (text[0] == '-')
        {
            octal = -octal;
        }

        var asDecimal = BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return octal == asDecimal ? null : Octal.With(("number", Invariant(octal)));
    }

    private static BigInteger ParseSexagesimal(string text)
    {
        var total = BigInteger.Zero;
        foreach (var part in text.TrimStart('-', '+').Split(':'))
        {
            total = (total * 60) + BigInteger.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return text[0] == '-' ? -total : total;
    }

    private static string Invariant(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\A(?:y|yes|n|no|on|off)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Boolean();

    [GeneratedRegex(@"\A[-+]?0(?<digits>[0-9]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingZero();

    [GeneratedRegex(@"\A[-+]?[1-9][0-9]*(?::[0-5]?[0-9])+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Sexagesimal();

    [GeneratedRegex(@"\A0o[0-7]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex YamlOctal();
}
