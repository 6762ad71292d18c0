using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR047: a data category is a national identification number, such as the BSN, without the law that allows its use.</summary>
internal sealed class NationalIdentifierLawRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR047",
        "National identification number without the law that allows it",
        DiagnosticSeverity.Error,
        "Art. 87; UAVG art. 46",
        "A data category has a `nationalIdentifier` (such as the BSN) without `law`.",
        "Member States determine the conditions for processing a national identification number (Art. 87). In the Netherlands a number that the law prescribes to identify a person may be used only to carry out that law or for purposes the law lays down (UAVG art. 46(1)): public bodies use the BSN for their tasks under the Wet algemene bepalingen burgerservicenummer, art. 10, and anyone else only where a specific law allows it. Using the BSN without such a law is unlawful whatever the Art. 6(1) basis, so the record must name the law; a category without it is an error.",
        "Add `law` under the category's `nationalIdentifier` with the act and article that allow its use, such as \"Wet algemene bepalingen burgerservicenummer, art. 10\" for a public body. If no law allows it, stop recording the number and identify people otherwise.");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var categories = context.Register.DataCategories;
        for (var i = 0; i < categories.Count; i++)
        {
            if (categories[i].NationalIdentifier is { } identifier && string.IsNullOrWhiteSpace(identifier.Law))
            {
                var number = string.IsNullOrWhiteSpace(identifier.Name) ? "a national identification number" : $"a national identification number ({identifier.Name})";
                yield return new Finding(
                    $"/dataCategories/{i}/nationalIdentifier/law",
                    $"The data category '{categories[i].Id}' is {number} without the law that allows its use; add 'law' under 'nationalIdentifier' with the act and article, such as 'Wet algemene bepalingen burgerservicenummer, art. 10' (Art. 87; UAVG art. 46).");
            }
        }
    }
}
