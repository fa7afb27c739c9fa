namespace Bulletin.Directory.Import;

/// <summary>Where each column is in a directory file, and its header as the file writes it (for error messages).
/// The header is the first row naming at least two columns, so a title row above it (上街区简报通讯录) is skipped;
/// columns may come in any order and other columns (电话, 备注 …) are ignored.</summary>
internal sealed class DirectoryHeader
{
    private const int RowsSearched = 10;
    private readonly Dictionary<DirectoryColumn, (int Index, string Text)> _columns;

    private DirectoryHeader(int rowNumber, Dictionary<DirectoryColumn, (int, string)> columns)
    {
        RowNumber = rowNumber;
        _columns = columns;
    }

    public int RowNumber { get; }

    /// <summary>The header, or null with the errors that say what is wrong with it.</summary>
    public static DirectoryHeader? Find(IReadOnlyList<SpreadsheetRow> rows, DirectoryErrorList errors)
    {
        var candidates = rows.Where(row => !row.IsBlank).Take(RowsSearched).ToList();
        if (candidates.Count == 0)
        {
            errors.Add(0, null, $"文件里没有任何内容。第一行应是表头：{DirectoryColumnNames.ChineseHeader}，从第二行起每行一位人员。");
            return null;
        }
        var headerRow = candidates.FirstOrDefault(row => row.Cells.Select(DirectoryColumnNames.Recognise).OfType<DirectoryColumn>().Distinct().Count() >= 2) ?? candidates[0];
        var columns = new Dictionary<DirectoryColumn, (int, string)>();
        for (var index = 0; index < headerRow.Cells.Count; index++)
        {
            if (DirectoryColumnNames.Recognise(headerRow.Cells[index]) is not { } column)
                continue;
            var text = CellText.Trim(headerRow.Cells[index]);
            if (columns.TryGetValue(column, out var first))
                errors.Add(headerRow.Number, text, $"第 {headerRow.Number} 行（表头）：「{text}」列出现了两次（第 {ColumnLetter(first.Item1)} 列和第 {ColumnLetter(index)} 列），请删除或改名其中一列。");
            else
                columns[column] = (index, text);
        }
        foreach (var column in Enum.GetValues<DirectoryColumn>().Where(c => c.IsRequired() && !columns.ContainsKey(c)))
            errors.Add(headerRow.Number, column.ChineseName(),
                $"第 {headerRow.Number} 行（表头）缺少「{column.ChineseName()}」列（英文表头写 {column.EnglishName()}）。表头应为：{DirectoryColumnNames.ChineseHeader}（或 {DirectoryColumnNames.EnglishHeader}），列的顺序不限。");
        return errors.Count == 0 ? new DirectoryHeader(headerRow.Number, columns) : null;
    }

    /// <summary>The header text of a column as the file writes it (“邮箱”, “Email” …).</summary>
    public string Label(DirectoryColumn column) => _columns.TryGetValue(column, out var found) ? found.Text : column.ChineseName();

    /// <summary>The raw text of a column in a row; "" when the file has no such column.</summary>
    public string Cell(SpreadsheetRow row, DirectoryColumn column) => _columns.TryGetValue(column, out var found) ? row[found.Index] : "";

    private static string ColumnLetter(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnLetter(index / 26 - 1) + (char)('A' + index % 26);
}
