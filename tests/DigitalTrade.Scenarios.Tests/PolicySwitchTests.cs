namespace DigitalTrade.Scenarios.Tests;

/// <summary><c>parameters.policy.endogenous</c>: policy is free by default, and frozen in the file or with <c>--set</c>.</summary>
public sealed class PolicySwitchTests
{
    [Fact]
    public void Policy_is_endogenous_unless_the_scenario_says_otherwise()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader);

        Assert.True(scenario.Load().Scenario!.Definition.Parameters.Policy.Endogenous);
    }

    [Fact]
    public void The_file_or_an_override_freezes_policy()
    {
        using var inFile = new TempScenario(TempScenario.ValidHeader + "parameters:\n  policy: {endogenous: false}\n");
        using var overridden = new TempScenario(TempScenario.ValidHeader);

        Assert.False(inFile.Load().Scenario!.Definition.Parameters.Policy.Endogenous);
        Assert.False(overridden.Load("policy.endogenous=false").Scenario!.Definition.Parameters.Policy.Endogenous);
    }

    [Fact]
    public void A_switch_that_is_not_a_boolean_is_an_error_at_its_value()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + "parameters:\n  policy: {endogenous: no}\n");

        IssueAssertions.Single(issues, "schema.type", 9, 24);
    }
}
