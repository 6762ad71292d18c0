using System.Globalization;
using System.Text;
using Binatic.ProcessingRegister.Diff;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using CsCheck;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>
/// The rules that read dates and periods hold for every date and period the schema admits, on any day the clock can
/// show: a register dated 9999-12-31 or kept for P9999Y9999M9999W9999D loads and is validated, exported and compared
/// without an exception.
/// </summary>
/// <remarks>CsCheck prints the seed of a failing case, to replay it with <c>seed:</c>.</remarks>
public sealed class DateAndPeriodRangeTests
{
    // Every date and period of the schema appears once: the register's three dates, a processing agreement's date, the
    // retention periods of an activity and of the register, and both response deadlines. The transfer claims adequacy,
    // so the rules that look up decisions in force on the clock's day run too.
    private static readonly CompositeFormat Template = CompositeFormat.Parse("""
        register:
          language: en
          policyDate: {0}
          lastReviewed: {1}
          nextReview: {2}
        controller:
          name: Example BV
        dataSubjectCategories:
          - id: customers
            name: Customers
        dataCategories:
          - id: name
            name: Name
        processors:
          - id: mailer
            name: Example Mail Inc.
            service: Sending newsletters
            location:
              countries: [US]
            processingAgreement:
              inPlace: true
              date: {3}
        retentionPolicy:
          rules:
            - period: {4}
              from: the end of the contract
        activities:
          - id: orders
            name: Handling orders
            purposes: [Delivering the products ordered.]
            dataSubjects: [customers]
            dataCategories: [name]
            legalBases:
              - basis: contract
            recipients: [mailer]
            transfers:
              - country: US
                recipient: mailer
                safeguards:
                  - type: adequacyDecision
            retention:
              - period: {5}
        dataSubjectRights:
          rights:
            - right: access
          responseDeadline: {6}
          complaints:
            description: Send complaints to our data protection officer.
            responseDeadline: {7}
        """);

    // Every date of the calendar, with the first and last years, where adding or subtracting overflows, drawn as often.
    private static readonly Gen<DateOnly> AnyDate = Gen.Frequency(
        (2, Gen.DateOnly[DateOnly.MinValue, DateOnly.MaxValue]),
        (1, Gen.DateOnly[DateOnly.MinValue, new DateOnly(1, 12, 31)]),
        (1, Gen.DateOnly[new DateOnly(9999, 1, 1), DateOnly.MaxValue]));

    // One to four digits, leading zeros included, as the schema's pattern admits them.
    private static readonly Gen<string> Number = Gen.String[Gen.Char['0', '9'], 1, 4];

    private static readonly Gen<string> AnyPeriod =
        Gen.Select(Gen.Bool, Number).Array[4].Select(Period);

    // The largest and smallest values come first, where arithmetic on dates and periods would overflow.
    public static TheoryData<string, string> Extremes => new()
    {
        { "9999-12-31", "P9999Y9999M9999W9999D" },
        { "9999-01-01", "P9999Y" },
        { "0001-01-01", "P0D" },
    };

    private static readonly Lazy<Register> Plain = new(() => RegisterLoader.Parse(Register("2026-01-15", "P1Y"), "plain.yaml").GetRegisterOrThrow());

    [Theory]
    [MemberData(nameof(Extremes))]
    public void A_register_with_the_extreme_dates_and_periods_is_validated_on_the_extreme_days_exported_and_compared(string date, string period)
    {
        var loaded = RegisterLoader.Parse(Register(date, period), "extremes.yaml");

        Assert.True(loaded.Success, string.Join(Environment.NewLine, loaded.Diagnostics));
        foreach (var today in new[] { DateOnly.MinValue, new DateOnly(2026, 11, 25), DateOnly.MaxValue })
        {
            Assert.NotEmpty(RegisterValidator.Validate(loaded, On(today)));
        }

        Assert.NotEmpty(JsonExport.ToJson(loaded.Register));
        Assert.NotEmpty(MarkdownExport.ToMarkdown(loaded.Register, new MarkdownExportOptions { Language = RegisterLanguage.English }));
        Assert.NotEmpty(MarkdownExport.ToMarkdown(loaded.Register, new MarkdownExportOptions { Language = RegisterLanguage.Dutch }));
        Assert.False(RegisterDiff.Compare(Plain.Value, loaded.Register).IsEmpty);
    }

    [Fact]
    public void Any_date_and_period_the_schema_admits_loads_and_is_validated_on_any_day_exported_and_compared()
    {
        Gen.Select(AnyDate.Array[4], AnyPeriod.Array[4], AnyDate).Sample(
            (dates, periods, today) =>
            {
                var loaded = RegisterLoader.Parse(Register(dates, periods), "any.yaml");

                Assert.True(loaded.Success, string.Join(Environment.NewLine, loaded.Diagnostics));
                Assert.NotEmpty(RegisterValidator.Validate(loaded, On(today)));
                Assert.NotEmpty(JsonExport.ToJson(loaded.Register));
                Assert.NotEmpty(MarkdownExport.ToMarkdown(loaded.Register));
                _ = RegisterDiff.Compare(Plain.Value, loaded.Register);
            },
            iter: 300);
    }

    private static string Register(string date, string period) =>
        Register([date, date, date, date], [period, period, period, period]);

    private static string Register(DateOnly[] dates, string[] periods) =>
        Register([.. dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))], periods);

    private static string Register(string[] dates, string[] periods) =>
        string.Format(CultureInfo.InvariantCulture, Template, dates[0], dates[1], dates[2], dates[3], periods[0], periods[1], periods[2], periods[3]);

    // A period needs at least one number; when none is chosen, the days are written.
    private static string Period((bool Written, string Number)[] parts)
    {
        var written = string.Concat(parts.Select((part, i) => part.Written ? part.Number + "YMWD"[i] : string.Empty));
        return "P" + (written.Length > 0 ? written : parts[3].Number + "D");
    }

    private static ValidationOptions On(DateOnly today) =>
        new() { TimeProvider = new FixedClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)) };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
