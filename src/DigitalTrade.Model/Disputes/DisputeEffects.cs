using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;

namespace DigitalTrade.Model.Disputes;

/// <summary>How a dispute's end changes the state it concerns.</summary>
public static class DisputeEffects
{
    /// <summary>
    /// The state after the effects that concern it, in order: a restored binding holds again (the measure is
    /// back within the commitment towards the complainant); retaliation adds a surcharge on the partner's goods.
    /// </summary>
    public static CountryState Apply(CountryState state, IEnumerable<DisputeEffect> effects)
    {
        foreach (var effect in effects)
        {
            if (effect.Country != state.Iso3)
            {
                continue;
            }

            var policy = state.Policy;
            if (effect.Retaliates)
            {
                policy = policy with { Surcharges = policy.Surcharges.Add(new Surcharge(effect.Partner, effect.RetaliationRate, effect.DisputeId)) };
            }
            else
            {
                var bindings = policy.Bindings.ToBuilder();
                for (var b = 0; b < bindings.Count; b++)
                {
                    var binding = bindings[b];
                    if (binding.Agreement == effect.Agreement && binding.Partner == effect.Partner && binding.Measure == effect.Measure)
                    {
                        bindings[b] = binding with { Status = BindingStatus.Active };
                    }
                }

                policy = policy with { Bindings = bindings.ToImmutable() };
            }

            state = state with { Policy = policy };
        }

        return state;
    }
}
