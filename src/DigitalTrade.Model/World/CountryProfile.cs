namespace DigitalTrade.Model.World;

/// <summary>
/// One country's observed data as a scenario loads it (DESIGN §5.2): the starting point of its
/// member state. Optional indicators are null where the data has no value.
/// </summary>
public sealed record CountryProfile(
    string Iso3,
    string Name,
    string ScoStatus,
    double GdpUsdBn,
    double PopulationM,
    double Latitude,
    double Longitude,
    double? InternetUsersPct,
    double? FixedBroadbandPer100,
    bool RcepMember);
