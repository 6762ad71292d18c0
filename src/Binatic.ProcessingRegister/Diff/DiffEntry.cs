using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// One entry of a <see cref="ListChange"/> in English and in Dutch: register text as written, with the few words the
/// comparison puts around it ("with", "to", "no transfers (stated)") in either language.
/// </summary>
/// <param name="English">The entry in English, which is also what lists are sorted and matched on.</param>
/// <param name="Dutch">The entry in Dutch; the same as <paramref name="English"/> for register text alone.</param>
internal readonly record struct DiffEntry(string English, string Dutch)
{
    /// <summary>Gets an entry that is register text alone, the same in both languages.</summary>
    public static DiffEntry Plain(string text) => new(text, text);

    /// <summary>Gets an entry written by a message template in both languages.</summary>
    public static DiffEntry Of(MessageText text) => new(text.In(RegisterLanguage.English), text.In(RegisterLanguage.Dutch));

    /// <summary>Gets the entry in <paramref name="language"/>.</summary>
    public string In(RegisterLanguage language) => language == RegisterLanguage.Dutch ? Dutch : English;
}
