using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;
using NJsonSchema.Validation;
using NJsonSchema;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// Words a <see cref="SchemaIssue"/> for people: what is wrong, what the format expects and how to fix it, on one line,
/// at the line and column the user wrote. The schema's titles and descriptions supply the words for the register's
/// parts, so improving the schema improves the messages.
/// </summary>
internal static class SchemaMessages
{
    private static readonly HashSet<ValidationErrorKind> FormatKinds =
    [
        ValidationErrorKind.PatternMismatch,
        ValidationErrorKind.DateTimeExpected,
        ValidationErrorKind.DateExpected,
        ValidationErrorKind.TimeExpected,
        ValidationErrorKind.TimeSpanExpected,
        ValidationErrorKind.UriExpected,
        ValidationErrorKind.IpV4Expected,
        ValidationErrorKind.IpV6Expected,
        ValidationErrorKind.GuidExpected,
        ValidationErrorKind.UuidExpected,
        ValidationErrorKind.EmailExpected,
        ValidationErrorKind.HostnameExpected,
        ValidationErrorKind.Base64Expected,
    ];

    /// <summary>Describes one issue; a list that repeats entries gives one finding per repeat.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="tokens">The document's tokens, and where each was written.</param>
    /// <param name="root">The schema the document was validated against; its definitions describe value forms.</param>
    public static IEnumerable<Diagnostic> Describe(SchemaIssue issue, TokenTree tokens, JsonSchema root)
    {
        if (SchemaIssueCollector.IsTypeKind(issue.Kind))
        {
            return [WrongType(issue, tokens)];
        }

        if (FormatKinds.Contains(issue.Kind))
        {
            return [InvalidFormat(issue, tokens, root)];
        }

        return issue.Kind switch
        {
            ValidationErrorKind.NoAdditionalPropertiesAllowed => [UnknownKey(issue, tokens)],
            ValidationErrorKind.PropertyRequired => [MissingKey(issue, tokens)],
            ValidationErrorKind.NotInEnumeration => [NotAllowed(issue, tokens)],
            ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf => [NoAlternative(issue, tokens)],
            ValidationErrorKind.ItemsNotUnique => Repeats(issue, tokens),
            _ => [Limit(issue, tokens)],
        };
    }

    private static Diagnostic UnknownKey(SchemaIssue issue, TokenTree tokens)
    {
        var key = (JProperty)issue.Token;
        var allowed = issue.Schema.ActualProperties.Keys.ToList();
        var mapping = MappingName(key.Parent ?? key, issue.Title, tokens);
        return Make(
            DiagnosticIds.UnknownProperty,
            $"Unknown key {DiagnosticText.Quote(key.Name)} in {mapping}{Suggestion(key.Name, allowed)} Allowed keys: {Wording.List(allowed)}.",
            key,
            tokens);
    }

    private static Diagnostic MissingKey(SchemaIssue issue, TokenTree tokens)
    {
        var key = issue.Property!;
        var description = issue.Schema.ActualProperties.TryGetValue(key, out var property)
            ? property.Description ?? property.ActualSchema.Description
            : null;
        var hint = description is null ? "add it." : "add it: " + Wording.EndSentence(Wording.Inline(description));
        return Make(
            DiagnosticIds.MissingProperty,
            $"{Wording.Capitalize(MappingName(issue.Token, issue.Title, tokens))} has no '{key}'; {hint}",
            issue.Token,
            tokens);
    }

