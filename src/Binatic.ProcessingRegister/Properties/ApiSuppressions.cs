using System.Diagnostics.CodeAnalysis;

// RS0026 guards against a later release adding an optional parameter to one of several overloads, which makes calls
// ambiguous. The two Validate overloads differ in their required first parameter (a loaded result or a register built
// in code), so no call that compiles today can become ambiguous; their options stay optional for the common case.
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in their required first parameter; see above.",
    Scope = "member",
    Target = "~M:Binatic.ProcessingRegister.Rules.RegisterValidator.Validate(Binatic.ProcessingRegister.Loading.LoadResult,Binatic.ProcessingRegister.Rules.ValidationOptions)~System.Collections.Generic.IReadOnlyList{Binatic.ProcessingRegister.Diagnostics.Diagnostic}")]
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in their required first parameter; see above.",
    Scope = "member",
    Target = "~M:Binatic.ProcessingRegister.Rules.RegisterValidator.Validate(Binatic.ProcessingRegister.Model.Register,Binatic.ProcessingRegister.Rules.ValidationOptions)~System.Collections.Generic.IReadOnlyList{Binatic.ProcessingRegister.Diagnostics.Diagnostic}")]
