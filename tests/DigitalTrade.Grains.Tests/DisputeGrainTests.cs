using DigitalTrade.Contracts;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Policy;

namespace DigitalTrade.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class DisputeGrainTests(ClusterFixture fixture)
{
    private const string Baseline = "scenarios/sco-baseline.yaml";

    [Fact]
    public async Task A_dispute_in_progress_survives_deactivation_and_goes_on_as_the_pure_procedure_does()
    {
        var scenario = RunHarness.LoadScenario(Baseline);
        var context = DisputeContext.From(scenario);
        var filed = new DisputeState(
            "test-dispute", "KHM", "CHN", "rcep", Measure.GoodsTariff, "goods.tariffs", Forum.Wto, 3,
            DisputeStage.Consultations, DisputeStage.Consultations, 4, DisputeOutcome.Pending, null, 0.2, 5.0);
        var grain = fixture.Grains.GetGrain<IDisputeGrain>(GrainKeys.Dispute("run-" + Guid.NewGuid().ToString("N"), filed.Id));
        await grain.Open(filed);

        var expected = filed;
        for (var round = 4; round <= 40 && expected.IsOpen; round++)
        {
            var advanced = await grain.Advance(round, context, scenario.Parameters);
            expected = DisputeRules.Advance(expected, round, context, scenario.Parameters).State;
            Assert.Equal(expected, advanced.State);

            await fixture.Cluster.DeactivateAsync(grain);
            Assert.Equal(expected, await grain.GetState());
            Assert.Equal(expected, (await grain.Advance(round, context, scenario.Parameters)).State); // a replayed round changes nothing
        }

        Assert.False(expected.IsOpen, "the procedure should end within the run");
    }

    [Fact]
    public async Task A_run_whose_grains_are_deactivated_with_disputes_on_file_ends_as_the_reference_engine_does()
    {
        // Reports are outputs the driver collects as rounds complete, not checkpoint state, so this compares what
        // the grains hold at the end: every dispute and every member state, against the reference engine's.
        var runId = "test-" + Guid.NewGuid().ToString("N");
        var scenario = RunHarness.LoadScenario(Baseline);
        var reference = new RoundRunner(scenario);
        var firstFiled = -1;
        for (var round = 0; round <= scenario.Rounds; round++)
        {
            if (reference.Play(round).World.DisputesFiled > 0 && firstFiled < 0)
            {
                firstFiled = round;
            }
        }

        Assert.True(firstFiled >= 0, "the baseline should file a dispute");
        var run = fixture.Grains.GetGrain<ISimulationGrain>(runId);
        await run.Start(scenario);
        var progress = await run.GetStatus();
        while (progress.Round <= firstFiled && !progress.Status.IsTerminal())
        {
            progress = await run.WaitForProgress(progress.Round, TimeSpan.FromSeconds(5));
        }

        var paused = await run.Pause();
        Assert.True(paused.Round > firstFiled, $"paused at round {paused.Round}, before any dispute was filed");
        if (paused.Status == RunStatus.Paused)
        {
            await fixture.Cluster.DeactivateAsync(run);
            foreach (var dispute in reference.Disputes.Where(d => d.FiledRound < paused.Round))
            {
                await fixture.Cluster.DeactivateAsync(fixture.Grains.GetGrain<IDisputeGrain>(GrainKeys.Dispute(runId, dispute.Id)));
            }

            await run.Resume();
        }

        var end = await RunHarness.WaitForEndAsync(run, runId);
        Assert.Equal(RunStatus.Completed, end.Status);
        foreach (var dispute in reference.Disputes)
        {
            Assert.Equal(dispute, await fixture.Grains.GetGrain<IDisputeGrain>(GrainKeys.Dispute(runId, dispute.Id)).GetState());
        }

        foreach (var expected in reference.States)
        {
            var actual = await fixture.Grains.GetGrain<IMemberStateGrain>(GrainKeys.Member(runId, expected.Iso3)).GetState();
            Assert.Equal<double>(expected.Endowment, actual.Endowment);
            Assert.Equal<double>(expected.Policy.Levels, actual.Policy.Levels);
            Assert.Equal<BindingStatus>(expected.Policy.Bindings.Select(b => b.Status), actual.Policy.Bindings.Select(b => b.Status));
        }
    }
}
