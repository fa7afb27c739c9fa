namespace Bulletin.Distribution;

/// <summary>Names editors may write on a 送/发 line that stand for other items (各镇街 = 镇 + 街道办事处).
/// An entry is any item text (a unit, 各 + category, a group, another alias) or a bare category name.</summary>
public sealed class DistributionAliases
{
    private readonly Dictionary<string, IReadOnlyList<string>> entries;

    public DistributionAliases(IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        entries = aliases.ToDictionary(
            pair => pair.Key.Trim(),
            pair => (IReadOnlyList<string>)[.. pair.Value.Select(entry => entry.Trim()).Where(entry => entry.Length > 0)],
            StringComparer.Ordinal);
    }

    public static DistributionAliases None { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    public IReadOnlyCollection<string> Names => entries.Keys;

    public bool TryGet(string name, out IReadOnlyList<string> items) => entries.TryGetValue(name, out items!);
}
