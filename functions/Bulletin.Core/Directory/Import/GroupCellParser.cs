namespace Bulletin.Directory.Import;

/// <summary>Reads the 分组 cell. Group names are free text, so only 、 separates them; a name holding another
/// separator (，,；;/|) or a space is refused rather than guessed at. Empty items (“甲、、乙”, a trailing 、) are dropped.</summary>
internal static class GroupCellParser
{
    private static readonly char[] Forbidden = [',', '，', ';', '；', '/', '／', '\\', '|', '｜'];

    /// <summary>The groups, or null and the reason the cell cannot be read.</summary>
    public static (SortedSet<string>? Groups, string? Problem) Parse(string cell)
    {
        var groups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in cell.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = item.IndexOfAny(Forbidden) is var index and >= 0 ? $"“{item[index]}”" : CellText.HasWhitespace(item) ? "空格" : null;
            if (separator is not null)
                return (null, $"分组 “{item}” 里有{separator}。分组名称里不能有标点或空格，属于多个分组时，分组之间请用顿号“、”分隔，例如 “区县处级领导、区直单位领导”。");
            groups.Add(item);
        }
        return (groups, null);
    }
}
