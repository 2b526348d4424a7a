using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Randomness;
using DigitalTrade.Model.State;

namespace DigitalTrade.Model.Policy;

/// <summary>
/// Phase 2 of a round (DESIGN §4, §5.6): each state scores each digital measure,
/// S = a_p · max(0, Δ import penetration in pp) + a_s · (sovereignty − ½) + a_r · reciprocity + σ z,
/// with z ~ N(0, 1) keyed by (seed, policy, round, country·measure); it raises the measure by one step
/// when S exceeds the threshold and lowers it by one step when S is below minus the threshold.
/// Reciprocity is the average over partners of how much each raised its effective restrictiveness
/// against the state in the previous round.
/// </summary>
public static class PolicyRules
{
    /// <summary>The reciprocity signal of country <paramref name="j"/> from every state's memory.</summary>
    public static double Reciprocity(IReadOnlyList<CountryState> states, int j)
    {
        var n = states.Count;
        if (n < 2)
        {
            return 0.0;
        }

        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var raised = states[i].Memory.RaisedAgainst;
            if (i != j && !raised.IsDefaultOrEmpty)
            {
                sum += Math.Max(0.0, raised[j]);
            }
        }

        return sum / (n - 1);
    }

    /// <summary>
    /// Phase 3 for one agreement: the rulings of its bindings on its members' proposed increases, in member,
    /// proposal and binding order.
    /// </summary>
    /// <param name="agreement">The agreement whose bindings rule.</param>
    /// <param name="importers">The states (those not party to the agreement are skipped).</param>
    /// <param name="proposals">Every proposal of the round.</param>
    /// <param name="round">The round.</param>
    /// <param name="seed">The run's seed (exception draws).</param>
    /// <param name="p">Policy parameters.</param>
    /// <param name="disputes">
    /// The run's dispute settlement, whose forums set the expected cost of breaking each commitment; without it
    /// the cost is <see cref="PolicyParameters.EnforcedCommitmentCost"/> or <see cref="PolicyParameters.UnenforcedCommitmentCost"/>
    /// by the binding's dispute-settlement flag.
    /// </param>
    public static ImmutableArray<CommitmentRuling> Check(
        AgreementDefinition agreement, IReadOnlyList<CountryState> importers, IReadOnlyList<PolicyProposal> proposals,
        int round, ulong seed, PolicyParameters p, DisputeContext? disputes = null)
    {
        var rulings = ImmutableArray.CreateBuilder<CommitmentRuling>();
        foreach (var importer in importers)
        {
            if (agreement.JoinRound(importer.Iso3) is null)
            {
                continue;
            }

            foreach (var proposal in proposals)
            {
                if (proposal.Country != importer.Iso3 || !proposal.Raises)
                {
                    continue;
                }

                foreach (var binding in importer.Policy.Bindings)
                {
                    if (binding.Agreement != agreement.Id)
                    {
                        continue;
                    }

                    var cost = disputes is null
                        ? (binding.DisputeSettlement ? p.EnforcedCommitmentCost : p.UnenforcedCommitmentCost)
                        : DisputeRules.ExpectedCost(binding.Partner, importer.Iso3, binding.Provisions, round, disputes, p);
                    if (Rule(binding, importer.Policy, importer.Iso3, proposal, agreement.Exceptions, round, seed, p, cost) is { } ruling)
                    {
                        rulings.Add(ruling);
                    }
                }
            }
        }

        return rulings.ToImmutable();
    }

    /// <summary>The state's proposals for the round, in measure order; none in round 0, and none when policy is frozen.</summary>
    public static ImmutableArray<PolicyProposal> Propose(CountryState state, double reciprocity, int round, ulong seed, PolicyParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (round < 1 || !p.Endogenous)
        {
            return [];
        }

        var memory = state.Memory;
        // Both ways: rising import penetration pushes towards restriction and falling penetration towards
        // liberalisation; a rise in the gains from trade (real income per unit of endowment) pushes towards
        // liberalisation and a fall towards restriction.
        var pressure = memory.Rounds >= 2 ? 100.0 * (memory.ImportPenetration - memory.PreviousImportPenetration) : 0.0;
        var gains = memory.Rounds >= 2 && memory.GainsRatio > 0.0 && memory.PreviousGainsRatio > 0.0
            ? 100.0 * Math.Log(memory.GainsRatio / memory.PreviousGainsRatio)
            : 0.0;
        var common = (p.PressureWeight * pressure) - (p.GainsWeight * gains)
            + (p.SovereigntyWeight * (state.Policy.Sovereignty - 0.5)) + (p.ReciprocityWeight * reciprocity);
        var proposals = ImmutableArray.CreateBuilder<PolicyProposal>();
        var entity = CounterRng.Key(state.Iso3);
        foreach (var measure in Measures.Digital)
        {
            var shock = p.ShockSd == 0.0 ? 0.0 : p.ShockSd * CounterRng.Normal(seed, RandomStreams.Policy, (ulong)round, entity, (ulong)measure);
            var score = common + shock;
            var from = state.Policy.Level(measure);
            var to = score > p.Threshold ? Math.Min(1.0, from + p.Step)
                : score < -p.Threshold ? Math.Max(0.0, from - p.Step)
                : from;
            if (to != from)
            {
                proposals.Add(new PolicyProposal(state.Iso3, measure, from, to, score));
            }
        }

        return proposals.ToImmutable();
    }

    /// <summary>
    /// Phase 3 for one binding: rules on a proposed increase. Nothing to rule when the binding does not
    /// hold or the new level stays within the bound. Otherwise an exception may apply (seeded draws);
    /// else the importer breaks the commitment when its score, less the expected cost of breaking it,
    /// still exceeds the threshold, and the binding holds when it does not.
    /// </summary>
    public static CommitmentRuling? Rule(
        Binding binding, PolicyState importer, string importerIso3, PolicyProposal proposal, ExceptionRates exceptions,
        int round, ulong seed, PolicyParameters p, double? expectedCost = null)
    {
        if (!proposal.Raises || binding.Measure != proposal.Measure || !binding.Holds(importer.MoratoriumInForce)
            || proposal.To <= binding.BoundAt(round))
        {
            return null;
        }

        var cost = expectedCost ?? (binding.DisputeSettlement ? p.EnforcedCommitmentCost : p.UnenforcedCommitmentCost);
        var key = CounterRng.Key($"{binding.Agreement}/{importerIso3}/{binding.Partner}");
        var outcome =
            CounterRng.Uniform(seed, RandomStreams.Exceptions, (ulong)round, key, (2 * (ulong)binding.Measure)) < exceptions.PublicPolicy
                ? RulingOutcome.PublicPolicyException
            : CounterRng.Uniform(seed, RandomStreams.Exceptions, (ulong)round, key, (2 * (ulong)binding.Measure) + 1) < exceptions.Security
                ? RulingOutcome.SecurityException
            : proposal.Score - cost > p.Threshold ? RulingOutcome.Violated
            : RulingOutcome.Blocked;
        return new CommitmentRuling(
            binding.Agreement, importerIso3, binding.Partner, binding.Measure, binding.Provisions, binding.DisputeSettlement, cost, outcome);
    }

    /// <summary>
    /// The state after its proposals and the rulings on them: applied levels move; bindings allowed by an
    /// exception or broken stop holding; the memory records how much the state's effective
    /// restrictiveness against each partner rose since its last record.
    /// </summary>
    public static CountryState Apply(
        CountryState state, IReadOnlyList<PolicyProposal> proposals, IReadOnlyList<CommitmentRuling> rulings,
        IReadOnlyList<string> countries, int round)
    {
        var policy = state.Policy;
        foreach (var proposal in proposals)
        {
            policy = policy.WithLevel(proposal.Measure, proposal.To);
        }

        if (rulings.Count > 0)
        {
            var bindings = policy.Bindings.ToBuilder();
            for (var b = 0; b < bindings.Count; b++)
            {
                var binding = bindings[b];
                foreach (var ruling in rulings)
                {
                    if (ruling.Agreement == binding.Agreement && ruling.Partner == binding.Partner && ruling.Measure == binding.Measure)
                    {
                        binding = binding with
                        {
                            Status = ruling.Outcome switch
                            {
                                RulingOutcome.PublicPolicyException => BindingStatus.PublicPolicyException,
                                RulingOutcome.SecurityException => BindingStatus.SecurityException,
                                RulingOutcome.Violated => BindingStatus.Violated,
                                _ => binding.Status,
                            },
                        };
                    }
                }

                bindings[b] = binding;
            }

            policy = policy with { Bindings = bindings.ToImmutable() };
        }

        return Remember(state with { Policy = policy }, countries, round);
    }

    /// <summary>Records the effective restrictiveness against each partner and its rise since the last record.</summary>
    public static CountryState Remember(CountryState state, IReadOnlyList<string> countries, int round)
    {
        var effective = EffectiveRestrictiveness(state.Policy, countries, round, state.Iso3);
        var last = state.Memory.EffectiveAgainst;
        var raised = last.IsDefaultOrEmpty || last.Length != effective.Length
            ? [.. Enumerable.Repeat(0.0, effective.Length)]
            : effective.Select((e, i) => e - last[i]).ToImmutableArray();
        return state with { Memory = state.Memory with { EffectiveAgainst = effective, RaisedAgainst = raised } };
    }

    /// <summary>Average effective level of the five digital measures the importer applies to each partner (0 for itself).</summary>
    public static ImmutableArray<double> EffectiveRestrictiveness(PolicyState policy, IReadOnlyList<string> countries, int round, string self)
    {
        var matrix = policy.EffectiveMatrix(countries, round);
        var result = new double[countries.Count];
        for (var i = 0; i < countries.Count; i++)
        {
            var sum = 0.0;
            for (var m = 0; m < Measures.DigitalCount; m++)
            {
                sum += matrix[m, i];
            }

            result[i] = countries[i] == self ? 0.0 : sum / Measures.DigitalCount;
        }

        return [.. result];
    }
}

