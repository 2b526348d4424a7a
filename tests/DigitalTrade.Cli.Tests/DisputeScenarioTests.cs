namespace DigitalTrade.Cli.Tests;

/// <summary>
/// The two dispute scenarios from the command line, and what the dispute issue says their comparison shows:
/// both write disputes.csv and dispute_stages.csv; with the digital mechanism, digital-forum disputes reach
/// rulings, and mean digital restrictiveness at the final round is no higher than without it.
/// </summary>
public sealed class DisputeScenarioTests
{
    [Fact]
    public async Task The_digital_mechanism_reaches_rulings_and_restrictiveness_ends_no_higher_than_without_it()
    {
        var work = Dtsim.NewFolder();
        var without = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/dispute-no-mechanism.yaml"), "--out", "none");
        // Half of all consultations settle (a seeded draw per dispute), so whether one seed's few disputes reach a
        // ruling is a coin toss; with settlement ruled out every digital dispute must go through the panel.
        var with = await Dtsim.RunAsync(
            work, "run", Dtsim.Scenario("scenarios/dispute-digital-mechanism.yaml"), "--set", "dispute_mechanism.procedure.settle_probability=0", "--out", "digital");
        Assert.True(without.ExitCode == 0, without.ToString());
        Assert.True(with.ExitCode == 0, with.ToString());

        foreach (var run in new[] { "none", "digital" })
        {
            Assert.Equal(
                "dispute_id,complainant,respondent,measure,provision,forum,filed_round,final_stage,outcome,closed_round,harm_usd_bn",
                File.ReadLines(Path.Combine(work, run, "disputes.csv")).First());
            Assert.Equal("dispute_id,round,stage", File.ReadLines(Path.Combine(work, run, "dispute_stages.csv")).First());
            Assert.NotEmpty(Rows(work, run, "disputes.csv"));
        }

        var digital = Rows(work, "digital", "disputes.csv").Where(r => r["forum"] == "digital").ToList();
        Assert.NotEmpty(digital);
        Assert.Contains(digital, r => r["final_stage"] is "panel" or "compliance" or "retaliation");
        Assert.DoesNotContain(Rows(work, "none", "disputes.csv"), r => r["forum"] == "digital");

        var restrictiveness = (string run) => OutputCsv.Number(Rows(work, run, "world.csv")[^1]["mean_digital_restrictiveness"]);
        Assert.True(
            restrictiveness("digital") <= restrictiveness("none"),
            $"mean digital restrictiveness at the final round: {restrictiveness("digital")} with the mechanism, {restrictiveness("none")} without");
    }

    private static List<Dictionary<string, string>> Rows(string work, string run, string file) => OutputCsv.Rows(Path.Combine(work, run, file));
}
