// The README's "Use it from code" snippet is the text between the markers below; a test keeps the two equal, and
// run.sh compiles and runs this file against the packed library, so the snippet cannot rot.
// README:begin
using Binatic.ProcessingRegister;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Model;

// Load the register and run every rule: one list of findings, ordered by place in the file. Bad input never throws.
var review = RegisterReview.OfFile("registers/binatic.yaml");
foreach (var finding in review.Findings)
{
    // As "file(line,column): severity id: message", the format editors and CI logs recognise.
    Console.WriteLine(finding);
}

if (!review.Success)
{
    // Not a valid register (or, when review.IsUnreadable, not a file that could be read): the findings say why.
    return 1;
}

Console.WriteLine($"{review.ErrorCount} errors, {review.WarningCount} warnings, {review.AcceptedCount} accepted.");

// The register as a document for the supervisory authority (Art. 30(4)), here in English.
var options = new MarkdownExportOptions { Language = RegisterLanguage.English };
Console.WriteLine(MarkdownExport.ToMarkdown(review.Register, options));
return 0;
// README:end
