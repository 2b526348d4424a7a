using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Model.Infrastructure;

/// <summary>How a link between two countries runs: over land or under the sea.</summary>
public enum LinkKind
{
    /// <summary>Cross-border fibre over land.</summary>
    Terrestrial = 0,

    /// <summary>A submarine cable system landing in both countries.</summary>
    Submarine = 1,
}

/// <summary>The names of <see cref="LinkKind"/> as data files and reports spell them, and each kind's defaults.</summary>
public static class LinkKinds
{
    /// <summary>The name of a kind in data files: "terrestrial" or "submarine".</summary>
    public static string Name(LinkKind kind) => kind switch
    {
        LinkKind.Terrestrial => "terrestrial",
        LinkKind.Submarine => "submarine",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown link kind"),
    };

    /// <summary>The kind a name stands for (exactly "terrestrial" or "submarine"); null for any other text.</summary>
    public static LinkKind? Parse(string name) => name switch
    {
        "terrestrial" => LinkKind.Terrestrial,
        "submarine" => LinkKind.Submarine,
        _ => null,
    };

    /// <summary>Route length over great-circle distance of a link of this kind whose own factor is not known.</summary>
    public static double RouteFactor(LinkKind kind, LatencyParameters p) => kind switch
    {
        LinkKind.Terrestrial => p.TerrestrialRouteFactor,
        LinkKind.Submarine => p.SubmarineRouteFactor,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown link kind"),
    };
}
