using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests;

public sealed class GreatCircleTests
{
    [Fact]
    public void Beijing_to_Moscow_matches_the_haversine_formula_evaluated_by_hand()
    {
        // 2·6371·asin(√(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2))) for (39.91667 N, 116.4333 E) and
        // (55.75 N, 37.7 E), evaluated with 40 significant digits (mpmath): 5789.614281030378673…
        // Double-precision haversine is good to ~1e-15 here; 1e-12 leaves room for libm differences.
        var km = GreatCircle.DistanceKm(39.91667, 116.4333, 55.75, 37.7);

        TestWorld.AssertRelative(5789.614281030378673, km, 1e-12, "Beijing–Moscow km");
    }

    [Theory]
    [InlineData(39.91667, 116.4333, 55.75, 37.7)]
    [InlineData(-33.9, 18.4, 64.1, -21.9)]
    [InlineData(0.0, 179.5, 0.0, -179.5)]
    public void Distance_is_the_same_in_both_directions(double lat1, double lon1, double lat2, double lon2) =>
        Assert.Equal(GreatCircle.DistanceKm(lat1, lon1, lat2, lon2), GreatCircle.DistanceKm(lat2, lon2, lat1, lon1));

    [Fact]
    public void A_point_is_zero_km_from_itself() =>
        Assert.Equal(0.0, GreatCircle.DistanceKm(41.2995, 69.2401, 41.2995, 69.2401));

    [Fact]
    public void Antipodes_are_half_a_circumference_apart() =>
        TestWorld.AssertRelative(Math.PI * GreatCircle.EarthRadiusKm, GreatCircle.DistanceKm(0.0, 0.0, 0.0, 180.0), 1e-15, "antipodes");

    [Fact]
    public void Equator_to_pole_is_a_quarter_circumference() =>
        TestWorld.AssertRelative(Math.PI * GreatCircle.EarthRadiusKm / 2, GreatCircle.DistanceKm(0.0, 25.0, 90.0, 0.0), 1e-15, "equator to pole");

    [Fact]
    public void Crossing_the_antimeridian_takes_the_short_way() =>
        TestWorld.AssertRelative(Math.PI * GreatCircle.EarthRadiusKm / 180, GreatCircle.DistanceKm(0.0, 179.5, 0.0, -179.5), 1e-12, "one degree of equator");
}
