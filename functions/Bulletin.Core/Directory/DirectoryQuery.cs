using Bulletin.Directory.Storage;

namespace Bulletin.Directory;

/// <summary>Answers who is in the current directory, filtered by unit, role or group.</summary>
public sealed class DirectoryQuery(DirectoryStore store)
{
    public async Task<DirectoryListing> ListAsync(string? unit, DirectoryRole? role, string? group, CancellationToken cancellationToken)
    {
        if (await store.GetCurrentAsync(cancellationToken) is not { } current)
            return new DirectoryListing(null, [], []);
        var snapshot = await store.LoadAsync(current.Version.Version, cancellationToken);
        var people = snapshot.People
            .Where(p => unit is null || p.Unit == unit)
            .Where(p => role is null || p.Roles.Contains(role.Value))
            .Where(p => group is null || p.Groups.Contains(group))
            .OrderBy(p => p.Unit, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var units = snapshot.Units.Where(u => unit is null || u.Name == unit).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        return new DirectoryListing(current.Version, units, people);
    }

    /// <summary>People whose name, unit or e-mail contains <paramref name="text"/> (all when it is empty).</summary>
    public async Task<DirectoryListing> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        var all = await ListAsync(null, null, null, cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
            return all;
        var t = text.Trim();
        return all with { People = all.People.Where(p => p.Name.Contains(t, StringComparison.OrdinalIgnoreCase) ||
            p.Unit.Contains(t, StringComparison.OrdinalIgnoreCase) || p.Email.Contains(t, StringComparison.OrdinalIgnoreCase)).ToList() };
    }

    /// <summary>The person with this e-mail address in the current directory, if any.</summary>
    public async Task<DirectoryPerson?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        await store.GetCurrentAsync(cancellationToken) is { } current
            ? await store.FindPersonAsync(current.Version.Version, email, cancellationToken)
            : null;

    /// <summary>One sentence naming the editors (编辑) to ask, for replies and pages that refuse something.</summary>
    public async Task<string> WhomToAskAsync(CancellationToken cancellationToken)
    {
        var editors = (await ListAsync(null, DirectoryRole.Editor, null, cancellationToken)).People;
        return editors.Count == 0
            ? "如有疑问，请联系编辑部。"
            : $"如有疑问，请联系编辑部：{string.Join("，", editors.Select(e => $"{e.Name}（{e.Email}）"))}。";
    }
}

public sealed record DirectoryListing(DirectoryVersion? Version, IReadOnlyList<DirectoryUnit> Units, IReadOnlyList<DirectoryPerson> People);
