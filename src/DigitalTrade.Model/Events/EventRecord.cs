namespace DigitalTrade.Model.Events;

/// <summary>One line of events.csv: what happened in a round, to whom.</summary>
public sealed record EventRecord(int Round, string Kind, string Subject, string Detail);
