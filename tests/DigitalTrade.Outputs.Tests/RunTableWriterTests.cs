using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Outputs.Tests;

public sealed class RunTableWriterTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dtsim-tables-").FullName;

    [Fact]
    public void Every_table_starts_with_its_contracted_columns()
    {
        using (var writer = new RunTableWriter(_folder, OutputTables.All))
        {
            writer.Write(Report());
        }

        Assert.Equal("round,iso3,output_usd_bn,expenditure_usd_bn,real_income_index,population_m,exports_usd_bn,imports_usd_bn,trade_balance_usd_bn,price_index,gdp_per_capita_usd,readiness,digital_restrictiveness,goods_tariff,electronic_duty,tariff_revenue_usd_bn,duty_revenue_usd_bn", Header("countries.csv"));
        Assert.Equal("round,iso3,sector,output_usd_bn,exports_usd_bn,imports_usd_bn,domestic_usd_bn,expenditure_usd_bn,price_index,factory_price,endowment_usd_bn", Header("country_sectors.csv"));
        Assert.Equal("round,exporter,importer,sector,flow_usd_bn,trade_cost,tax_rate,latency_ms,distance_km", Header("pairs.csv"));
        Assert.Equal("round,total_trade_usd_bn,goods_trade_usd_bn,ecommerce_trade_usd_bn,digital_trade_usd_bn,other_services_trade_usd_bn,digital_share,world_output_usd_bn,solver_iterations,solver_max_residual,readiness_gini,digital_output_per_capita_gini,mean_digital_restrictiveness,policy_changes,commitment_violations,disputes_filed,open_disputes", Header("world.csv"));
        Assert.Equal("round,kind,subject,detail", Header("events.csv"));
    }

    [Fact]
    public void Numbers_are_written_in_the_invariant_culture_and_round_trip_exactly()
    {
        using (var writer = new RunTableWriter(_folder, [OutputTables.World]))
        {
            writer.Write(Report());
        }

        var row = File.ReadAllLines(Path.Combine(_folder, "world.csv"))[1];
        Assert.Equal("2,0.1,1234567.25,1E-12,0,0,0.3333333333333333,30454.4,180,9.8E-13,0.12,0.5,0.18,3,1,0,0", row);
        var parsed = double.Parse(row.Split(',')[6], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1.0 / 3.0, parsed);
    }

    [Fact]
    public void Only_the_tables_asked_for_are_written_and_rows_are_counted()
    {
        using var writer = new RunTableWriter(_folder, [OutputTables.Events, OutputTables.Countries]);
        writer.Write(Report());
        writer.Flush();

        Assert.Equal(["countries.csv", "events.csv"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(1, writer.RowCounts[OutputTables.Countries]);
        Assert.Equal(1, writer.RowCounts[OutputTables.Events]);
    }

    [Fact]
    public void Text_with_commas_is_quoted()
    {
        using (var writer = new RunTableWriter(_folder, [OutputTables.Events]))
        {
            writer.Write(Report());
        }

        Assert.Equal("2,endowment_shock,RUS,\"factor=0.9, sector=goods\"", File.ReadAllLines(Path.Combine(_folder, "events.csv"))[1]);
    }

    [Fact]
    public void Disputes_csv_holds_the_last_round_view_and_dispute_stages_every_stage_entered()
    {
        var first = Report() with { Round = 2 };
        first = first with
        {
            DisputeStages = [new DisputeStageRow("r2-rcep-KHM-CHN-data_flows", 2, "consultations")],
            Disputes = [new DisputeRow("r2-rcep-KHM-CHN-data_flows", "KHM", "CHN", "data_flows", "ecommerce.data_flows", "rcep", 2, "consultations", "pending", null, 0.01)],
        };
        var second = Report() with
        {
            Round = 3,
            DisputeStages = [new DisputeStageRow("r2-rcep-KHM-CHN-data_flows", 3, "joint_committee")],
            Disputes = [new DisputeRow("r2-rcep-KHM-CHN-data_flows", "KHM", "CHN", "data_flows", "ecommerce.data_flows", "rcep", 2, "joint_committee", "joint_committee", 4, 0.01)],
        };
        using (var writer = new RunTableWriter(_folder, [OutputTables.Disputes, OutputTables.DisputeStages]))
        {
            writer.Write(first);
            writer.Write(second);
            writer.Finish();
            Assert.Equal(1, writer.RowCounts[OutputTables.Disputes]);
            Assert.Equal(2, writer.RowCounts[OutputTables.DisputeStages]);
        }

        Assert.Equal<string>(
            ["dispute_id,complainant,respondent,measure,provision,forum,filed_round,final_stage,outcome,closed_round,harm_usd_bn",
             "r2-rcep-KHM-CHN-data_flows,KHM,CHN,data_flows,ecommerce.data_flows,rcep,2,joint_committee,joint_committee,4,0.01"],
            File.ReadAllLines(Path.Combine(_folder, "disputes.csv")));
        Assert.Equal<string>(
            ["dispute_id,round,stage", "r2-rcep-KHM-CHN-data_flows,2,consultations", "r2-rcep-KHM-CHN-data_flows,3,joint_committee"],
            File.ReadAllLines(Path.Combine(_folder, "dispute_stages.csv")));
    }

    private string Header(string file) => File.ReadLines(Path.Combine(_folder, file)).First();

    private static RoundReport Report() => new(
        2,
        [new CountryRow(2, "RUS", 2137.1, 2137.1, 1.01, 143.5, 10, 10, 0, 1.2, 14889.2, 0.81, 0.18, 0.066, 0, 4.5, 0)],
        [new CountrySectorRow(2, "RUS", "goods", 534.3, 10, 10, 524.3, 534.3, 1.2, 1.1, 534.3)],
        [new PairRow(2, "CHN", "RUS", "goods", 12.5, 3.2, 0.066, 77.1, 5789.6)],
        new WorldRow(2, 0.1, 1234567.25, 1e-12, 0, 0, 1.0 / 3.0, 30454.4, 180, 9.8e-13, 0.12, 0.5, 0.18, 3, 1),
        [new EventRecord(2, "endowment_shock", "RUS", "factor=0.9, sector=goods")]);
}
