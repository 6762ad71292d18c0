using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// What a rule found: the JSON Pointer of the most precise place (the offending value, or the missing key's
/// pointer, which resolves to its nearest existing parent), a message for people, and a severity when the rule's
/// severity depends on the case.
/// </summary>
internal readonly record struct Finding(string Pointer, string Message, DiagnosticSeverity? Severity = null);
