using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Outputs.Tests;

public sealed class FitRowMapTests
{
    [Fact]
    public void A_fit_row_is_written_with_the_contracted_columns_in_order()
    {
        using var text = new StringWriter();
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            csv.Context.RegisterClassMap<FitRowMap>();
            csv.WriteRecords([new FitRow("IND", "CHN", "goods", "a_to_b", 2023, "FY2023-24 (Apr 2023-Mar 2024)", 16.67, 22.37, "India Ministry of Commerce (via GTRI); https://ajupress.com/view/20240816133854304", BaselineFit.HoldOut)]);
        }

        Assert.Equal(
            "exporter,importer,sector,flow,year,period,observed_usd_bn,model_usd_bn,source,role\n" +
            "IND,CHN,goods,a_to_b,2023,FY2023-24 (Apr 2023-Mar 2024),16.67,22.37,India Ministry of Commerce (via GTRI); https://ajupress.com/view/20240816133854304,hold_out\n",
            text.ToString());
    }
}
