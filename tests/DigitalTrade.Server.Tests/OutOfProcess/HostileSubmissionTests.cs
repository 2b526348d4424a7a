using System.Net;

namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>
/// Hostile submissions through the real boundary, each to a fresh server process: a problem document within 5 s and the
/// process's peak memory under 1 GB. The alias and depth rules are the scenario parser's (docs/scenarios.md, "Limits").
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class HostileSubmissionTests
{
    [Fact]
    public async Task An_alias_bomb_answers_400_with_the_alias_expansion_rule_quickly_and_within_memory()
    {
        Assert.InRange(HostileYaml.AliasBomb.Length, 300, 400);
        await using var server = await ServerProcess.StartAsync();

        var answer = await server.SubmitAsync(HostileYaml.AliasBomb);

        Assert.Contains("yaml.alias-expansion", answer.IssueRules());
        server.AssertPeakMemoryBelowCeiling();
    }

    [Fact]
    public async Task A_document_nested_100000_deep_answers_400_with_the_depth_rule_quickly_and_within_memory()
    {
        await using var server = await ServerProcess.StartAsync();

        var answer = await server.SubmitAsync(HostileYaml.DeeplyNested);

        Assert.Contains("limit.depth", answer.IssueRules());
        server.AssertPeakMemoryBelowCeiling();
    }

    [Fact]
    public async Task A_two_megabyte_body_answers_413_quickly_and_within_memory()
    {
        await using var server = await ServerProcess.StartAsync();

        var answer = await server.SubmitAsync(HostileYaml.OversizedBody, expectContinue: true);

        answer.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        server.AssertPeakMemoryBelowCeiling();
    }

    [Fact]
    public async Task A_client_that_pushes_a_two_megabyte_body_anyway_gets_413_or_a_closed_connection_and_the_server_stays_up()
    {
        await using var server = await ServerProcess.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            try
            {
                var answer = await Answer.SendAsync(server.Client, Answer.Submission(HostileYaml.OversizedBody));
                answer.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
            }
            catch (HttpRequestException)
            {
                // The server answered before reading and closed the connection while the upload still ran.
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/health")).Status);
        server.AssertPeakMemoryBelowCeiling();
    }

    [Fact]
    public async Task A_two_megabyte_scenario_name_answers_413_quickly_and_within_memory()
    {
        await using var server = await ServerProcess.StartAsync();

        var answer = await server.SubmitAsync(HostileYaml.TwoMegabyteName, expectContinue: true);

        answer.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        server.AssertPeakMemoryBelowCeiling();
    }
}
