namespace DigitalTrade.Model.World;

/// <summary>Symmetric pair variables for two countries (CEPII GeoDist with the documented corrections).</summary>
public sealed record PairProfile(string Iso3A, string Iso3B, bool Contiguous, bool CommonLanguage);
