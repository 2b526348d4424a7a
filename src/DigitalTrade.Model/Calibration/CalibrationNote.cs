namespace DigitalTrade.Model.Calibration;

/// <summary>
/// One data decision the calibration took for a region (or <c>WLD</c> for the world), in words with its
/// numbers: an earlier year used, a gap closed, a residual floored, a value imputed.
/// </summary>
/// <param name="Region">ISO3 code, <c>ROW</c> or <c>WLD</c>.</param>
/// <param name="Topic">A sector name, <c>gdp</c> or <c>domestic</c>.</param>
/// <param name="Text">What was done and why.</param>
public sealed record CalibrationNote(string Region, string Topic, string Text);
