using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>A data category's name and the marks the export writes after it (see <see cref="ExportForms.DataCategory"/>).</summary>
/// <param name="name">The name without the marks.</param>
internal sealed class DataCategoryMarks(string name)
{
    /// <summary>Gets the name without the marks.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the special category the marks name.</summary>
    public SpecialCategory? SpecialCategory { get; private set; }

    /// <summary>Gets a value indicating whether the marks say criminal offence data.</summary>
    public bool IsCriminalOffenceData { get; private set; }

    /// <summary>Gets a value indicating whether the marks say a national identification number.</summary>
    public bool IsNationalIdentifier { get; private set; }

    /// <summary>Gets the national identification number's name, when the mark gives one.</summary>
    public string? NationalIdentifierName { get; private set; }

    /// <summary>Gets a value indicating whether there were marks.</summary>
    public bool HasMarks => SpecialCategory is not null || IsCriminalOffenceData || IsNationalIdentifier;

    /// <summary>Reads one mark; <see langword="false"/> when it is not one the export writes.</summary>
    public bool Read(string mark, IEnumerable<Labels> languages)
    {
        foreach (var labels in languages)
        {
            if (ExportForms.Same(labels.CriminalOffenceMark, mark))
            {
                IsCriminalOffenceData = true;
                return true;
            }

            if (ExportForms.Same(labels.NationalIdentifierMark, mark))
            {
                IsNationalIdentifier = true;
                return true;
            }

            if (After(labels.NationalIdentifierMark, mark) is { } identifier)
            {
                IsNationalIdentifier = true;
                NationalIdentifierName = identifier;
                return true;
            }

            if (After(labels.SpecialCategoryMark, mark) is { } special
                && labels.SpecialCategoryNames.FirstOrDefault(pair => ExportForms.Same(pair.Value, special)) is { Value: not null } found)
            {
                SpecialCategory = found.Key;
                return true;
            }
        }

        return false;
    }

    private static string? After(string label, string mark) =>
        mark.StartsWith(label + ": ", StringComparison.OrdinalIgnoreCase) && mark[(label.Length + 2)..].Trim() is { Length: > 0 } rest ? rest : null;
}
