namespace Bulletin.Directory;

/// <summary>A unit (单位): a town, a street office, a district-level unit or another body.</summary>
public sealed record DirectoryUnit(string Name, string Category)
{
    public const string Town = "镇";
    public const string StreetOffice = "街道办事处";
    public const string DistrictUnit = "区直单位";
}

/// <summary>A person in the directory, keyed by e-mail address (stored lower-case).</summary>
public sealed record DirectoryPerson(string Name, string Email, string Unit, IReadOnlySet<DirectoryRole> Roles, IReadOnlySet<string> Groups);

/// <summary>The whole directory as one file describes it; an import replaces the directory with it.</summary>
public sealed record DirectorySnapshot(IReadOnlyList<DirectoryUnit> Units, IReadOnlyList<DirectoryPerson> People)
{
    public IReadOnlyList<string> Groups => People.SelectMany(p => p.Groups).Distinct().Order(StringComparer.Ordinal).ToList();
}

/// <summary>What is wrong with one cell or row of a directory file, in words for the person who fixes it.</summary>
/// <param name="Row">The row number as the spreadsheet shows it (the header is row 1).</param>
/// <param name="Column">The column's header as written in the file (单位, 邮箱 …), or null for the whole row.</param>
public sealed record DirectoryRowError(int Row, string? Column, string Message);
