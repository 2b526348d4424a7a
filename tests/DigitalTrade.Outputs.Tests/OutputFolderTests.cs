using System.Collections.Immutable;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Outputs.Tests;

public sealed class OutputFolderTests
{
    private readonly string _work = Directory.CreateTempSubdirectory("dtsim-outputs-").FullName;

    [Fact]
    public void A_completed_run_appears_only_when_it_completes()
    {
        var target = Path.Combine(_work, "run");
        var folder = OutputFolder.Prepare(target);
        File.WriteAllText(Path.Combine(folder.StagingPath, "countries.csv"), "round\n");

        Assert.False(Directory.Exists(target));
        folder.Complete(Manifest("completed"));

        Assert.True(File.Exists(Path.Combine(target, "countries.csv")));
        Assert.True(File.Exists(Path.Combine(target, OutputFolder.ManifestFile)));
        Assert.False(Directory.Exists(folder.StagingPath));
    }

    [Fact]
    public void A_failed_run_leaves_a_folder_marked_failed_and_no_target()
    {
        var target = Path.Combine(_work, "run");
        var folder = OutputFolder.Prepare(target);

        folder.Fail(Manifest("failed"));

        Assert.False(Directory.Exists(target));
        Assert.Contains("\"status\": \"failed\"", File.ReadAllText(Path.Combine(target + ".failed", OutputFolder.ManifestFile)));
    }

    [Fact]
    public void A_new_run_replaces_an_earlier_run_folder_and_its_failed_sibling()
    {
        var target = Path.Combine(_work, "run");
        var first = OutputFolder.Prepare(target);
        File.WriteAllText(Path.Combine(first.StagingPath, "old.csv"), "old\n");
        first.Complete(Manifest("completed"));
        OutputFolder.Prepare(target).Fail(Manifest("failed"));

        var second = OutputFolder.Prepare(target);
        second.Complete(Manifest("completed"));

        Assert.False(File.Exists(Path.Combine(target, "old.csv")));
        Assert.False(Directory.Exists(target + ".failed"));
    }

    [Fact]
    public void A_folder_that_is_not_a_run_folder_is_refused_and_left_untouched()
    {
        var target = Path.Combine(_work, "thesis");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "chapter1.tex"), "keep me");

        var error = Assert.Throws<OutputFolderException>(() => OutputFolder.Prepare(target));

        Assert.Contains("not a run folder", error.Message);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(target, "chapter1.tex")));
    }

    [Fact]
    public void A_file_in_the_way_is_refused()
    {
        var target = Path.Combine(_work, "file");
        File.WriteAllText(target, "x");

        Assert.Throws<OutputFolderException>(() => OutputFolder.Prepare(target));
    }

    [Fact]
    public void The_manifest_names_parameters_as_scenario_files_do_and_leaves_out_derived_values()
    {
        var text = OutputFolder.Serialize(Manifest("completed"));

        Assert.Contains("\"reference_distance_km\": 182.2", text);
        Assert.Contains("\"fibre_km_per_ms\": 204", text);
        Assert.Contains("\"last_completed_round\": 3", text);
        Assert.DoesNotContain("\"sum\"", text);
    }

    private static RunManifest Manifest(string status) => new(
        "dtsim", "0.1.0", "abc", status, status == "failed" ? "round 2: boom" : null,
        new ScenarioSource("s", "d", "s.yaml", new string('0', 64)),
        7, 3, 91, 3, ["CHN", "KAZ"], new ModelParameters(), 0,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, ImmutableArray<TableFile>.Empty, OutputFolder.LogFile);
}
