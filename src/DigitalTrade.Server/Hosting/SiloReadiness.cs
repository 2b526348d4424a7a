namespace DigitalTrade.Server.Hosting;

/// <summary>Tells /health whether the silo is active: set when the silo reaches its Active stage, cleared when it stops.</summary>
public sealed class SiloReadiness : ILifecycleParticipant<ISiloLifecycle>
{
    private volatile bool _ready;

    /// <summary>True while the silo accepts grain calls.</summary>
    public bool IsReady => _ready;

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            nameof(SiloReadiness),
            ServiceLifecycleStage.Active,
            _ =>
            {
                _ready = true;
                return Task.CompletedTask;
            },
            _ =>
            {
                _ready = false;
                return Task.CompletedTask;
            });
}
