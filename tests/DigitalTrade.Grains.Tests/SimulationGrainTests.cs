using System.Text.Json;
using DigitalTrade.Contracts;

namespace DigitalTrade.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SimulationGrainTests(ClusterFixture fixture)
{
    private const string Baseline = "scenarios/sco-baseline.yaml";

    [Fact]
    public async Task Baseline_run_on_the_cluster_writes_csvs_byte_identical_to_the_reference_engine()
    {
        var scenario = RunHarness.LoadScenario(Baseline);
        var reports = await RunHarness.RunOnClusterAsync(fixture.Grains, NewRunId(), scenario);

        Assert.Equal(scenario.Rounds + 1, reports.Length);
        Assert.All(reports, r => Assert.Equal(28, r.Countries.Length)); // the 27 countries and the rest of the world
        RunHarness.AssertSameBytes(RunHarness.ReferenceTables(scenario), RunHarness.WriteTables(reports));
    }

    [Fact]
    public async Task Two_runs_in_one_cluster_do_not_interfere()
    {
        var first = RunHarness.LoadScenario(Baseline, "rounds=12", "seed=1");
        var second = RunHarness.LoadScenario("scenarios/examples/shocks.yaml", "seed=2");

        var runs = await Task.WhenAll(
            RunHarness.RunOnClusterAsync(fixture.Grains, NewRunId(), first),
            RunHarness.RunOnClusterAsync(fixture.Grains, NewRunId(), second));

        RunHarness.AssertSameBytes(RunHarness.ReferenceTables(first), RunHarness.WriteTables(runs[0]));
        RunHarness.AssertSameBytes(RunHarness.ReferenceTables(second), RunHarness.WriteTables(runs[1]));
    }

    [Fact]
    public async Task A_completed_run_is_listed_by_the_registry_with_its_last_round()
    {
        var runId = NewRunId();
        var scenario = RunHarness.LoadScenario(Baseline, "rounds=3");
        await RunHarness.RunOnClusterAsync(fixture.Grains, runId, scenario);

        var runs = await fixture.Grains.GetGrain<IRunRegistryGrain>(GrainKeys.Registry).List();

        var listed = Assert.Single(runs, r => r.RunId == runId);
        Assert.Equal(RunStatus.Completed, listed.Status);
        Assert.Equal(3, listed.Round);
        Assert.Equal(scenario.Name, listed.ScenarioName);
    }

    [Fact]
    public async Task A_paused_run_does_not_advance_and_resumes_to_the_same_results()
    {
        var runId = NewRunId();
        var scenario = RunHarness.LoadScenario(Baseline, "rounds=20");
        var run = fixture.Grains.GetGrain<ISimulationGrain>(runId);
        await run.Start(scenario);

        var paused = await run.Pause();
        Assert.Equal(RunStatus.Paused, paused.Status);
        var later = await run.WaitForProgress(paused.Round, TimeSpan.FromMilliseconds(300));
        Assert.Equal(paused.Round, later.Round);
        Assert.Equal(RunStatus.Paused, later.Status);

        Assert.Equal(RunStatus.Running, (await run.Resume()).Status);
        var end = await RunHarness.WaitForEndAsync(run, runId);
        Assert.Equal(RunStatus.Completed, end.Status);
        RunHarness.AssertSameBytes(RunHarness.ReferenceTables(scenario), RunHarness.WriteTables(await RunHarness.CollectAsync(run)));
    }

    [Fact]
    public async Task A_cancelled_run_stops_for_good()
    {
        var run = fixture.Grains.GetGrain<ISimulationGrain>(NewRunId());
        await run.Start(RunHarness.LoadScenario(Baseline, "rounds=10000"));

        var cancelled = await run.Cancel();

        Assert.Equal(RunStatus.Cancelled, cancelled.Status);
        Assert.True(cancelled.Round < 10000);
        Assert.Equal(RunStatus.Cancelled, (await run.Resume()).Status);
    }

    [Fact]
    public async Task A_long_poll_longer_than_the_call_timeout_answers_with_the_status_instead_of_timing_out()
    {
        var runId = NewRunId();
        var run = fixture.Grains.GetGrain<ISimulationGrain>(runId);
        await run.Start(RunHarness.LoadScenario(Baseline, "rounds=400"));
        var paused = await run.Pause();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Asked to wait ten minutes on a paused run, the grain answers after its 20 s bound, before the 30 s call timeout.
        var status = await run.WaitForProgress(paused.Round, TimeSpan.FromMinutes(10));

        Assert.Equal(RunStatus.Paused, status.Status);
        Assert.InRange(clock.Elapsed, SimulationLimits.LongPoll - TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(29));
        await run.Cancel();
    }

