using System.Collections.Immutable;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Server.Api;

/// <summary>The countries.csv rows of one round (<see cref="Round"/> null before any round is recorded).</summary>
public sealed record CountriesResponse(int? Round, ImmutableArray<CountryRow> Countries);

/// <summary>One page of the pairs.csv rows of a round, with the number of rows matching the filter.</summary>
public sealed record PairsResponse(int? Round, string? Sector, int Page, int PageSize, int Total, ImmutableArray<PairRow> Pairs);

/// <summary>Every dispute as it stands after the latest round, and every stage any dispute entered.</summary>
public sealed record DisputesResponse(int? Round, ImmutableArray<DisputeRow> Disputes, ImmutableArray<DisputeStageRow> Stages);

/// <summary>Where the run's countries are: their capitals, in the scenario's (canonical ISO3) order.</summary>
public sealed record GeographyResponse(ImmutableArray<PlaceResponse> Countries);

/// <summary>A country and its capital's latitude and longitude, degrees.</summary>
public sealed record PlaceResponse(string Iso3, string Name, double Lat, double Lon);

/// <summary>One problem in a submitted scenario: where it is and the rule it breaks.</summary>
public sealed record IssueResponse(string File, int Line, int Column, string Rule, string Message);
