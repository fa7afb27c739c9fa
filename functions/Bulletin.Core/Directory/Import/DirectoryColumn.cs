namespace Bulletin.Directory.Import;

/// <summary>The columns of a directory file.</summary>
internal enum DirectoryColumn
{
    Unit,
    Category,
    Name,
    Email,
    Roles,
    Groups,
}

/// <summary>The header texts each column is recognised by (compared case-insensitively, whitespace removed).</summary>
internal static class DirectoryColumnNames
{
    public static readonly IReadOnlyDictionary<DirectoryColumn, string[]> Accepted = new Dictionary<DirectoryColumn, string[]>
    {
        [DirectoryColumn.Unit] = ["单位", "unit"],
        [DirectoryColumn.Category] = ["类别", "category"],
        [DirectoryColumn.Name] = ["姓名", "name"],
        [DirectoryColumn.Email] = ["邮箱", "电子邮箱", "email", "e-mail"],
        [DirectoryColumn.Roles] = ["角色", "roles", "role"],
        [DirectoryColumn.Groups] = ["分组", "groups", "group"],
    };

    /// <summary>Every column but 分组 must be in the header: without 类别 or 角色 nobody could be sent anything.</summary>
    public static bool IsRequired(this DirectoryColumn column) => column != DirectoryColumn.Groups;

    public static string ChineseName(this DirectoryColumn column) => Accepted[column][0];

    public static string EnglishName(this DirectoryColumn column) => Accepted[column].First(name => name.All(char.IsAscii));

    public const string ChineseHeader = "单位,类别,姓名,邮箱,角色,分组";
    public const string EnglishHeader = "unit,category,name,email,roles,groups";

    public static DirectoryColumn? Recognise(string headerText)
    {
        var key = string.Concat(CellText.Trim(headerText).Where(c => !char.IsWhiteSpace(c)));
        foreach (var (column, names) in Accepted)
            if (names.Contains(key, StringComparer.OrdinalIgnoreCase))
                return column;
        return null;
    }
}