    [Fact]
    public async Task The_registry_prunes_runs_that_ended_longer_ago_than_the_retention_and_keeps_the_rest()
    {
        var registry = fixture.Grains.GetGrain<IRunRegistryGrain>(GrainKeys.Registry);
        var now = DateTimeOffset.UtcNow;
        RunStatusReport Run(string id, RunStatus status, DateTimeOffset? finished) =>
            new(id, "test", status, 3, 3, now.AddDays(-30), now.AddDays(-30), finished, null);
        var (old, recent, running) = (NewRunId(), NewRunId(), NewRunId());

        await registry.Record(Run(old, RunStatus.Completed, now.AddDays(-8))); // the default retention is 7 days
        await registry.Record(Run(recent, RunStatus.Failed, now.AddDays(-6)));
        await registry.Record(Run(running, RunStatus.Running, null));
        var listed = (await registry.List()).Select(r => r.RunId).ToHashSet();

        Assert.DoesNotContain(old, listed);
        Assert.Contains(recent, listed);
        Assert.Contains(running, listed);
    }

    [Fact]
    public async Task Round_reports_are_read_back_after_the_simulation_grain_is_deactivated()
    {
        var runId = NewRunId();
        var reports = await RunHarness.RunOnClusterAsync(fixture.Grains, runId, RunHarness.LoadScenario(Baseline, "rounds=3"));
        var run = fixture.Grains.GetGrain<ISimulationGrain>(runId);

        await fixture.Cluster.DeactivateAsync(run);
        var again = await run.GetReports(0, 100);

        Assert.Equal(4, again.Length);
        Assert.Equal(
            reports.Select(r => JsonSerializer.Serialize(r, ModelSerialization.Options)),
            again.Select(r => JsonSerializer.Serialize(r, ModelSerialization.Options)));
        Assert.Equal(2, (await run.GetReports(2, 100)).Length);
    }

    [Fact]
    public async Task A_run_that_cannot_be_initialised_is_failed_with_its_reason_not_left_pending()
    {
        var runId = NewRunId();
        var run = fixture.Grains.GetGrain<ISimulationGrain>(runId);
        var scenario = RunHarness.LoadScenario(Baseline);
        var broken = scenario with { Setups = [.. scenario.Setups.Reverse()] }; // set-ups out of canonical order

        var started = await run.Start(broken);
        var again = await run.Start(broken);

        Assert.Equal(RunStatus.Failed, started.Status);
        Assert.StartsWith("initialisation: ", started.Error);
        Assert.Contains("canonical order", started.Error);
        Assert.Equal(RunStatus.Failed, again.Status);
        Assert.Equal(RunStatus.Failed, (await run.GetStatus()).Status);
    }

    [Fact]
    public async Task A_solver_that_cannot_converge_fails_the_run_with_its_reason()
    {
        var runId = NewRunId();
        var run = fixture.Grains.GetGrain<ISimulationGrain>(runId);
        await run.Start(RunHarness.LoadScenario(Baseline, "solver.max_iterations=1"));

        var end = await RunHarness.WaitForEndAsync(run, runId);

        Assert.Equal(RunStatus.Failed, end.Status);
        Assert.Contains("did not converge", end.Error);
        Assert.Equal(0, end.Round); // round 0 is the observed baseline itself and needs no update
    }

    [Fact]
    public async Task A_transient_fault_in_mid_round_replays_the_round_and_the_outputs_are_byte_identical()
    {
        // Round 13 of the digital-mechanism scenario advances the dispute filed in round 12; Kazakhstan's member has
        // grown (CloseRound) when the fault hits, so the replay must start every member and dispute from the round's start.
        var scenario = RunHarness.LoadScenario("scenarios/dispute-digital-mechanism.yaml", "rounds=16");
        var runId = $"{FaultInjection.Prefix}13-{NewRunId()}";

        var reports = await RunHarness.RunOnClusterAsync(fixture.Grains, runId, scenario);

        Assert.Equal(1, FaultInjection.FailuresOf(runId));
        Assert.Contains(reports[13].DisputeStages, s => s.Round == 13);
        RunHarness.AssertSameBytes(RunHarness.ReferenceTables(scenario), RunHarness.WriteTables(reports));
    }

