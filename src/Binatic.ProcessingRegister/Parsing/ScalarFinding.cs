using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>A problem with one scalar's value, before it is placed in the file and the tree.</summary>
internal readonly record struct ScalarFinding(string RuleId, DiagnosticSeverity Severity, MessageText Message);
