using System.Collections.Concurrent;
using System.Globalization;
using Bulletin.Issues.Storage;

namespace Bulletin.Issues.Archive;

/// <summary>Published issues read whole, kept in memory for full-text search to check and quote: a published issue never
/// changes, so a copy never goes stale. A common phrase names most of the archive, and reading hundreds of issues' text
/// for every search cost seconds. Bounded by characters (five years of an office hold about 3 million); when full it
/// starts over.</summary>
public sealed class PublishedIssueCache(IssueStore issues)
{
    private const long MostCharacters = 40_000_000;
    private readonly ConcurrentDictionary<string, AssembledIssue> _issues = new(StringComparer.Ordinal);
    private long _characters;

    /// <summary>The published issues among <paramref name="keys"/> (<c>{series}|{year}|{number}</c>), read from storage once.</summary>
    public async Task<IReadOnlyList<AssembledIssue>> GetAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.ToList();
        var loaded = await Task.WhenAll(wanted.Where(k => !_issues.ContainsKey(k)).Select(k => LoadAsync(k, cancellationToken)));
        var fresh = loaded.OfType<(string Key, AssembledIssue Issue)>().ToDictionary(l => l.Key, l => l.Issue, StringComparer.Ordinal);
        return wanted.Select(k => _issues.TryGetValue(k, out var kept) ? kept : fresh.GetValueOrDefault(k)).OfType<AssembledIssue>().ToList();
    }

    private async Task<(string, AssembledIssue)?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var parts = key.Split('|');
        if (parts.Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await issues.FindAsync(parts[0], year, number, cancellationToken) is not { Issue: { State: IssueState.Published } issue })
            return null;
        var characters = IssueBigrams.Texts(issue).Sum(t => (long)t.Length);
        if (Interlocked.Add(ref _characters, characters) > MostCharacters)
        {
            _issues.Clear();
            Interlocked.Exchange(ref _characters, characters);
        }
        _issues[key] = issue;
        return (key, issue);
    }
}
