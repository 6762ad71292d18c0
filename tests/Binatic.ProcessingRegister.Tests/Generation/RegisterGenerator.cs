using System.Globalization;
using System.Text;

namespace Binatic.ProcessingRegister.Tests.Generation;

/// <summary>
/// The one generator of registers for the tests and the benchmarks. <see cref="Generate"/> writes a realistic, valid
/// register with a given number of processing activities, as YAML, for the benchmarks and for the tests about size;
/// <see cref="Arbitrary"/> (in RegisterGenerator.Arbitrary.cs) makes registers of every shape the model allows, for
/// property-based tests.
/// </summary>
/// <remarks>
/// <para>
/// Each activity of <see cref="Generate"/> has 5-15 purposes, 10-30 data categories drawn from a catalogue of 200,
/// 1-3 legal bases, recipients, sometimes a transfer, retention rules and security measures, with the comments
/// people write beside them. The random source is seeded with the number of activities, so the same N always gives
/// the same file, byte for byte: the benchmark figures are compared over time, so the text must not change.
/// </para>
/// <para>
/// The performance targets ask for anchors, but the loader refuses anchors and aliases (RPR104): a register refers to its parts by
/// id, so that is what this file does, and that is the shape real registers of this format have. Nothing here is an
/// Art. 9 or Art. 10 category, so the file loads without errors; the GDPR rules still find warnings in it, as they
/// would in a real register, which keeps the rules stage honest work.
/// Activities are as lean as the targets' ranges allow, so that 10,000 of them (about 17 MB) stay under the loader's
/// budget of 1,000,000 nodes per document (RPR101), which no option lifts; the 4 MiB file-size cap is an option,
/// which the benchmarks raise.
/// </para>
/// <para>
/// This file is linked into the benchmark project, which needs neither CsCheck nor the arbitrary registers; the
/// tests compile both parts, and none of them references BenchmarkDotNet.
/// </para>
/// </remarks>
internal static partial class RegisterGenerator
{
    /// <summary>The size of the data-category catalogue activities draw from.</summary>
    public const int DataCategoryCount = 200;

    private const int RecipientCount = 40;
    private const int ProcessorCount = 20;
    private const int MeasureCount = 12;

    private static readonly string[] Subjects =
        ["customers", "employees", "applicants", "suppliers", "visitors", "patients", "students", "residents"];

    private static readonly string[] Verbs =
        ["Handling", "Recording", "Planning", "Invoicing", "Reporting on", "Registering", "Assessing", "Archiving"];

    private static readonly string[] Objects =
        ["orders", "appointments", "complaints", "contracts", "permits", "payments", "requests", "incidents", "visits"];

    private static readonly string[] PurposeStarts =
        ["Answering questions about", "Keeping records of", "Sending reminders about", "Checking the status of",
         "Reporting to management on", "Improving the handling of", "Resolving disputes about", "Auditing"];

    private static readonly string[] Countries = ["US", "GB", "CH", "IN", "CA", "JP"];

    private static readonly string[] Laws =
        ["Algemene wet inzake rijksbelastingen, art. 52", "Burgerlijk Wetboek, boek 2, art. 10",
         "Wet op de loonbelasting 1964, art. 28", "Archiefwet 1995, art. 3"];

    /// <summary>Writes a register with <paramref name="activities"/> processing activities as YAML.</summary>
    /// <param name="activities">How many activities the register holds; at least 1.</param>
    /// <returns>The register, the same text for the same number every time.</returns>
    public static string Generate(int activities)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(activities, 1);
        var random = new Random(activities);
        var yaml = new StringBuilder(capacity: activities * 1400);

        WriteHeader(yaml, activities);
        WriteCatalogues(yaml);
        yaml.Append("activities:\n");
        for (var index = 1; index <= activities; index++)
        {
            WriteActivity(yaml, random, index);
        }

