namespace Binatic.ProcessingRegister.Import;

/// <summary>A phrase of a <see cref="PhraseTable{T}"/> found in a token sequence.</summary>
/// <typeparam name="T">What the phrase means.</typeparam>
/// <param name="First">The index of its first token.</param>
/// <param name="Count">How many tokens it spans.</param>
/// <param name="Value">What it means.</param>
internal readonly record struct PhraseMatch<T>(int First, int Count, T Value);