    [Fact]
    public async Task A_round_played_again_starts_from_the_members_state_at_its_start_and_ends_where_the_first_play_did()
    {
        var scenario = RunHarness.LoadScenario(Baseline);
        var member = fixture.Grains.GetGrain<IMemberStateGrain>(GrainKeys.Member(NewRunId(), "KAZ"));
        await member.Initialise(scenario);
        var start = await member.GetState();
        var result = new Model.Trade.CountryTradeResult(
            "KAZ", [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [0.1, 0.1, 0.1, 0.1], [0.2, 0.2, 0.2, 0.2], [1.0, 1.0, 1.0, 1.0],
            start.Gdp * 1.01, start.Gdp, 1.0, 0.0, 0.0, start.Gdp);
        string Json(Model.State.CountryState s) => JsonSerializer.Serialize(s, ModelSerialization.Options);

        async Task<(string Opened, string Closed)> PlayAsync()
        {
            var opened = await member.OpenRound(0, [], scenario.Agreements);
            await member.ApplyPolicy(0, [], []);
            await member.CloseRound(0, result);
            return (Json(opened), Json(await member.GetState()));
        }

        var first = await PlayAsync();
        var replay = await PlayAsync(); // the run's checkpoint did not record round 0: it is played again

        Assert.NotEqual(Json(start), first.Closed); // the round moved the state (growth, the real-income base)
        Assert.Equal(first, replay);
        Assert.Equal(Json(start), Json(await member.OpenRound(0, [], scenario.Agreements)));
    }

    [Fact]
    public async Task A_member_state_survives_deactivation_of_its_grain()
    {
        var runId = NewRunId();
        await RunHarness.RunOnClusterAsync(fixture.Grains, runId, RunHarness.LoadScenario(Baseline, "rounds=2"));
        var member = fixture.Grains.GetGrain<IMemberStateGrain>(GrainKeys.Member(runId, "KAZ"));
        var before = await member.GetState();

        await fixture.Cluster.DeactivateAsync(member);
        var after = await member.GetState();

        Assert.Equal<double>(before.Endowment, after.Endowment);
        Assert.Equal(before.OtherOutput, after.OtherOutput);
        Assert.Equal(before.BaselineRealIncome, after.BaselineRealIncome);
        Assert.Equal<double>(before.InwardCostShift.SelectMany(s => s), after.InwardCostShift.SelectMany(s => s));
    }

    [Fact]
    public async Task Digital_silk_road_run_on_the_cluster_writes_csvs_byte_identical_to_the_reference_engine()
    {
        // Cables, an MoU hub, a pilot zone, capacity building, RCEP's bindings and the policy phase, on two silos.
        var scenario = RunHarness.LoadScenario("scenarios/sco-digital-silk-road.yaml");
        var reports = await RunHarness.RunOnClusterAsync(fixture.Grains, NewRunId(), scenario);

        Assert.Contains(reports.SelectMany(r => r.Events), e => e.Kind == "cable");
        Assert.Contains(reports.SelectMany(r => r.Events), e => e.Kind == "commitment");
        RunHarness.AssertSameBytes(RunHarness.ReferenceTables(scenario), RunHarness.WriteTables(reports));
    }

    [Fact]
    public async Task Agreements_keep_their_rulings_and_survive_deactivation_in_the_middle_of_a_run()
    {
        var runId = NewRunId();
        var scenario = RunHarness.LoadScenario("scenarios/rcep-ecommerce.yaml", "rounds=16");
        var run = fixture.Grains.GetGrain<ISimulationGrain>(runId);
        await run.Start(scenario);
        var paused = await run.Pause();
        Assert.True(paused.Round < scenario.Rounds, "the run finished before it could be paused; use more rounds");

        foreach (var agreement in scenario.Agreements)
        {
            await fixture.Cluster.DeactivateAsync(fixture.Grains.GetGrain<IAgreementGrain>(GrainKeys.Agreement(runId, agreement.Id)));
        }

        await fixture.Cluster.DeactivateAsync(fixture.Grains.GetGrain<IMemberStateGrain>(GrainKeys.Member(runId, "CHN")));
        await run.Resume();
        var end = await RunHarness.WaitForEndAsync(run, runId);
        Assert.Equal(RunStatus.Completed, end.Status);

        var reports = await RunHarness.CollectAsync(run);
        RunHarness.AssertSameBytes(RunHarness.ReferenceTables(scenario), RunHarness.WriteTables(reports));
        var rulings = 0;
        foreach (var agreement in scenario.Agreements)
        {
            rulings += (await fixture.Grains.GetGrain<IAgreementGrain>(GrainKeys.Agreement(runId, agreement.Id)).GetRulings()).Length;
        }

        Assert.Equal(reports.SelectMany(r => r.Events).Count(e => e.Kind == "commitment"), rulings);
    }

    private static string NewRunId() => "test-" + Guid.NewGuid().ToString("N");
}
