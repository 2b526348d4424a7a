using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace DigitalTrade.Model.Policy;

/// <summary>
/// An importer's barriers and commitments (DESIGN §5.6): applied levels of every measure (the MFN
/// level every partner faces unless a binding holds), its data regime, its sovereignty preference,
/// whether the WTO moratorium on duties on electronic transmissions binds it, and its bindings.
/// </summary>
/// <param name="Levels">Applied level of each <see cref="Measure"/>, in measure order.</param>
/// <param name="DataRegime">Its model of personal-data regulation.</param>
/// <param name="Sovereignty">Preference for regulatory autonomy, 0–1 (pushes restrictiveness up).</param>
/// <param name="WtoMember">True for WTO members, whom the moratorium binds.</param>
/// <param name="MoratoriumInForce">True while the WTO moratorium on duties on electronic transmissions holds.</param>
/// <param name="Bindings">Commitments towards partners, ordered by agreement, partner and measure.</param>
public sealed record PolicyState(
    ImmutableArray<double> Levels,
    DataRegime DataRegime,
    double Sovereignty,
    bool WtoMember,
    bool MoratoriumInForce,
    ImmutableArray<Binding> Bindings)
{
    /// <summary>No barriers and no commitments: the neutral state of a world without policy data.</summary>
    public static PolicyState Open { get; } =
        new([.. Enumerable.Repeat(0.0, Measures.Count)], DataRegime.Conditional, 0.5, true, false, []);

    /// <summary>Retaliatory surcharges on partners' goods that dispute settlement authorised, by partner (ordered by dispute).</summary>
    public ImmutableArray<Surcharge> Surcharges { get; init; } = [];

    /// <summary>The total retaliatory surcharge on a partner's goods: Π(1 + s) − 1 over its surcharges.</summary>
    public double SurchargeOn(string partner)
    {
        var factor = 1.0;
        foreach (var s in Surcharges)
        {
            if (s.Partner == partner)
            {
                factor *= 1.0 + s.Rate;
            }
        }

        return factor - 1.0;
    }

    /// <summary>True while the moratorium binds this country: it holds and the country is a WTO member.</summary>
    [JsonIgnore]
    public bool MoratoriumBinds => MoratoriumInForce && WtoMember;

    /// <summary>The applied level of a measure.</summary>
    public double Level(Measure measure) => Levels[(int)measure];

    /// <summary>Average applied level of the five digital measures: countries.csv's digital_restrictiveness.</summary>
    [JsonIgnore]
    public double DigitalRestrictiveness
    {
        get
        {
            var sum = 0.0;
            for (var m = 0; m < Measures.DigitalCount; m++)
            {
                sum += Levels[m];
            }

            return sum / Measures.DigitalCount;
        }
    }

    /// <summary>
    /// The level the partner faces at the round: the applied level, capped by every binding towards it
    /// that holds; duties on electronic transmissions are zero while the moratorium binds.
    /// </summary>
    public double Effective(Measure measure, string partner, int round)
    {
        if (measure == Measure.ElectronicDuty && MoratoriumBinds)
        {
            return 0.0;
        }

        var level = Levels[(int)measure];
        foreach (var binding in Bindings)
        {
            if (binding.Measure == measure && binding.Partner == partner && binding.Holds(MoratoriumInForce))
            {
                level = Math.Min(level, binding.BoundAt(round));
            }
        }

        return level;
    }

    /// <summary>
    /// Every measure's effective level against every exporter at the round, [measure, exporter] in
    /// canonical order (the applied level in the importer's own column, which no flow uses): one pass over the bindings.
    /// </summary>
    public double[,] EffectiveMatrix(IReadOnlyList<string> countries, int round)
    {
        var n = countries.Count;
        var matrix = new double[Measures.Count, n];
        for (var m = 0; m < Measures.Count; m++)
        {
            var level = m == (int)Measure.ElectronicDuty && MoratoriumBinds ? 0.0 : Levels[m];
            for (var i = 0; i < n; i++)
            {
                matrix[m, i] = level;
            }
        }

        if (!Bindings.IsDefaultOrEmpty)
        {
            var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                index[countries[i]] = i;
            }

            foreach (var binding in Bindings)
            {
                if (binding.Holds(MoratoriumInForce) && index.TryGetValue(binding.Partner, out var i))
                {
                    var m = (int)binding.Measure;
                    matrix[m, i] = Math.Min(matrix[m, i], binding.BoundAt(round));
                }
            }
        }

        return matrix;
    }

    /// <summary>The state with one measure's applied level replaced.</summary>
    public PolicyState WithLevel(Measure measure, double level) => this with { Levels = Levels.SetItem((int)measure, level) };
}

/// <summary>A retaliatory surcharge on one partner's goods, authorised at the end of a dispute.</summary>
public sealed record Surcharge(string Partner, double Rate, string DisputeId);
