using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DigitalTrade.Model.Digital;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.State;

/// <summary>
/// A member state's economy between rounds: what its grain persists and what the reference
/// engine keeps per country. Amounts are USD bn at baseline prices.
/// </summary>
/// <param name="Iso3">The country.</param>
/// <param name="Endowment">Output of each traded sector, in sector order.</param>
/// <param name="OtherOutput">Output outside every sector (0 from a scenario, where other services take the rest of GDP); part of the factor endowment.</param>
/// <param name="PopulationM">Population, millions.</param>
/// <param name="InwardCostShift">
/// ln of the multiplier on T_ji for flows into this country, per sector and exporter (in
/// canonical country order): where scenario events and, later, barriers act.
/// </param>
/// <param name="BaselineRealIncome">Real income at round 0, the base of the index (0 until then).</param>
public sealed record CountryState(
    string Iso3,
    ImmutableArray<double> Endowment,
    double OtherOutput,
    double PopulationM,
    ImmutableArray<ImmutableArray<double>> InwardCostShift,
    double BaselineRealIncome)
{
    /// <summary>Barriers and commitments as an importer (neutral by default).</summary>
    public PolicyState Policy { get; init; } = PolicyState.Open;

    /// <summary>Readiness and e-commerce mechanisms (neutral by default).</summary>
    public DigitalState Digital { get; init; } = DigitalState.Neutral;

    /// <summary>What the member remembers of earlier rounds.</summary>
    public RoundMemory Memory { get; init; } = RoundMemory.Empty;

    /// <summary>GDP: all traded sectors plus the rest.</summary>
    [JsonIgnore]
    public double Gdp => Endowment.Sum() + OtherOutput;

    /// <summary>
    /// The state at round 0, before any event: GDP split into sectors by the output shares, other services taking
    /// the rest. The sizes only shape a baseline without observed data; every round moves the sector's capacity
    /// Q̂_i^k relative to round 0.
    /// </summary>
    public static CountryState Initial(CountryProfile profile, int countryCount, ModelParameters parameters)
    {
        var shares = parameters.OutputShare;
        var endowment = Sectors.All.Select(s => profile.GdpUsdBn * shares[s]).ToImmutableArray();
        var noShift = Enumerable.Repeat(0.0, countryCount).ToImmutableArray();
        return new CountryState(
            profile.Iso3,
            endowment,
            0.0,
            profile.PopulationM,
            Sectors.All.Select(_ => noShift).ToImmutableArray(),
            BaselineRealIncome: 0.0);
    }
}
