namespace DigitalTrade.Server.Hosting;

/// <summary>A configuration the server refuses to start with; the message says what to change.</summary>
public sealed class ServerStartupException(string message) : Exception(message);
