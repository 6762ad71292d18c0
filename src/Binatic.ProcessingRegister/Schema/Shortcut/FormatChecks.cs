using System.Globalization;
using System.Text.RegularExpressions;

namespace Binatic.ProcessingRegister.Schema.Shortcut;

/// <summary>
/// The checks of NJsonSchema 11.6's default format validators for the formats the register schema uses, written out
/// the way NJsonSchema writes them, so that a register can be judged without loading NJsonSchema (and Newtonsoft.Json,
/// which its validators name). A schema with any other format is left to NJsonSchema.
/// </summary>
internal static partial class FormatChecks
{
    // NJsonSchema's EmailFormatValidator, character for character.
    private const string EmailPattern = @"^\A(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\Z$";

    /// <summary>Gets the check for a format, or null for a format these checks do not cover.</summary>
    public static Func<string, bool>? For(string format) => format switch
    {
        "date" => IsDate,
        "email" => IsEmail,
        _ => null,
    };

    // NJsonSchema's DateFormatValidator passes no format provider, which is the current culture.
    private static bool IsDate(string value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.CurrentCulture, DateTimeStyles.None, out var date) && date.Date == date;

    private static bool IsEmail(string value) => Email().IsMatch(value);

    // NJsonSchema calls the static Regex.IsMatch with the same pattern and options; a generated regex matches the same
    // strings without building an interpreter for it at start-up.
    [GeneratedRegex(EmailPattern, RegexOptions.IgnoreCase)]
    private static partial Regex Email();
}
