namespace DigitalTrade.Model.Tests.Estimation;

/// <summary>Asserts that an estimate rounds to a number as a published log prints it.</summary>
internal static class Printed
{
    /// <summary>|actual − printed| is at most half a unit of the printed number's last decimal.</summary>
    public static void Equal(double printed, int decimals, double actual, string what)
    {
        var halfUnit = 0.5 * Math.Pow(10, -decimals);
        Assert.True(
            Math.Abs(actual - printed) <= halfUnit,
            $"{what}: estimated {actual:R}, published {printed} (to {decimals} decimals)");
    }
}
