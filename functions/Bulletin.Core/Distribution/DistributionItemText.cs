using Bulletin.Directory;

namespace Bulletin.Distribution;

/// <summary>The ways an item's text can be read: as written (for 负责同志), or as a base followed by a role word.</summary>
internal static class DistributionItemText
{
    /// <summary>The role words recognised at the end of an item; 负责人 means 负责同志.</summary>
    public static readonly IReadOnlyList<(string Word, DirectoryRole Role)> RoleWords =
    [
        ("负责同志", DirectoryRole.Responsible),
        ("负责人", DirectoryRole.Responsible),
        ("信息员", DirectoryRole.Submitter),
        ("领导", DirectoryRole.Leader),
        ("编辑", DirectoryRole.Editor),
        ("签发人", DirectoryRole.Signer),
    ];

    /// <summary>The text itself meaning its 负责同志, then the text without a trailing role word meaning that role.</summary>
    public static IEnumerable<(string Base, DirectoryRole Role)> Readings(string text)
    {
        yield return (text, DirectoryRole.Responsible);
        foreach (var (word, role) in RoleWords)
        {
            if (text.Length > word.Length && text.EndsWith(word, StringComparison.Ordinal))
                yield return (text[..^word.Length], role);
        }
    }

    /// <summary>The category a text names with one 各 (各街道办事处, 区直各单位 = 区直单位), or, inside an alias, bare (镇).</summary>
    public static string? Category(string text, IReadOnlySet<string> categories, bool bareAllowed)
    {
        if (bareAllowed && categories.Contains(text))
            return text;
        if (text.Count(c => c == '各') != 1)
            return null;
        var category = text.Replace("各", "", StringComparison.Ordinal);
        return categories.Contains(category) ? category : null;
    }
}
