using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Bulletin.Directory.Import;

/// <summary>Reads the first worksheet of an .xlsx workbook with MiniExcel.</summary>
internal static class XlsxRowReader
{
    // Empty rows must be kept: MiniExcel then yields every row from row 1, so the n-th row is Excel's row n.
    private static readonly OpenXmlConfiguration Configuration = new() { IgnoreEmptyRows = false, FillMergedCells = true };

    /// <summary>The rows, or null when the content is not a readable workbook.</summary>
    public static IReadOnlyList<SpreadsheetRow>? Read(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var rows = new List<SpreadsheetRow>();
            foreach (IDictionary<string, object?> cells in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX, configuration: Configuration))
                rows.Add(new SpreadsheetRow(rows.Count + 1, ToCells(cells)));
            return rows;
        }
        // A damaged or foreign zip fails in many ways inside MiniExcel (bad zip, missing parts, bad XML);
        // each means the same to the person uploading it.
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }

    // MiniExcel names cells by column letter (A, B, … AA); place each at its column's index.
    private static string[] ToCells(IDictionary<string, object?> cells)
    {
        var values = new string[cells.Count];
        foreach (var (column, value) in cells)
        {
            var index = ColumnIndex(column);
            if (index < values.Length)
                values[index] = Text(value);
        }
        return Array.ConvertAll(values, value => value ?? "");
    }

    private static int ColumnIndex(string letters) => letters.Aggregate(0, (index, letter) => index * 26 + (char.ToUpperInvariant(letter) - 'A' + 1)) - 1;

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
