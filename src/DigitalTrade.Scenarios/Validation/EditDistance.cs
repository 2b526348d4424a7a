namespace DigitalTrade.Scenarios.Validation;

/// <summary>"Did you mean" suggestions by Levenshtein distance.</summary>
internal static class EditDistance
{
    /// <summary>The closest candidate when it is close enough to be a likely typo; null otherwise.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, Math.Min(3, word.Length / 3));
        return candidates
            .Select(c => (Candidate: c, Distance: Between(word.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }

    /// <summary>" (did you mean 'x'?)" or "".</summary>
    public static string Suggestion(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } best ? $" (did you mean '{best}'?)" : "";

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
