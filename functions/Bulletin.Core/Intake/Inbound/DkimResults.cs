namespace Bulletin.Intake.Inbound;

/// <summary>Reads SendGrid's dkim field: "{@example.org : pass}", "{@a.org : pass, @b.org : fail}", or "none".</summary>
internal static class DkimResults
{
    public static IReadOnlyDictionary<string, string> Parse(string? field)
    {
        var results = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (field ?? string.Empty).Trim().TrimStart('{').TrimEnd('}').Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.LastIndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var domain = entry[..colon].Trim().TrimStart('@').ToLowerInvariant();
            var result = entry[(colon + 1)..].Trim().ToLowerInvariant();
            if (domain.Length == 0 || result.Length == 0)
            {
                continue;
            }

            // One passing signature of a domain is enough, whatever its other signatures say.
            if (!results.TryGetValue(domain, out var earlier) || (earlier != "pass" && result == "pass"))
            {
                results[domain] = result;
            }
        }

        return results;
    }
}
