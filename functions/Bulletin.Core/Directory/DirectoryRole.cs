namespace Bulletin.Directory;

/// <summary>What a person does in the bulletin workflow; the Chinese names are what directory files use.</summary>
public enum DirectoryRole
{
    /// <summary>信息员: submits articles for a unit.</summary>
    Submitter,
    /// <summary>负责同志: the unit's responsible person, who receives issues.</summary>
    Responsible,
    /// <summary>编辑: reviews submissions and assembles issues.</summary>
    Editor,
    /// <summary>领导: a leader to whom issues are sent up.</summary>
    Leader,
    /// <summary>签发人: signs issues off.</summary>
    Signer,
}

public static class DirectoryRoleNames
{
    public static readonly IReadOnlyDictionary<string, DirectoryRole> ByChineseName = new Dictionary<string, DirectoryRole>
    {
        ["信息员"] = DirectoryRole.Submitter,
        ["负责同志"] = DirectoryRole.Responsible,
        ["编辑"] = DirectoryRole.Editor,
        ["领导"] = DirectoryRole.Leader,
        ["签发人"] = DirectoryRole.Signer,
    };

    public static string ChineseName(this DirectoryRole role) => ByChineseName.Single(pair => pair.Value == role).Key;
}
