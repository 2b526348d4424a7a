namespace DigitalTrade.Model.Calibration;

/// <summary>Where a region's total exports or imports of a sector in the observed baseline come from.</summary>
public enum MarginSource
{
    /// <summary>The source's value for the baseline year.</summary>
    Observed = 0,

    /// <summary>The source's latest value before the baseline year (the year is in the account).</summary>
    Earlier = 1,

    /// <summary>The sources disagree (the residual would be negative): floored at zero.</summary>
    Floored = 2,

    /// <summary>No value in the sources: the region's GDP times the median ratio of the regions that have one.</summary>
    Imputed = 3,

    /// <summary>The rest of the world: the world total less the regions'.</summary>
    Residual = 4,
}
