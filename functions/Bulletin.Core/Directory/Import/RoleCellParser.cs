namespace Bulletin.Directory.Import;

/// <summary>Reads the 角色 cell. Roles are separated by 、; because role names are a fixed list,
/// “，” “,” “；” “;” “/” and spaces are accepted as separators too, and a role written twice counts once.</summary>
internal static class RoleCellParser
{
    private static readonly char[] Separators = ['、', '，', ',', '；', ';', '/', '／', '|', '｜', ' ', '\t', '\u3000'];

    public static string AllowedList => string.Join("、", DirectoryRoleNames.ByChineseName.Keys);

    /// <summary>The roles, and the items that are not roles.</summary>
    public static (SortedSet<DirectoryRole> Roles, IReadOnlyList<string> Unknown) Parse(string cell)
    {
        var roles = new SortedSet<DirectoryRole>();
        var unknown = new List<string>();
        foreach (var item in cell.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DirectoryRoleNames.ByChineseName.TryGetValue(item, out var role))
                roles.Add(role);
            else
                unknown.Add(item);
        }
        return (roles, unknown);
    }
}