        return yaml.ToString();
    }

    private static void WriteHeader(StringBuilder yaml, int activities)
    {
        Line(yaml, "# yaml-language-server: $schema=../schema/processing-register.schema.json");
        Line(yaml, $"# Generated register with {activities} activities, for benchmarks. Do not edit by hand.");
        Line(yaml, "");
        Line(yaml, "register:");
        Line(yaml, "  language: en");
        Line(yaml, "  title: Record of processing activities of Example Municipality");
        Line(yaml, "  lastReviewed: 2026-09-15");
        Line(yaml, "controller:");
        Line(yaml, "  name: Example Municipality");
        Line(yaml, "  email: privacy@example-municipality.nl");
        Line(yaml, "  dataProtectionOfficer:");
        Line(yaml, "    designated: true");
        Line(yaml, "    name: J. de Vries");
        Line(yaml, "    email: dpo@example-municipality.nl");
        Line(yaml, "");
    }

    private static void WriteCatalogues(StringBuilder yaml)
    {
        Line(yaml, "dataSubjectCategories:");
        foreach (var subject in Subjects)
        {
            Line(yaml, $"  - id: {subject}");
            Line(yaml, $"    name: {char.ToUpperInvariant(subject[0])}{subject[1..]}");
        }

        Line(yaml, "");
        Line(yaml, "# The catalogue of data categories; activities refer to these ids.");
        Line(yaml, "dataCategories:");
        for (var index = 1; index <= DataCategoryCount; index++)
        {
            Line(yaml, $"  - id: {CategoryId(index)}");
            Line(yaml, $"    name: Data category {index}");
            if (index % 5 == 0)
            {
                Line(yaml, $"    description: What the records of kind {index} hold, as the department describes it.");
            }
        }

        Line(yaml, "");
        Line(yaml, "processors:");
        for (var index = 1; index <= ProcessorCount; index++)
        {
            Line(yaml, $"  - id: processor-{index}");
            Line(yaml, $"    name: Service Provider {index} BV");
            Line(yaml, "    service: Hosting and support of a case management system.");
            Line(yaml, "    location:");
            Line(yaml, "      withinEea: true");
            Line(yaml, "      countries: [NL]");
            Line(yaml, "    processingAgreement:");
            Line(yaml, "      inPlace: true");
            Line(yaml, $"      reference: DPA-2025-{index:D3}");
        }

        Line(yaml, "");
        Line(yaml, "recipients:");
        for (var index = 1; index <= RecipientCount; index++)
        {
            Line(yaml, $"  - id: recipient-{index}");
            Line(yaml, $"    name: Partner organisation {index}");
            Line(yaml, index % 3 == 0 ? "    kind: publicAuthority" : "    kind: thirdParty");
            Line(yaml, "    role: controller");
            Line(yaml, "    location:");
            if (index <= Countries.Length)
            {
                // The first few recipients sit outside the EEA, so the transfers below have someone to name.
                Line(yaml, "      withinEea: false");
                Line(yaml, $"      countries: [{Countries[index - 1]}]");
            }
            else
            {
                Line(yaml, "      withinEea: true");
                Line(yaml, "      countries: [NL]");
            }
        }

        Line(yaml, "");
        Line(yaml, "security:");
        Line(yaml, "  measures:");
        string[] objectives = ["encryption", "confidentiality", "integrity", "availability", "restoreAccess", "regularTesting"];
        for (var index = 1; index <= MeasureCount; index++)
        {
            Line(yaml, $"    - id: measure-{index}");
            Line(yaml, index % 2 == 0 ? "      kind: organisational" : "      kind: technical");
            Line(yaml, $"      description: Security measure {index}, reviewed every year.");
            Line(yaml, $"      objectives: [{objectives[index % objectives.Length]}]");
        }

        Line(yaml, "");
    }

    private static void WriteActivity(StringBuilder yaml, Random random, int index)
    {
        var subject = Pick(random, Subjects);
        var name = $"{Pick(random, Verbs)} {Pick(random, Objects)} of {subject} ({index})";
        if (index % 7 == 0)
        {
            Line(yaml, $"  # Reviewed with the department on 2026-0{1 + (index % 9)}-15; see the minutes.");
        }

        Line(yaml, $"  - id: activity-{index}");
        Line(yaml, $"    name: {name}");

        var purposes = new string[random.Next(5, 16)];
        Line(yaml, "    purposes:");
        for (var purpose = 0; purpose < purposes.Length; purpose++)
        {
            purposes[purpose] = $"{Pick(random, PurposeStarts)} {Pick(random, Objects)} ({purpose + 1}).";
            Line(yaml, $"      - {purposes[purpose]}");
        }

        Line(yaml, $"    dataSubjects: [{subject}]");

        var categories = Distinct(random, random.Next(10, 31), DataCategoryCount);
        Line(yaml, $"    dataCategories: [{string.Join(", ", categories.Select(CategoryId))}]");
        Line(yaml, "    sources:");
        Line(yaml, $"      - description: The {subject} themselves.");

        WriteLegalBases(yaml, random, purposes);

        var recipients = Distinct(random, random.Next(1, 5), RecipientCount);
        var processor = random.Next(1, ProcessorCount + 1);
        Line(yaml, $"    recipients: [processor-{processor}, {string.Join(", ", recipients.Select(r => $"recipient-{r}"))}]");

        var abroad = recipients.Where(r => r <= Countries.Length).ToArray();
        if (abroad.Length > 0)
        {
            Line(yaml, "    transfers:");
            foreach (var recipient in abroad)
            {
                Line(yaml, $"      - country: {Countries[recipient - 1]}");
                Line(yaml, $"        recipient: recipient-{recipient}");
                Line(yaml, "        safeguards:");
                Line(yaml, "          - type: standardContractualClauses");
                Line(yaml, "            reference: Commission Implementing Decision (EU) 2021/914, module 1");
                Line(yaml, $"        impactAssessmentReference: TIA-2025-{recipient:D3}");
            }
        }

        // A specific period for a few categories, then the statutory period for everything else, as registers do.
        var years = 1 + random.Next(10);
        Line(yaml, "    retention:");
        Line(yaml, $"      - description: Kept for {years} years after the case is closed.");
        Line(yaml, $"        period: P{years}Y");
        Line(yaml, "        from: the end of the case");
        Line(yaml, $"        dataCategories: [{string.Join(", ", categories.Take(3).Select(CategoryId))}]");
        Line(yaml, "      - period: P7Y  # the statutory period for all other records");
        Line(yaml, $"        law: {Laws[0]}");

        var measures = Distinct(random, random.Next(2, 6), MeasureCount);
        Line(yaml, $"    securityMeasures: [{string.Join(", ", measures.Select(m => $"measure-{m}"))}]");
    }

    private static void WriteLegalBases(StringBuilder yaml, Random random, string[] purposes)
    {
        string[] bases = ["contract", "legalObligation", "publicTask", "legitimateInterests"];
        var chosen = Distinct(random, random.Next(1, 4), bases.Length);
        Line(yaml, "    legalBases:");
        foreach (var pick in chosen)
        {
            var basis = bases[pick - 1];
            Line(yaml, $"      - basis: {basis}");
            if (chosen.Length > 1 && pick == chosen[0])
            {
                // Registers often say for one basis which purposes it covers and leave the others to the reader;
                // the rules warn about those (RPR012), as they would in a real register.
                Line(yaml, "        purposes:");
                Line(yaml, $"          - {purposes[0]}");
            }

            switch (basis)
            {
                case "legalObligation" or "publicTask":
                    Line(yaml, $"        law: {Pick(random, Laws)}");
                    break;
                case "legitimateInterests":
                    Line(yaml, "        interests:");
                    Line(yaml, "          - Running the organisation efficiently.");
                    Line(yaml, $"        assessmentReference: LIA-2025-{random.Next(1000):D3}");
                    break;
                default:
                    break;
            }
        }
    }

    private static string CategoryId(int index) => string.Create(CultureInfo.InvariantCulture, $"category-{index}");

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    /// <summary>Picks <paramref name="count"/> distinct numbers from 1 to <paramref name="max"/>, in drawing order.</summary>
    private static int[] Distinct(Random random, int count, int max)
    {
        var picked = new List<int>(count);
        while (picked.Count < count)
        {
            var next = random.Next(1, max + 1);
            if (!picked.Contains(next))
            {
                picked.Add(next);
            }
        }

        return [.. picked];
    }

    private static void Line(StringBuilder yaml, string text) => yaml.Append(text).Append('\n');
}
