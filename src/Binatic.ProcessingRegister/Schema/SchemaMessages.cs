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

    // The schema's titles and descriptions, which these messages quote, are English: the schema is the one definition
    // of the format. The sentences around them are in the reader's language.
    private static readonly MessageTemplate UnknownKeyText = new("Unknown key {key} in {mapping}{suggestion} Allowed keys: {allowed}.", "Onbekende sleutel {key} in {mapping}{suggestion} Toegestane sleutels: {allowed}.");
    private static readonly MessageTemplate MissingKeyText = new("{mapping} has no '{key}'; {hint}", "{mapping} heeft geen '{key}'; {hint}");
    private static readonly MessageTemplate AddIt = new("add it.", "voeg het toe.");
    private static readonly MessageTemplate AddItDescribed = new("add it: {description}", "voeg het toe: {description}");
    private static readonly MessageTemplate EmptyValue = new("{subject} is empty; it must be {expected}.", "{subject} is leeg; het moet {expected} zijn.");
    private static readonly MessageTemplate QuoteIt = new("{subject} must be {expected}, not {found}; put the value in quotes so that YAML reads it as text.", "{subject} moet {expected} zijn, niet {found}; zet de waarde tussen aanhalingstekens, zodat YAML haar als tekst leest.");
    private static readonly MessageTemplate Unquote = new("{subject} must be {expected}, not {found}; remove the quotes so that YAML reads it as {expected}.", "{subject} moet {expected} zijn, niet {found}; verwijder de aanhalingstekens, zodat YAML haar als {expected} leest.");
    private static readonly MessageTemplate WrongTypeText = new("{subject} must be {expected}, not {found}.", "{subject} moet {expected} zijn, niet {found}.");
    private static readonly MessageTemplate WithAllowedValues = new("{message} Allowed values: {allowed}.", "{message} Toegestane waarden: {allowed}.");
    private static readonly MessageTemplate NotAllowedText = new("{subject} is {value}, which is not allowed{suggestion} Allowed values: {allowed}.", "{subject} is {value}, wat niet is toegestaan{suggestion} Toegestane waarden: {allowed}.");
    private static readonly MessageTemplate InvalidFormatText = new("{subject} is {value}, which is not a valid {title}; write {form}", "{subject} is {value}, wat geen geldige {title} is; schrijf {form}");
    private static readonly MessageTemplate DateForm = new("a date as YYYY-MM-DD, such as 2021-10-26.", "een datum als JJJJ-MM-DD, zoals 2021-10-26.");
    private static readonly MessageTemplate EmailForm = new("an e-mail address such as privacy@example.nl.", "een e-mailadres zoals privacy@example.nl.");
    private static readonly MessageTemplate PatternForm = new("text that matches the pattern {pattern}.", "tekst die past bij het patroon {pattern}.");
    private static readonly MessageTemplate NamedForm = new("a value in the '{format}' format.", "een waarde in de notatie '{format}'.");
    private static readonly MessageTemplate FitsSeveral = new("{mapping} fits more than one of the shapes allowed here ({shapes}); make it fit exactly one.", "{mapping} past bij meer dan één van de hier toegestane vormen ({shapes}); laat het bij precies één passen.");
    private static readonly MessageTemplate Unnamed = new("unnamed", "naamloos");
    private static readonly MessageTemplate NoDiscriminator = new("{mapping} has no '{key}'; add it with one of: {allowed}.", "{mapping} heeft geen '{key}'; voeg het toe met een van: {allowed}.");
    private static readonly MessageTemplate FitsNoKind = new("{subject} is {value}, which fits no kind of {title}{suggestion} Allowed values: {allowed}.", "{subject} is {value}, wat bij geen soort {title} past{suggestion} Toegestane waarden: {allowed}.");
    private static readonly MessageTemplate Repeated = new("{subject} lists {value} more than once; remove the repeat at {pointer}.", "{subject} noemt {value} meer dan eens; verwijder de herhaling op {pointer}.");
    private static readonly MessageTemplate EmptyList = new("{subject} is an empty list; list at least {entries}.", "{subject} is een lege lijst; noem er ten minste {entries}.");
    private static readonly MessageTemplate TooFewItems = new("{subject} has {entries}; list at least {min}.", "{subject} heeft {entries}; noem er ten minste {min}.");
    private static readonly MessageTemplate TooManyItems = new("{subject} has {entries}; list at most {max}.", "{subject} heeft {entries}; noem er ten hoogste {max}.");
    private static readonly MessageTemplate EmptyText = new("{subject} is empty; write {what}", "{subject} is leeg; schrijf {what}");
    private static readonly MessageTemplate SomeText = new("some text.", "wat tekst.");
    private static readonly MessageTemplate TooShort = new("{subject} is {characters} long; write at least {min}.", "{subject} is {characters} lang; schrijf er ten minste {min}.");
    private static readonly MessageTemplate TooLong = new("{subject} is {characters} long; shorten it to at most {max}.", "{subject} is {characters} lang; kort het in tot ten hoogste {max}.");
    private static readonly MessageTemplate OutOfBounds = new("{subject} is {value}; it must be {bound}.", "{subject} is {value}; het moet {bound} zijn.");
    private static readonly MessageTemplate NotMultiple = new("{subject} is {value}; it must be a multiple of {step}.", "{subject} is {value}; het moet een veelvoud van {step} zijn.");
    private static readonly MessageTemplate EmptyMapping = new("{mapping} is empty; give at least {min} of: {keys}.", "{mapping} is leeg; geef er ten minste {min} van: {keys}.");
    private static readonly MessageTemplate TooFewKeys = new("{mapping} has {keys}; give at least {min} of: {allowed}.", "{mapping} heeft {keys}; geef er ten minste {min} van: {allowed}.");
    private static readonly MessageTemplate TooManyKeys = new("{mapping} has {keys}; give at most {max}.", "{mapping} heeft {keys}; geef er ten hoogste {max}.");
    private static readonly MessageTemplate OtherRule = new("{subject} breaks a rule of the format ({kind}).", "{subject} overtreedt een regel van het formaat ({kind}).");
    private static readonly MessageTemplate KeyAt = new("{key} at {pointer}", "{key} op {pointer}");
    private static readonly MessageTemplate TheDocument = new("the document", "het document");
    private static readonly MessageTemplate TitleAt = new("the {title} at {pointer}", "{title} op {pointer}");
    private static readonly MessageTemplate TheTitle = new("the {title}", "{title}");
    private static readonly MessageTemplate DidYouMean = new("; did you mean '{meant}'?", "; bedoelt u '{meant}'?");
    private static readonly MessageTemplate Either = new("{first} or {second}", "{first} of {second}");
    private static readonly MessageTemplate TextType = new("text", "tekst");
    private static readonly MessageTemplate WholeNumber = new("a whole number", "een geheel getal");
    private static readonly MessageTemplate AnyNumber = new("a number", "een getal");
    private static readonly MessageTemplate TrueOrFalse = new("true or false", "true of false");
    private static readonly MessageTemplate MappingType = new("a mapping of keys to values", "een mapping van sleutels naar waarden");
    private static readonly MessageTemplate ListType = new("a list", "een lijst");
    private static readonly MessageTemplate EmptyType = new("empty", "leeg");
    private static readonly MessageTemplate AnotherType = new("of another type", "van een ander type");
    private static readonly MessageTemplate FoundText = new("text ({value})", "tekst ({value})");
    private static readonly MessageTemplate FoundFraction = new("a number with a fraction", "een getal met decimalen");
    private static readonly MessageTemplate FoundBoolean = new("the yes/no value {value}", "de ja/nee-waarde {value}");
    private static readonly MessageTemplate FoundMapping = new("a mapping", "een mapping");
    private static readonly MessageTemplate FoundOther = new("a value of another type", "een waarde van een ander type");
    private static readonly MessageTemplate GreaterThan = new("greater than {limit}", "groter dan {limit}");
    private static readonly MessageTemplate AtLeast = new("at least {limit}", "ten minste {limit}");
    private static readonly MessageTemplate LessThan = new("less than {limit}", "kleiner dan {limit}");
    private static readonly MessageTemplate AtMost = new("at most {limit}", "ten hoogste {limit}");
    private static readonly MessageTemplate OneEntry = new("{count} entry", "{count} item");
    private static readonly MessageTemplate ManyEntries = new("{count} entries", "{count} items");
    private static readonly MessageTemplate OneKey = new("{count} key", "{count} sleutel");
    private static readonly MessageTemplate ManyKeys = new("{count} keys", "{count} sleutels");
    private static readonly MessageTemplate OneCharacter = new("{count} character", "{count} teken");
    private static readonly MessageTemplate ManyCharacters = new("{count} characters", "{count} tekens");

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
            UnknownKeyText.With(("key", DiagnosticText.Quote(key.Name)), ("mapping", mapping), ("suggestion", Suggestion(key.Name, allowed)), ("allowed", Wording.List(allowed))),
            key,
            tokens);
    }

    private static Diagnostic MissingKey(SchemaIssue issue, TokenTree tokens)
    {
        var key = issue.Property!;
        var description = issue.Schema.ActualProperties.TryGetValue(key, out var property)
            ? property.Description ?? property.ActualSchema.Description
            : null;
        var hint = description is null ? AddIt.Text() : AddItDescribed.With(("description", Wording.EndSentence(Wording.Inline(description))));
        return Make(
            DiagnosticIds.MissingProperty,
            MissingKeyText.With(("mapping", MappingName(issue.Token, issue.Title, tokens).Capitalized()), ("key", key), ("hint", hint)),
            issue.Token,
            tokens);
    }

    private static Diagnostic WrongType(SchemaIssue issue, TokenTree tokens)
    {
        var token = issue.Token;
        var schema = issue.Schema.ActualSchema;
        var subject = Subject(token, issue.Title, tokens).Capitalized();
        var expected = Expected(schema.Type);
        var allowed = schema.Enumeration;

        // YAML reads 2583, 0704161703 and yes as a number or a boolean; quotes are what keeps them text.
        var quote = allowed.Count == 0
            && schema.Type.HasFlag(JsonObjectType.String)
            && token.Type is JTokenType.Integer or JTokenType.Float or JTokenType.Boolean;
        var message = token.Type == JTokenType.Null ? EmptyValue.With(("subject", subject), ("expected", expected))
            : quote ? QuoteIt.With(("subject", subject), ("expected", expected), ("found", Found(token)))
            : IsQuoted(token, schema.Type) ? Unquote.With(("subject", subject), ("expected", expected), ("found", Found(token)))
            : WrongTypeText.With(("subject", subject), ("expected", expected), ("found", Found(token)));
        if (allowed.Count > 0)
        {
            message = WithAllowedValues.With(("message", message), ("allowed", Wording.List(allowed.Select(Wording.ShowAllowed))));
        }

        return Make(DiagnosticIds.WrongType, message, token, tokens);
    }

    private static Diagnostic NotAllowed(SchemaIssue issue, TokenTree tokens)
    {
        var allowed = issue.Schema.ActualSchema.Enumeration.Select(Wording.ShowAllowed).ToList();
        return Make(
            DiagnosticIds.ValueNotAllowed,
            NotAllowedText.With(("subject", Subject(issue.Token, issue.Title, tokens).Capitalized()), ("value", Wording.Show(issue.Token)), ("suggestion", Suggestion(issue.Token, allowed)), ("allowed", Wording.List(allowed))),
            issue.Token,
            tokens);
    }

    private static Diagnostic InvalidFormat(SchemaIssue issue, TokenTree tokens, JsonSchema root)
    {
        var schema = issue.Schema.ActualSchema;
        var isDefinition = root.Definitions.Values.Any(d => ReferenceEquals(d, schema));
        object form = isDefinition && schema.Description is { } description
            ? Wording.EndSentence(Wording.Inline(description))
            : issue.Kind switch
            {
                ValidationErrorKind.DateExpected => DateForm.Text(),
                ValidationErrorKind.EmailExpected => EmailForm.Text(),
                ValidationErrorKind.PatternMismatch => PatternForm.With(("pattern", schema.Pattern)),
                _ => NamedForm.With(("format", schema.Format)),
            };
        return Make(
            DiagnosticIds.InvalidFormat,
            InvalidFormatText.With(("subject", Subject(issue.Token, issue.Title, tokens).Capitalized()), ("value", Wording.Show(issue.Token)), ("title", Wording.Inline(issue.Title)), ("form", form)),
            issue.Token,
            tokens);
    }

    private static Diagnostic NoAlternative(SchemaIssue issue, TokenTree tokens)
    {
        var branches = issue.Kind == ValidationErrorKind.NotOneOf ? issue.Schema.ActualSchema.OneOf : issue.Schema.ActualSchema.AnyOf;
        var mapping = MappingName(issue.Token, issue.Title, tokens);
        if (issue.Property is not { } key)
        {
            var shapes = MessageText.Join(", ", branches.Select(b => b.ActualSchema.Title is { } title ? (object)Wording.Inline(title) : Unnamed.Text()));
            return Make(
                DiagnosticIds.NoMatchingAlternative,
                FitsSeveral.With(("mapping", mapping.Capitalized()), ("shapes", shapes)),
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
                NoDiscriminator.With(("mapping", mapping.Capitalized()), ("key", key), ("allowed", Wording.List(allowed))),
                issue.Token,
                tokens);
        }

        return Make(
            DiagnosticIds.NoMatchingAlternative,
            FitsNoKind.With(("subject", Subject(value, key, tokens).Capitalized()), ("value", Wording.Show(value)), ("title", Wording.Inline(issue.Title)), ("suggestion", Suggestion(value, allowed)), ("allowed", Wording.List(allowed))),
            value,
            tokens);
    }

    private static IEnumerable<Diagnostic> Repeats(SchemaIssue issue, TokenTree tokens)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var subject = Subject(issue.Token, issue.Title, tokens).Capitalized();
        foreach (var item in issue.Token.Children())
        {
            if (!seen.Add(item.ToString(Formatting.None)))
            {
                yield return Make(
                    DiagnosticIds.ConstraintViolated,
                    Repeated.With(("subject", subject), ("value", Wording.Show(item)), ("pointer", tokens.PointerOf(item))),
                    item,
                    tokens);
            }
        }
    }

    private static Diagnostic Limit(SchemaIssue issue, TokenTree tokens)
    {
        var token = issue.Token;
        var schema = issue.Schema.ActualSchema;
        var subject = Subject(token, issue.Title, tokens).Capitalized();
        var message = issue.Kind switch
        {
            ValidationErrorKind.TooFewItems when !token.HasValues =>
                EmptyList.With(("subject", subject), ("entries", Entries(schema.MinItems))),
            ValidationErrorKind.TooFewItems =>
                TooFewItems.With(("subject", subject), ("entries", Entries(token.Count())), ("min", Wording.Count(schema.MinItems))),
            ValidationErrorKind.TooManyItems =>
                TooManyItems.With(("subject", subject), ("entries", Entries(token.Count())), ("max", Wording.Count(schema.MaxItems))),
            ValidationErrorKind.StringTooShort when Text(token).Length == 0 =>
                EmptyText.With(("subject", subject), ("what", schema.Description is { } description ? Wording.EndSentence(Wording.Inline(description)) : SomeText.Text())),
            ValidationErrorKind.StringTooShort =>
                TooShort.With(("subject", subject), ("characters", Characters(Text(token).Length)), ("min", Wording.Count(schema.MinLength ?? 0))),
            ValidationErrorKind.StringTooLong =>
                TooLong.With(("subject", subject), ("characters", Characters(Text(token).Length)), ("max", Wording.Count(schema.MaxLength ?? 0))),
            ValidationErrorKind.NumberTooSmall =>
                OutOfBounds.With(("subject", subject), ("value", Wording.Show(token)), ("bound", Lower(schema))),
            ValidationErrorKind.NumberTooBig =>
                OutOfBounds.With(("subject", subject), ("value", Wording.Show(token)), ("bound", Upper(schema))),
            ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf =>
                NotMultiple.With(("subject", subject), ("value", Wording.Show(token)), ("step", Wording.Number(schema.MultipleOf ?? 1))),
            ValidationErrorKind.TooFewProperties when !token.HasValues =>
                EmptyMapping.With(("mapping", MappingName(token, issue.Title, tokens).Capitalized()), ("min", Wording.Count(schema.MinProperties)), ("keys", Wording.List(schema.ActualProperties.Keys))),
            ValidationErrorKind.TooFewProperties =>
                TooFewKeys.With(("mapping", MappingName(token, issue.Title, tokens).Capitalized()), ("keys", Keys(token.Count())), ("min", Wording.Count(schema.MinProperties)), ("allowed", Wording.List(schema.ActualProperties.Keys))),
            ValidationErrorKind.TooManyProperties =>
                TooManyKeys.With(("mapping", MappingName(token, issue.Title, tokens).Capitalized()), ("keys", Keys(token.Count())), ("max", Wording.Count(schema.MaxProperties))),
            _ => OtherRule.With(("subject", subject), ("kind", issue.Kind)),
        };
        return Make(DiagnosticIds.ConstraintViolated, message, token, tokens);
    }

    private static Diagnostic Make(string ruleId, MessageText message, JToken at, TokenTree tokens) =>
        new(ruleId, DiagnosticSeverity.Error, message, tokens.Locate(at), tokens.PointerOf(at));

    /// <summary>Names a value: by its key when it has one, else by what the schema calls it.</summary>
    private static MessageText Subject(JToken token, string title, TokenTree tokens)
    {
        var pointer = tokens.PointerOf(token);
        return token.Parent is JProperty property ? KeyAt.With(("key", DiagnosticText.Quote(property.Name)), ("pointer", pointer))
            : pointer.Length == 0 ? TheDocument.Text()
            : TitleAt.With(("title", Wording.Inline(title)), ("pointer", pointer));
    }

    /// <summary>Names a mapping by what the schema calls it, as in "the processing activity at /activities/1".</summary>
    private static MessageText MappingName(JToken mapping, string title, TokenTree tokens)
    {
        var pointer = tokens.PointerOf(mapping);
        return pointer.Length == 0 ? TheTitle.With(("title", Wording.Inline(title))) : TitleAt.With(("title", Wording.Inline(title)), ("pointer", pointer));
    }

    /// <summary>Ends the sentence about a wrong key or value with the nearest allowed one, if any is near.</summary>
    private static object Suggestion(JToken written, IEnumerable<string> allowed) =>
        written.Type == JTokenType.String ? Suggestion(written.Value<string>()!, allowed) : ".";

    private static object Suggestion(string written, IEnumerable<string> allowed) =>
        NearestMatch.Find(written, allowed) is { } meant ? DidYouMean.With(("meant", meant)) : ".";

    private static MessageText Expected(JsonObjectType type)
    {
        MessageText? phrases = null;
        AddIf(JsonObjectType.String, TextType);
        AddIf(JsonObjectType.Integer, WholeNumber);
        AddIf(JsonObjectType.Number, AnyNumber);
        AddIf(JsonObjectType.Boolean, TrueOrFalse);
        AddIf(JsonObjectType.Object, MappingType);
        AddIf(JsonObjectType.Array, ListType);
        AddIf(JsonObjectType.Null, EmptyType);
        return phrases ?? AnotherType.Text();

        void AddIf(JsonObjectType flag, MessageTemplate phrase)
        {
            if (type.HasFlag(flag))
            {
                phrases = phrases is null ? phrase.Text() : Either.With(("first", phrases), ("second", phrase.Text()));
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

    private static MessageText Found(JToken token) => token.Type switch
    {
        JTokenType.String => FoundText.With(("value", Wording.Show(token))),
        JTokenType.Integer => WholeNumber.Text(),
        JTokenType.Float => FoundFraction.Text(),
        JTokenType.Boolean => FoundBoolean.With(("value", Wording.Show(token))),
        JTokenType.Object => FoundMapping.Text(),
        JTokenType.Array => ListType.Text(),
        _ => FoundOther.Text(),
    };

    private static MessageText Lower(JsonSchema schema) =>
        schema.ExclusiveMinimum is { } exclusive ? GreaterThan.With(("limit", Wording.Number(exclusive)))
        : schema.IsExclusiveMinimum ? GreaterThan.With(("limit", Wording.Number(schema.Minimum ?? 0)))
        : AtLeast.With(("limit", Wording.Number(schema.Minimum ?? 0)));

    private static MessageText Upper(JsonSchema schema) =>
        schema.ExclusiveMaximum is { } exclusive ? LessThan.With(("limit", Wording.Number(exclusive)))
        : schema.IsExclusiveMaximum ? LessThan.With(("limit", Wording.Number(schema.Maximum ?? 0)))
        : AtMost.With(("limit", Wording.Number(schema.Maximum ?? 0)));

    private static string Text(JToken token) => token.Value<string>() ?? string.Empty;

    private static MessageText Entries(int count) => Plural(count, OneEntry, ManyEntries);

    private static MessageText Keys(int count) => Plural(count, OneKey, ManyKeys);

    private static MessageText Characters(int count) => Plural(count, OneCharacter, ManyCharacters);

    private static MessageText Plural(int count, MessageTemplate one, MessageTemplate many) => (count == 1 ? one : many).With(("count", Wording.Count(count)));
}
