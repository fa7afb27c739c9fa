using Bulletin.Directory;

namespace Bulletin.Distribution;

/// <summary>A problem found while resolving the lines; <paramref name="Item"/> is null for a problem of the lines as a whole.</summary>
public sealed record DistributionProblem(string? Item, string Message);

/// <summary>One person to mail, once, with the items (as written) that reached them.</summary>
public sealed record DistributionRecipient(DirectoryPerson Person, IReadOnlyList<string> ReachedBy);

/// <summary>What an issue's 送/发 lines resolve to: each item with its count, every problem, and the recipients,
/// de-duplicated by e-mail address and ordered by first appearance (line order, item order, directory order).</summary>
public sealed record DistributionPlan(
    IReadOnlyList<DistributionLineResolution> Lines, IReadOnlyList<DistributionProblem> Problems, IReadOnlyList<DistributionRecipient> Recipients)
{
    public IReadOnlyList<DistributionItem> Items => [.. Lines.SelectMany(line => line.Items)];

    /// <summary>False while any problem remains: nothing is sent until every item reaches someone, unambiguously.</summary>
    public bool CanSend => Problems.Count == 0;

    /// <param name="lines">The 本期送 and 发 lines; null or blank ones (an issue without 本期送) are skipped.</param>
    public static DistributionPlan Create(IEnumerable<string?> lines, DirectorySnapshot directory, DistributionAliases aliases)
    {
        var resolver = new DistributionItemResolver(directory, aliases);
        var resolved = lines.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => DistributionLineResolver.Resolve(line!, resolver)).ToList();
        var items = resolved.SelectMany(line => line.Items).ToList();
        List<DistributionProblem> problems = [.. items.SelectMany(item => item.Problems.Select(message => new DistributionProblem(item.Text, message)))];
        if (items.Count == 0)
            problems.Add(new DistributionProblem(null, DistributionMessages.NoItems()));
        return new DistributionPlan(resolved, problems, Deduplicate(items));
    }

    private static List<DistributionRecipient> Deduplicate(IEnumerable<DistributionItem> items)
    {
        var reachedBy = new Dictionary<string, (DirectoryPerson Person, List<string> Items)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var item in items)
        {
            foreach (var person in item.People)
            {
                if (!reachedBy.TryGetValue(person.Email, out var entry))
                {
                    entry = (person, []);
                    reachedBy.Add(person.Email, entry);
                    order.Add(person.Email);
                }
                if (!entry.Items.Contains(item.Text))
                    entry.Items.Add(item.Text);
            }
        }
        return [.. order.Select(email => new DistributionRecipient(reachedBy[email].Person, reachedBy[email].Items))];
    }
}
