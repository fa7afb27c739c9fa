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

    /// <summary>Reads the setting's text form: entries separated by ; (or ；), each <c>name=item+item</c>
    /// (＝ and ＋ also accepted), e.g. <c>各镇街=镇+街道办事处;区领导=区县处级领导</c>. Empty text means no aliases.</summary>
    /// <param name="error">Why the text cannot be read, naming the entry; null when it can.</param>
    public static bool TryParse(string? text, out DistributionAliases aliases, out string? error)
    {
        aliases = None;
        error = null;
        var parsed = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var raw in (text ?? "").Split([';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = raw.Split(['=', '＝']);
            if (parts.Length != 2 || parts[0].Trim().Length == 0)
            {
                error = $"entry '{raw}' is not of the form name=item+item";
                return false;
            }
            var name = parts[0].Trim();
            var items = parts[1].Split(['+', '＋'], StringSplitOptions.TrimEntries);
            if (items.Any(item => item.Length == 0))
            {
                error = $"alias '{name}' has an empty item (write name=item+item)";
                return false;
            }
            if (!parsed.TryAdd(name, items))
            {
                error = $"alias '{name}' is defined twice";
                return false;
            }
        }
        aliases = new DistributionAliases(parsed);
        return true;
    }
}
