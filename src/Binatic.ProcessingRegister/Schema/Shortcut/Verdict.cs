namespace Binatic.ProcessingRegister.Schema.Shortcut;

/// <summary>What a cheap look at a value says about NJsonSchema's outcome for it.</summary>
internal enum Verdict
{
    /// <summary>NJsonSchema reports no error for the value.</summary>
    Valid,

    /// <summary>The look cannot tell; only NJsonSchema itself can.</summary>
    Unknown,

    /// <summary>NJsonSchema reports at least one error for the value.</summary>
    Invalid,
}
