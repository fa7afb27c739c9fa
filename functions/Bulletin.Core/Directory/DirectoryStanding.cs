namespace Bulletin.Directory;

/// <summary>What the current directory says about the holder of a signed link. Links live for days (a year for units)
/// while an import may replace the directory any time, so every link action asks here at use, not when the link was made.</summary>
public sealed class DirectoryStanding(DirectoryQuery directory)
{
    /// <summary>Editors (编辑) and signers (签发人): the people who use the dashboard and decide through links.</summary>
    public static bool IsEditorial(DirectoryPerson person) =>
        person.Roles.Contains(DirectoryRole.Editor) || person.Roles.Contains(DirectoryRole.Signer);

    public async Task<bool> IsEditorialAsync(string email, CancellationToken cancellationToken) =>
        await directory.FindByEmailAsync(email.Trim().ToLowerInvariant(), cancellationToken) is { } person && IsEditorial(person);

    public async Task<bool> HasUnitAsync(string unit, CancellationToken cancellationToken) =>
        (await directory.ListAsync(unit, null, null, cancellationToken)).Units.Count > 0;

    /// <summary>Why an editor's (or 签发人's) link no longer works, and whom to ask.</summary>
    public async Task<string> EditorGoneAsync(string email, CancellationToken cancellationToken) =>
        $"此链接是发给 {email} 的，该邮箱已不在通讯录的编辑、签发人名单中，链接不能再使用，未作任何更改。{await directory.WhomToAskAsync(cancellationToken)}";

    /// <summary>Why a unit's submission link no longer works, and whom to ask.</summary>
    public async Task<string> UnitGoneAsync(string unit, CancellationToken cancellationToken) =>
        $"此报送链接属于“{unit}”，该单位已不在通讯录中，链接不能再使用，未登记任何稿件。{await directory.WhomToAskAsync(cancellationToken)}";
}