    private static Diagnostic WrongType(SchemaIssue issue, TokenTree tokens)
    {
        var token = issue.Token;
        var schema = issue.Schema.ActualSchema;
        var subject = Wording.Capitalize(Subject(token, issue.Title, tokens));
        var expected = Expected(schema.Type);
        var allowed = schema.Enumeration;

        // YAML reads 2583, 0704161703 and yes as a number or a boolean; quotes are what keeps them text.
        var quote = allowed.Count == 0
            && schema.Type.HasFlag(JsonObjectType.String)
            && token.Type is JTokenType.Integer or JTokenType.Float or JTokenType.Boolean;
        var message = token.Type == JTokenType.Null ? $"{subject} is empty; it must be {expected}."
            : quote ? $"{subject} must be {expected}, not {Found(token)}; put the value in quotes so that YAML reads it as text."
            : IsQuoted(token, schema.Type) ? $"{subject} must be {expected}, not {Found(token)}; remove the quotes so that YAML reads it as {expected}."
            : $"{subject} must be {expected}, not {Found(token)}.";
        if (allowed.Count > 0)
        {
            message += $" Allowed values: {Wording.List(allowed.Select(Wording.ShowAllowed))}.";
        }

        return Make(DiagnosticIds.WrongType, message, token, tokens);
    }

    private static Diagnostic NotAllowed(SchemaIssue issue, TokenTree tokens)
    {
        var allowed = issue.Schema.ActualSchema.Enumeration.Select(Wording.ShowAllowed).ToList();
        return Make(
            DiagnosticIds.ValueNotAllowed,
            Wording.Capitalize($"{Subject(issue.Token, issue.Title, tokens)} is {Wording.Show(issue.Token)}, which is not allowed{Suggestion(issue.Token, allowed)} Allowed values: {Wording.List(allowed)}."),
            issue.Token,
            tokens);
    }

    private static Diagnostic InvalidFormat(SchemaIssue issue, TokenTree tokens, JsonSchema root)
    {
        var schema = issue.Schema.ActualSchema;
        var isDefinition = root.Definitions.Values.Any(d => ReferenceEquals(d, schema));
        var form = isDefinition && schema.Description is { } description
            ? Wording.Inline(description)
            : issue.Kind switch
            {
                ValidationErrorKind.DateExpected => "a date as YYYY-MM-DD, such as 2021-10-26",
                ValidationErrorKind.EmailExpected => "an e-mail address such as privacy@example.nl",
                ValidationErrorKind.PatternMismatch => $"text that matches the pattern {schema.Pattern}",
                _ => $"a value in the '{schema.Format}' format",
            };
        return Make(
            DiagnosticIds.InvalidFormat,
            Wording.Capitalize($"{Subject(issue.Token, issue.Title, tokens)} is {Wording.Show(issue.Token)}, which is not a valid {Wording.Inline(issue.Title)}; write {Wording.EndSentence(form)}"),
            issue.Token,
            tokens);
    }

    private static Diagnostic NoAlternative(SchemaIssue issue, TokenTree tokens)
    {
        var branches = issue.Kind == ValidationErrorKind.NotOneOf ? issue.Schema.ActualSchema.OneOf : issue.Schema.ActualSchema.AnyOf;
        var mapping = MappingName(issue.Token, issue.Title, tokens);
        if (issue.Property is not { } key)
        {
            var shapes = branches.Select(b => Wording.Inline(b.ActualSchema.Title ?? "unnamed"));
            return Make(
                DiagnosticIds.NoMatchingAlternative,
                $"{Wording.Capitalize(mapping)} fits more than one of the shapes allowed here ({Wording.List(shapes)}); make it fit exactly one.",
                issue.Token,
                tokens);
        }

        var allowed = branches
            .SelectMany(b => b.ActualSchema.ActualProperties[key].ActualSchema.Enumeration)
            .Select(Wording.ShowAllowed)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (issue.Token[key] is not { } value)
        {
            return Make(
                DiagnosticIds.NoMatchingAlternative,
                $"{Wording.Capitalize(mapping)} has no '{key}'; add it with one of: {Wording.List(allowed)}.",
                issue.Token,
                tokens);
        }

        return Make(
            DiagnosticIds.NoMatchingAlternative,
            $"{Wording.Capitalize(Subject(value, key, tokens))} is {Wording.Show(value)}, which fits no kind of {Wording.Inline(issue.Title)}{Suggestion(value, allowed)} Allowed values: {Wording.List(allowed)}.",
            value,
            tokens);
    }

