using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;
using Orleans.Serialization.Cloning;

namespace DigitalTrade.Contracts;

/// <summary>
/// Lets calls inside one silo pass the model's immutable records by reference instead of
/// copying them through JSON: every type listed is a record of immutable members. Calls between
/// silos still serialize them.
/// </summary>
public sealed class ImmutableModelCopier : IGeneralizedCopier, IOptionalDeepCopier
{
    private static readonly HashSet<Type> Immutable =
    [
        typeof(ScenarioDefinition), typeof(MemberContext), typeof(CountryState), typeof(CountryTradeResult),
        typeof(RoundReport), typeof(EndowmentShock), typeof(TradeCostChange),
        typeof(CableLaid), typeof(LinkUpgrade), typeof(Accession), typeof(BarrierChange), typeof(PilotZoneOpened),
        typeof(PaperlessTrade), typeof(PaymentInteroperability), typeof(DigitalInvestment), typeof(CapacityBuilding),
        typeof(MoratoriumLapse), typeof(AgreementDefinition), typeof(PolicyProposal), typeof(CommitmentRuling),
        typeof(PolicyParameters), typeof(DisputeState), typeof(DisputeContext), typeof(DisputeEffect), typeof(DisputeStageRow),
        typeof(DisputeAdvance), typeof(ModelParameters),
    ];

    /// <inheritdoc />
    public bool IsSupportedType(Type type) => Immutable.Contains(type) || type == typeof(ScenarioEvent);

    /// <inheritdoc />
    public object? DeepCopy(object? input, CopyContext context) => input;

    /// <inheritdoc />
    public bool IsShallowCopyable() => true;
}
