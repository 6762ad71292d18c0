// The README's "Use it from code" snippet is the text between the markers below; a test keeps the two equal, and
// run.sh compiles and runs this file against the packed library, so the snippet cannot rot.
// README:begin
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;

var loaded = RegisterLoader.LoadFile("registers/binatic.yaml");
if (!loaded.Success)
{
    // Not a valid register: every problem is here, with its file, line and column. Bad input never throws.
    foreach (var problem in loaded.Diagnostics)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}

// Warnings from loading, then the findings of the GDPR rules, as "file(line,column): severity id: message".
foreach (var finding in loaded.Diagnostics.Concat(RegisterValidator.Validate(loaded)))
{
    Console.WriteLine(finding);
}

// The register as a document for the supervisory authority (Art. 30(4)), here in English.
var options = new MarkdownExportOptions { Language = RegisterLanguage.English };
Console.WriteLine(MarkdownExport.ToMarkdown(loaded.Register, options));
return 0;
// README:end
