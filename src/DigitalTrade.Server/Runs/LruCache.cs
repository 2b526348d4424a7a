using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;

namespace DigitalTrade.Server.Runs;

/// <summary>
/// A cache keyed by run id and bounded by the total size of its entries (estimated bytes, or 1 each to bound a count),
/// which makes room for a new entry by evicting the least recently used ones. It is a <see cref="MemoryCache"/> with a
/// size limit; on its own that refuses an entry that does not fit and trims only 5 % in the background, so an entry that
/// is large for the cache would never get in once it is full. <see cref="Set"/> therefore compacts first, in the
/// cache's own least-recently-used order, until the entry fits.
/// </summary>
public sealed class LruCache<TValue> : IDisposable
    where TValue : class
{
    private readonly MemoryCache _cache;
    private readonly Lock _room = new();
    private readonly Action<string, TValue, long>? _evicted;

    /// <summary>A cache of <paramref name="capacity"/>; <paramref name="evicted"/> hears of entries evicted to make room (key, value, size).</summary>
    public LruCache(long capacity, Action<string, TValue, long>? evicted = null)
    {
        Capacity = capacity;
        _evicted = evicted;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, TrackStatistics = true });
    }

    /// <summary>The largest total size of the entries.</summary>
    public long Capacity { get; }

    /// <summary>The total size of the entries now.</summary>
    public long Size => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The value kept for <paramref name="key"/>, which becomes the most recently used entry.</summary>
    public bool TryGet(string key, [NotNullWhen(true)] out TValue? value)
    {
        value = _cache.TryGetValue(key, out Entry? entry) ? entry?.Value : null;
        return value is not null;
    }

    /// <summary>
    /// Keeps <paramref name="value"/> under <paramref name="key"/>, evicting the least recently used entries until it fits.
    /// False, with nothing kept for the key, when it is larger than the whole cache.
    /// </summary>
    public bool Set(string key, TValue value, long size)
    {
        lock (_room)
        {
            if (size > Capacity)
            {
                _cache.Remove(key);
                return false;
            }

            while (Size - SizeOf(key) + size > Capacity && _cache.Count > 0)
            {
                var before = _cache.Count;
                _cache.Compact(1.5 / before); // the least recently used entry: (int)(count × 1.5 / count) = 1
                if (_cache.Count == before)
                {
                    break;
                }
            }

            var options = new MemoryCacheEntryOptions { Size = size };
            options.RegisterPostEvictionCallback(OnEvicted);
            _cache.Set(key, new Entry(value, size), options);
            return _cache.TryGetValue(key, out Entry? kept) && ReferenceEquals(kept?.Value, value);
        }
    }

    /// <summary>Forgets the key.</summary>
    public void Remove(string key) => _cache.Remove(key);

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    private long SizeOf(string key) => _cache.TryGetValue(key, out Entry? entry) && entry is not null ? entry.Size : 0;

    private void OnEvicted(object key, object? value, EvictionReason reason, object? state)
    {
        if (reason == EvictionReason.Capacity && value is Entry entry)
        {
            _evicted?.Invoke((string)key, entry.Value, entry.Size);
        }
    }

    private sealed record Entry(TValue Value, long Size);
}
