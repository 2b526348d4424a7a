namespace DigitalTrade.Model.Calibration;

/// <summary>One country's export or import total in one sector, USD bn, with its source and data year.</summary>
internal sealed record Margin(double Value, MarginSource Source, int? Year);

/// <summary>One sector's margins: per country (universe order, without ROW) and the world total.</summary>
internal sealed record SectorMargins(BaselineSector Sector, Margin[] Exports, Margin[] Imports, double World)
{
    /// <summary>Row targets: the countries' exports, then ROW's, the world total less theirs.</summary>
    public double[] RowTargets() => WithRest(Exports, "exports");

    /// <summary>Column targets: the countries' imports, then ROW's.</summary>
    public double[] ColumnTargets() => WithRest(Imports, "imports");

    private double[] WithRest(Margin[] margins, string what)
    {
        var sum = margins.Sum(m => m.Value);
        var rest = World - sum;
        if (!(rest > 0))
        {
            throw new ArgumentException(
                $"{BaselineSectors.Name(Sector)}: the world total {World:F0} bn is not above the countries' {what} {sum:F0} bn, so the rest of the world would have none");
        }

        return [.. margins.Select(m => m.Value), rest];
    }
}
