using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>Uzbekistan accedes at round 3 to a data agreement between Kazakhstan and Kyrgyzstan.</summary>
public sealed class AccessionTests
{
    private const int Joins = 3;

    // Data flows at depth 1: half of the measure removed between parties, so 0.4 becomes 0.2 towards them.
    private static readonly AgreementDefinition Dea = CooperationWorld.Agreement(
        "dea", AgreementKind.Dea, [("KAZ", 0), ("KGZ", 0)],
        [CooperationWorld.Provision(ProvisionCatalog.DataFlows, depth: 1.0, disputeSettlement: true)]);

    private static readonly ScenarioDefinition Scenario = Build();

    private static ScenarioDefinition Build()
    {
        var scenario = TestWorld.CentralAsiaScenario(TestWorld.Mechanical, rounds: 4, events: [new Accession(Joins, "dea", "UZB")]);
        return scenario with { Setups = CooperationWorld.Setups(scenario), Agreements = [Dea] };
    }

    private static string[] Partners(CountryState state) => [.. state.Policy.Bindings.Select(b => b.Partner)];

    private static CountryState State(RoundRunner runner, string iso3) => runner.States.Single(s => s.Iso3 == iso3);

    [Fact]
    public void The_new_member_and_the_old_ones_bind_towards_each_other_from_the_accession_round_only()
    {
        var runner = new RoundRunner(Scenario);
        for (var r = 0; r <= 4; r++)
        {
            runner.Play(r);
            var joined = r >= Joins;

            Assert.Equal<string>(joined ? ["KAZ", "KGZ"] : [], Partners(State(runner, "UZB")));
            Assert.Equal<string>(joined ? ["KGZ", "UZB"] : ["KGZ"], Partners(State(runner, "KAZ")));
            Assert.Equal<string>(joined ? ["KAZ", "UZB"] : ["KAZ"], Partners(State(runner, "KGZ")));
            Assert.Empty(State(runner, "CHN").Policy.Bindings);
            Assert.Equal(joined ? 0.2 : 0.4, State(runner, "KAZ").Policy.Effective(Measure.DataFlows, "UZB", r));
            Assert.Equal(joined ? 0.2 : 0.4, State(runner, "UZB").Policy.Effective(Measure.DataFlows, "KGZ", r));
        }
    }

    [Fact]
    public void The_accession_bindings_start_from_the_levels_at_accession()
    {
        var runner = new RoundRunner(Scenario);
        for (var r = 0; r <= Joins; r++)
        {
            runner.Play(r);
        }

        var binding = Assert.Single(State(runner, "UZB").Policy.Bindings, b => b.Partner == "KAZ");
        var expected = new Binding("dea", "KAZ", Measure.DataFlows, [ProvisionCatalog.DataFlows], 0.4, 0.5, null, true, false, BindingStatus.Active);

        // Provisions compare by reference in record equality, so by content apart.
        Assert.Equal(expected, binding with { Provisions = expected.Provisions });
        Assert.Equal<string>(expected.Provisions, binding.Provisions);
        Assert.Equal(0.2, binding.BoundAt(Joins));
    }

    [Fact]
    public void Opening_a_round_creates_the_accession_bindings_only_in_the_accession_round()
    {
        var context = MemberContext.From(Scenario);
        var states = RunSetup.InitialStates(Scenario);
        var uzb = states.Single(s => s.Iso3 == "UZB");
        var kaz = states.Single(s => s.Iso3 == "KAZ");
        var joined = AgreementRules.Join([Dea], "dea", "UZB", Joins);

        Assert.Empty(MemberSteps.OpenRound(uzb, [], joined, Joins - 1, context).Policy.Bindings);
        Assert.Empty(MemberSteps.OpenRound(uzb, [], joined, Joins + 1, context).Policy.Bindings);
        Assert.Equal<string>(["KAZ", "KGZ"], Partners(MemberSteps.OpenRound(uzb, [], joined, Joins, context)));
        Assert.Same(kaz, MemberSteps.OpenRound(kaz, [], joined, Joins - 1, context));
        Assert.Equal<string>(["KGZ", "UZB"], Partners(MemberSteps.OpenRound(kaz, [], joined, Joins, context)));
    }

    [Fact]
    public void An_accession_to_an_agreement_the_country_is_already_party_to_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => AgreementRules.Join([Dea], "dea", "KAZ", Joins));
    }
}