    private static IEnumerable<Diagnostic> Repeats(SchemaIssue issue, TokenTree tokens)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var subject = Wording.Capitalize(Subject(issue.Token, issue.Title, tokens));
        foreach (var item in issue.Token.Children())
        {
            if (!seen.Add(item.ToString(Formatting.None)))
            {
                yield return Make(
                    DiagnosticIds.ConstraintViolated,
                    $"{subject} lists {Wording.Show(item)} more than once; remove the repeat at {tokens.PointerOf(item)}.",
                    item,
                    tokens);
            }
        }
    }

    private static Diagnostic Limit(SchemaIssue issue, TokenTree tokens)
    {
        var token = issue.Token;
        var schema = issue.Schema.ActualSchema;
        var subject = Wording.Capitalize(Subject(token, issue.Title, tokens));
        var message = issue.Kind switch
        {
            ValidationErrorKind.TooFewItems when !token.HasValues =>
                $"{subject} is an empty list; list at least {Entries(schema.MinItems)}.",
            ValidationErrorKind.TooFewItems =>
                $"{subject} has {Entries(token.Count())}; list at least {Wording.Count(schema.MinItems)}.",
            ValidationErrorKind.TooManyItems =>
                $"{subject} has {Entries(token.Count())}; list at most {Wording.Count(schema.MaxItems)}.",
            ValidationErrorKind.StringTooShort when Text(token).Length == 0 =>
                $"{subject} is empty; write {(schema.Description is { } description ? Wording.EndSentence(Wording.Inline(description)) : "some text.")}",
            ValidationErrorKind.StringTooShort =>
                $"{subject} is {Characters(Text(token).Length)} long; write at least {Wording.Count(schema.MinLength ?? 0)}.",
            ValidationErrorKind.StringTooLong =>
                $"{subject} is {Characters(Text(token).Length)} long; shorten it to at most {Wording.Count(schema.MaxLength ?? 0)}.",
            ValidationErrorKind.NumberTooSmall =>
                $"{subject} is {Wording.Show(token)}; it must be {Lower(schema)}.",
            ValidationErrorKind.NumberTooBig =>
                $"{subject} is {Wording.Show(token)}; it must be {Upper(schema)}.",
            ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf =>
                $"{subject} is {Wording.Show(token)}; it must be a multiple of {Wording.Number(schema.MultipleOf ?? 1)}.",
            ValidationErrorKind.TooFewProperties when !token.HasValues =>
                $"{Wording.Capitalize(MappingName(token, issue.Title, tokens))} is empty; give at least {Wording.Count(schema.MinProperties)} of: {Wording.List(schema.ActualProperties.Keys)}.",
            ValidationErrorKind.TooFewProperties =>
                $"{Wording.Capitalize(MappingName(token, issue.Title, tokens))} has {Keys(token.Count())}; give at least {Wording.Count(schema.MinProperties)} of: {Wording.List(schema.ActualProperties.Keys)}.",
            ValidationErrorKind.TooManyProperties =>
                $"{Wording.Capitalize(MappingName(token, issue.Title, tokens))} has {Keys(token.Count())}; give at most {Wording.Count(schema.MaxProperties)}.",
            _ => $"{subject} breaks a rule of the format ({issue.Kind}).",
        };
        return Make(DiagnosticIds.ConstraintViolated, message, token, tokens);
    }

    private static Diagnostic Make(string ruleId, string message, JToken at, TokenTree tokens) =>
        new(ruleId, DiagnosticSeverity.Error, message, tokens.Locate(at), tokens.PointerOf(at));

    /// <summary>Names a value: by its key when it has one, else by what the schema calls it.</summary>
    private static string Subject(JToken token, string title, TokenTree tokens)
    {
        var pointer = tokens.PointerOf(token);
        return token.Parent is JProperty property ? $"{DiagnosticText.Quote(property.Name)} at {pointer}"
            : pointer.Length == 0 ? "the document"
            : $"the {Wording.Inline(title)} at {pointer}";
    }

    /// <summary>Names a mapping by what the schema calls it, as in "the processing activity at /activities/1".</summary>
    private static string MappingName(JToken mapping, string title, TokenTree tokens)
    {
        var pointer = tokens.PointerOf(mapping);
        return pointer.Length == 0 ? $"the {Wording.Inline(title)}" : $"the {Wording.Inline(title)} at {pointer}";
    }

    /// <summary>Ends the sentence about a wrong key or value with the nearest allowed one, if any is near.</summary>
    private static string Suggestion(JToken written, IEnumerable<string> allowed) =>
        written.Type == JTokenType.String ? Suggestion(written.Value<string>()!, allowed) : ".";

    private static string Suggestion(string written, IEnumerable<string> allowed) =>
        NearestMatch.Find(written, allowed) is { } meant ? $"; did you mean '{meant}'?" : ".";

    private static string Expected(JsonObjectType type)
    {
        var phrases = new List<string>();
        AddIf(JsonObjectType.String, "text");
        AddIf(JsonObjectType.Integer, "a whole number");
        AddIf(JsonObjectType.Number, "a number");
        AddIf(JsonObjectType.Boolean, "true or false");
        AddIf(JsonObjectType.Object, "a mapping of keys to values");
        AddIf(JsonObjectType.Array, "a list");
        AddIf(JsonObjectType.Null, "empty");
        return phrases.Count == 0 ? "of another type" : string.Join(" or ", phrases);

        void AddIf(JsonObjectType flag, string phrase)
        {
            if (type.HasFlag(flag))
            {
                phrases.Add(phrase);
            }
        }
    }

    /// <summary>Gets whether text would have the expected type without its quotes, as "true" or "16" would.</summary>
    private static bool IsQuoted(JToken token, JsonObjectType expected)
    {
        if (token.Type != JTokenType.String)
        {
            return false;
        }

        var text = Text(token);
        return (expected.HasFlag(JsonObjectType.Boolean) && text is "true" or "false")
            || (expected.HasFlag(JsonObjectType.Integer) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            || (expected.HasFlag(JsonObjectType.Number) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }

    private static string Found(JToken token) => token.Type switch
    {
        JTokenType.String => "text (" + Wording.Show(token) + ")",
        JTokenType.Integer => "a whole number",
        JTokenType.Float => "a number with a fraction",
        JTokenType.Boolean => "the yes/no value " + Wording.Show(token),
        JTokenType.Object => "a mapping",
        JTokenType.Array => "a list",
        _ => "a value of another type",
    };

    private static string Lower(JsonSchema schema) =>
        schema.ExclusiveMinimum is { } exclusive ? "greater than " + Wording.Number(exclusive)
        : schema.IsExclusiveMinimum ? "greater than " + Wording.Number(schema.Minimum ?? 0)
        : "at least " + Wording.Number(schema.Minimum ?? 0);

    private static string Upper(JsonSchema schema) =>
        schema.ExclusiveMaximum is { } exclusive ? "less than " + Wording.Number(exclusive)
        : schema.IsExclusiveMaximum ? "less than " + Wording.Number(schema.Maximum ?? 0)
        : "at most " + Wording.Number(schema.Maximum ?? 0);

    private static string Text(JToken token) => token.Value<string>() ?? string.Empty;

    private static string Entries(int count) => Plural(count, "entry", "entries");

    private static string Keys(int count) => Plural(count, "key", "keys");

    private static string Characters(int count) => Plural(count, "character", "characters");

    private static string Plural(int count, string one, string many) => Wording.Count(count) + " " + (count == 1 ? one : many);
}
