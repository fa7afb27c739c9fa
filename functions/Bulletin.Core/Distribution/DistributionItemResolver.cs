using Bulletin.Directory;

namespace Bulletin.Distribution;

/// <summary>Resolves item texts against one directory and the aliases. Readings are tried in order of precedence
/// (unit, category, group, alias); when several match and reach the same people the first names the item,
/// when they reach different people the item is ambiguous.</summary>
internal sealed class DistributionItemResolver
{
    private readonly Dictionary<string, DirectoryUnit> units;
    private readonly Dictionary<string, List<DirectoryPerson>> peopleByUnit;
    private readonly HashSet<string> categories;
    private readonly HashSet<string> groups;
    private readonly DirectorySnapshot directory;
    private readonly DistributionAliases aliases;

    public DistributionItemResolver(DirectorySnapshot directory, DistributionAliases aliases)
    {
        this.directory = directory;
        this.aliases = aliases;
        units = directory.Units.DistinctBy(u => u.Name).ToDictionary(u => u.Name, StringComparer.Ordinal);
        peopleByUnit = directory.People.GroupBy(p => p.Unit).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        categories = [DirectoryUnit.Town, DirectoryUnit.StreetOffice, DirectoryUnit.DistrictUnit, .. directory.Units.Select(u => u.Category)];
        groups = [.. directory.Groups];
    }

    public DistributionItem Resolve(string text)
    {
        var reading = Choose(text, [], insideAlias: false);
        return new DistributionItem(text, reading.Kind, reading.Description, reading.People, [.. reading.Problems.Select(p => p.Message)]) { Units = reading.Units };
    }

    private Reading Choose(string text, IReadOnlyList<string> aliasPath, bool insideAlias)
    {
        var readings = Readings(text, aliasPath, insideAlias).ToList();
        if (readings.Count == 0)
            return Reading.Problem(DistributionItemKind.Unknown, DistributionMessages.Unknown(text));
        if (readings.Select(r => string.Join(",", r.People.Select(p => p.Email).Order(StringComparer.Ordinal))).Distinct().Count() == 1)
            return readings[0];
        var described = readings.Select(r => $"作为{r.Description}（{r.People.Count}人）");
        return Reading.Problem(DistributionItemKind.Ambiguous, DistributionMessages.Ambiguous(text, described));
    }

    private IEnumerable<Reading> Readings(string text, IReadOnlyList<string> aliasPath, bool insideAlias)
    {
        var readings = DistributionItemText.Readings(text).ToList();
        foreach (var (name, role) in readings)
        {
            if (units.TryGetValue(name, out var unit))
                yield return UnitReading(unit, role);
        }
        foreach (var (name, role) in readings)
        {
            if (DistributionItemText.Category(name, categories, insideAlias) is { } category)
                yield return CategoryReading(text, category, role);
        }
        if (groups.Contains(text))
            yield return new Reading(DistributionItemKind.Group, $"分组「{text}」", [.. directory.People.Where(p => p.Groups.Contains(text))], []);
        if (aliases.TryGet(text, out var entries))
            yield return AliasReading(text, entries, aliasPath);
    }

    private Reading UnitReading(DirectoryUnit unit, DirectoryRole role)
    {
        var people = WithRole(unit, role);
        var problems = people.Count == 0 ? [new Trouble(DistributionMessages.UnitWithoutRole(unit.Name, role))] : Array.Empty<Trouble>();
        return new Reading(DistributionItemKind.Unit, $"{unit.Name}的{role.ChineseName()}", people, problems) { Units = [unit.Name] };
    }

    private Reading CategoryReading(string text, string category, DirectoryRole role)
    {
        var members = directory.Units.Where(u => u.Category == category).DistinctBy(u => u.Name).ToList();
        var description = $"各{category}（{members.Count}个单位）的{role.ChineseName()}";
        if (members.Count == 0)
            return new Reading(DistributionItemKind.Category, description, [], [new Trouble(DistributionMessages.EmptyCategory(text, category))]);
        var problems = members.Where(u => WithRole(u, role).Count == 0)
            .Select(u => new Trouble(DistributionMessages.CategoryUnitWithoutRole(text, u.Name, role))).ToList();
        return new Reading(DistributionItemKind.Category, description, [.. members.SelectMany(u => WithRole(u, role))], problems) { Units = [.. members.Select(u => u.Name)] };
    }

    private Reading AliasReading(string alias, IReadOnlyList<string> entries, IReadOnlyList<string> aliasPath)
    {
        var description = $"别名，即{string.Join("、", entries)}";
        if (aliasPath.Contains(alias))
            return new Reading(DistributionItemKind.Alias, description, [], [new Trouble(DistributionMessages.AliasCycle([.. aliasPath, alias]), Complete: true)]);
        if (entries.Count == 0)
            return new Reading(DistributionItemKind.Alias, description, [], [new Trouble(DistributionMessages.EmptyAlias(alias))]);
        var resolved = entries.Select(entry => Choose(entry, [.. aliasPath, alias], insideAlias: true)).ToList();
        var problems = resolved.SelectMany(r => r.Problems)
            .Select(p => p.Complete ? p : new Trouble(DistributionMessages.InAlias(alias, p.Message)))
            .DistinctBy(p => p.Message).ToList();
        return new Reading(DistributionItemKind.Alias, description, [.. resolved.SelectMany(r => r.People).DistinctBy(p => p.Email)], problems)
        { Units = [.. resolved.SelectMany(r => r.Units).Distinct()] };
    }

    private List<DirectoryPerson> WithRole(DirectoryUnit unit, DirectoryRole role) =>
        peopleByUnit.TryGetValue(unit.Name, out var people) ? [.. people.Where(p => p.Roles.Contains(role))] : [];

    /// <param name="Complete">True when the message already says everything (a cycle) and is not prefixed by the aliases around it.</param>
    private sealed record Trouble(string Message, bool Complete = false);

    private sealed record Reading(DistributionItemKind Kind, string Description, IReadOnlyList<DirectoryPerson> People, IReadOnlyList<Trouble> Problems)
    {
        public IReadOnlyList<string> Units { get; init; } = [];

        public static Reading Problem(DistributionItemKind kind, string message) => new(kind, "", [], [new Trouble(message)]);
    }
}
