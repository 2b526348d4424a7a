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
    bool RcepMember)
{
    /// <summary>True for WTO members (countries_trade_policy.csv; true when the scenario has no policy data).</summary>
    public bool WtoMember { get; init; } = true;

    /// <summary>True for participants in the MPIA appeal arbitration arrangement.</summary>
    public bool MpiaParticipant { get; init; }

    /// <summary>Simple average MFN applied tariff, percent, or null where the data has none.</summary>
    public double? MfnTariffPct { get; init; }
}
