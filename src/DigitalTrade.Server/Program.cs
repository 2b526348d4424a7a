using DigitalTrade.Server.Hosting;

// dtsim serve: the silo, the HTTP API and the dashboards in one process (docs/api.md).
try
{
    var app = ServerApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (ServerStartupException e)
{
    await Console.Error.WriteLineAsync($"dtsim serve: {e.Message}");
    return 2;
}
catch (IOException e)
{
    // Kestrel reports a taken port this way; the message says which address.
    await Console.Error.WriteLineAsync($"dtsim serve: could not start: {e.Message}");
    return 1;
}
