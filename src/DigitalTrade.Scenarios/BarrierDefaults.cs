using DigitalTrade.Model.Policy;

namespace DigitalTrade.Scenarios;

/// <summary>
/// The barriers a country has at round 0 when neither the scenario's <c>barriers:</c> block nor its policy data
/// say otherwise (docs/scenarios.md). The one place these numbers are written.
/// </summary>
public static class BarrierDefaults
{
    /// <summary>
    /// Applied goods tariff, as a fraction, of a country without an MFN average in the policy data: 0.071, the
    /// median of the nine simple average MFN applied tariffs in countries_trade_policy.csv (4.5–18.3%). An
    /// assumption for the 18 countries the data lacks.
    /// </summary>
    public const double GoodsTariff = 0.071;

    /// <summary>Applied tariff on e-commerce parcels: null, the country's goods tariff (assumption).</summary>
    public static double? ParcelTariff => null;

    /// <summary>Customs duty on electronic transmissions: none (assumption; the WTO moratorium held until March 2026).</summary>
    public const double ElectronicDuty = 0.0;

    /// <summary>
    /// Level of each of the five digital measures: 0.18, the mean OECD Digital STRI of the 44 countries it covered
    /// in 2018 (range 0.04–0.48; OECD 2019, <i>Measuring the Digital Transformation</i>, §9.4), for want of values
    /// for the SCO countries.
    /// </summary>
    public const double Restrictiveness = 0.18;

    /// <summary>Data regime: conditional transfers, the middle of Ferracane and van der Marel's three (assumption).</summary>
    public const DataRegime DataRegime = Model.Policy.DataRegime.Conditional;

    /// <summary>Sovereignty preference: 0.5, neutral (assumption).</summary>
    public const double Sovereignty = 0.5;

    /// <summary>Paperless-trade adoption: none (assumption).</summary>
    public const double Paperless = 0.0;

    /// <summary>Cross-border e-commerce pilot zones: none (assumption).</summary>
    public const bool PilotZone = false;
}
