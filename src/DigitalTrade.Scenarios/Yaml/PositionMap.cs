namespace DigitalTrade.Scenarios.Yaml;

/// <summary>
/// Where each node of a scenario tree was written: the position of every value and, for mapping entries,
/// of the key. Looked up by JSON Pointer; a pointer without a position falls back to its nearest ancestor.
/// </summary>
internal sealed class PositionMap
{
    private readonly Dictionary<string, SourcePosition> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourcePosition> _keys = new(StringComparer.Ordinal);
    private readonly SourcePosition _fallback;

    public PositionMap(string file) => _fallback = new SourcePosition(file, 1, 1);

    public void SetValue(string pointer, SourcePosition position) => _values[pointer] = position;

    public void SetKey(string pointer, SourcePosition position) => _keys[pointer] = position;

    /// <summary>Where the value at the pointer starts.</summary>
    public SourcePosition ValueOf(string pointer)
    {
        for (var p = pointer; ; p = Pointer.Parent(p))
        {
            if (_values.TryGetValue(p, out var position))
            {
                return position;
            }

            if (p.Length == 0)
            {
                return _fallback;
            }
        }
    }

    /// <summary>Where the key of the entry at the pointer is written; the value's position for list items and the root.</summary>
    public SourcePosition KeyOf(string pointer) => _keys.TryGetValue(pointer, out var position) ? position : ValueOf(pointer);

    /// <summary>Forgets the positions of a node and everything under it (the node is being replaced).</summary>
    public void RemoveAtOrUnder(string pointer)
    {
        foreach (var p in _values.Keys.Where(p => Pointer.IsAtOrUnder(p, pointer)).ToList())
        {
            _values.Remove(p);
        }

        foreach (var p in _keys.Keys.Where(p => Pointer.IsAtOrUnder(p, pointer)).ToList())
        {
            _keys.Remove(p);
        }
    }
}
