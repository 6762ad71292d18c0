using Binatic.ProcessingRegister.Tests.Generation;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Parsing;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace Binatic.ProcessingRegister.Tests.Parsing;

public sealed class ParserEventsTests
{
    private static readonly string Large = RegisterGenerator.Generate(700);

    [Fact]
    public void The_generated_register_used_here_is_large_enough_to_be_parsed_ahead()
    {
        Assert.True(Large.Length >= ParserEvents.PipelinedFromLength, $"{Large.Length} characters");
    }

    [Fact]
    public void Parsing_ahead_gives_the_same_events_as_parsing_in_step()
    {
        Assert.Equal(Describe(Large, pipelined: false), Describe(Large, pipelined: true));
    }

    [Fact]
    public void Parsing_ahead_ends_at_the_same_syntax_error_and_position_as_parsing_in_step()
    {
        var broken = Large + "broken: [unclosed\n";

        var inStep = Describe(broken, pipelined: false);
        var ahead = Describe(broken, pipelined: true);

        Assert.Equal(inStep, ahead);
        Assert.StartsWith("failure ", inStep[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_that_stops_early_stops_the_parser_ahead_of_it()
    {
        var events = ParserEvents.Of(Large, pipelined: true);
        Assert.True(events.TryNext(out var first));

        events.Dispose();

        Assert.IsType<StreamStart>(first);
    }

    [Fact]
    public void Reading_a_large_register_parsed_ahead_reports_a_finding_on_its_last_line_and_keeps_the_tree()
    {
        var yaml = Large + "extra: no\n";
        var options = new LoadOptions { MaxFileSizeBytes = long.MaxValue };

        var document = YamlDocumentReader.Read(yaml, "large.yaml", options.Limits);

        var finding = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.AmbiguousScalar, "/extra"), (finding.RuleId, finding.JsonPointer));
        Assert.Equal(Large.Count(c => c == '\n') + 1, finding.Line);
        Assert.True(document.Map.IsComplete);
    }

    private static List<string> Describe(string text, bool pipelined)
    {
        using var events = ParserEvents.Of(text, pipelined);
        var described = new List<string>();
        while (events.TryNext(out var evt))
        {
            described.Add($"{evt.GetType().Name} {evt.Start} {evt.End} {(evt as Scalar)?.Value}");
        }

        described.Add(events.Failure is null ? "end" : $"failure {events.Failure.GetType().Name} {events.FailurePosition}");
        return described;
    }
}
