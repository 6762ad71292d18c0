namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>What a register term is, which decides the article a disagreement about it cites.</summary>
internal enum TermKind
{
    /// <summary>Any other text of the register: a description, a name, a contact detail; it only shows that a passage speaks of the register.</summary>
    Other,

    /// <summary>A purpose of an activity (Art. 13(1)(c)).</summary>
    Purpose,

    /// <summary>A category of personal data (Art. 14(1)(d)).</summary>
    DataCategory,

    /// <summary>A recipient or processor (Art. 13(1)(e)).</summary>
    Recipient,

    /// <summary>A country data are transferred to (Art. 13(1)(f)).</summary>
    Country,

    /// <summary>A safeguard of a transfer (Art. 13(1)(f)).</summary>
    Safeguard,

    /// <summary>A retention period (Art. 13(2)(a)).</summary>
    Retention,

    /// <summary>A right of data subjects (Art. 13(2)(b)-(d)).</summary>
    Right,
}
