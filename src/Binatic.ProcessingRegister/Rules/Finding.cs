using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// What a rule found: the JSON Pointer of the most precise place (the offending value, or the missing key's
/// pointer, which resolves to its nearest existing parent), a message for people in English and Dutch (a
/// <see cref="MessageTemplate"/> with its arguments, written in the review's language when the review ends), and a
/// severity when the rule's severity depends on the case.
/// </summary>
internal readonly record struct Finding(string Pointer, MessageText Message, DiagnosticSeverity? Severity = null);
