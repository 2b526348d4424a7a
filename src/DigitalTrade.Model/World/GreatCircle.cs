namespace DigitalTrade.Model.World;

/// <summary>Great-circle distances between capitals (haversine on a sphere of radius 6,371 km).</summary>
public static class GreatCircle
{
    /// <summary>Mean Earth radius in km, the value CEPII GeoDist uses.</summary>
    public const double EarthRadiusKm = 6371.0;

    /// <summary>Distance in km between two points given in decimal degrees.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var phi1 = ToRadians(lat1);
        var phi2 = ToRadians(lat2);
        var dPhi = ToRadians(lat2 - lat1);
        var dLambda = ToRadians(lon2 - lon1);
        var h = (Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2))
              + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180.0;
}
