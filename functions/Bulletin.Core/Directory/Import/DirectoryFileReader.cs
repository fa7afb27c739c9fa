namespace Bulletin.Directory.Import;

/// <summary>Reads a directory file (.csv in UTF-8 or GBK, or .xlsx) into a snapshot, or into every error it holds.
/// Pure: no storage; the whole file is valid or nothing of it is used.</summary>
public static class DirectoryFileReader
{
    private const string SaveAsAdvice = "请在 Excel 或 WPS 表格中打开它，选择“文件 → 另存为”，保存类型选 “Excel 工作簿 (*.xlsx)” 或 “CSV UTF-8 (逗号分隔) (*.csv)”，再导入另存的文件。";

    /// <param name="fileName">Decides the format by its extension (.csv, .xlsx).</param>
    /// <param name="contentType">Decides when there is no file name: text/csv or the .xlsx media type.</param>
    public static DirectoryFileResult Read(Stream content, string? fileName, string? contentType)
    {
        var bytes = ReadAll(content);
        if (bytes.Length == 0)
            return DirectoryFileResult.FileError($"文件是空的。第一行应是表头：{DirectoryColumnNames.ChineseHeader}，从第二行起每行一位人员。");
        IReadOnlyList<SpreadsheetRow>? rows;
        var failure = DirectoryFileFormatDetector.Detect(bytes, fileName, contentType) switch
        {
            DirectoryFileFormat.Csv => ReadCsv(bytes, out rows),
            DirectoryFileFormat.Xlsx => ReadXlsx(bytes, fileName, out rows),
            _ => Unsupported(bytes, fileName, contentType, out rows),
        };
        return failure ?? Validate(rows!);
    }

    private static DirectoryFileResult Validate(IReadOnlyList<SpreadsheetRow> rows)
    {
        var errors = new DirectoryErrorList();
        if (DirectoryHeader.Find(rows, errors) is not { } header)
            return new DirectoryFileResult(null, errors.ToList());
        var builder = new DirectorySnapshotBuilder(header, errors);
        foreach (var row in rows.Where(row => row.Number > header.RowNumber && !row.IsBlank))
        {
            if (DirectoryRowValidator.Validate(row, header, errors) is { } checkedRow)
                builder.Add(checkedRow);
        }
        var snapshot = builder.Build();
        return errors.Count == 0 ? new DirectoryFileResult(snapshot, []) : new DirectoryFileResult(null, errors.ToList());
    }

    private static DirectoryFileResult? ReadCsv(byte[] bytes, out IReadOnlyList<SpreadsheetRow>? rows)
    {
        (rows, var unclosedQuoteRow) = CsvRowReader.Read(TextEncodingDetector.Decode(bytes));
        return unclosedQuoteRow is not { } row ? null : DirectoryFileResult.Failed(new DirectoryRowError(row, null,
            $"第 {row} 行：有一个双引号 \" 没有配对，从这里到文件末尾都被当成了一个单元格。请检查这一行的引号（单元格里的引号要写成两个 \"\"），或在 Excel 中打开后重新另存为 CSV。"));
    }

    private static DirectoryFileResult? ReadXlsx(byte[] bytes, string? fileName, out IReadOnlyList<SpreadsheetRow>? rows)
    {
        rows = XlsxRowReader.Read(bytes);
        return rows is not null ? null : DirectoryFileResult.FileError(
            $"{Quoted(fileName)}不是有效的 Excel 工作簿（.xlsx），可能已损坏，或只是把别的文件改了扩展名。{SaveAsAdvice}");
    }

    private static DirectoryFileResult Unsupported(byte[] bytes, string? fileName, string? contentType, out IReadOnlyList<SpreadsheetRow>? rows)
    {
        rows = null;
        var what = DirectoryFileFormatDetector.IsCompoundFile(bytes)
            ? "这是旧版 Excel 97-2003 (.xls)、Word 或 WPS 的文件，或是设了打开密码的工作簿（请先取消密码）。"
            : fileName is null && contentType is not null ? $"收到的文件类型是 “{contentType}”。" : "";
        return DirectoryFileResult.FileError($"只能导入 .xlsx 或 .csv 格式的通讯录，{Quoted(fileName)}不是这两种格式。{what}{SaveAsAdvice}");
    }

    private static string Quoted(string? fileName) => fileName is null ? "上传的文件" : $"“{Path.GetFileName(fileName)}” ";

    private static byte[] ReadAll(Stream content)
    {
        if (content is MemoryStream memory && memory.TryGetBuffer(out var buffer) && memory.Position == 0)
            return buffer.ToArray();
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }
}
