namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>What a passage of a notice is: running text, an item of a list, or a heading.</summary>
internal enum PassageKind
{
    /// <summary>A paragraph or line of running text.</summary>
    Paragraph,

    /// <summary>An item of a bulleted or numbered list.</summary>
    Bullet,

    /// <summary>A heading.</summary>
    Heading,
}
