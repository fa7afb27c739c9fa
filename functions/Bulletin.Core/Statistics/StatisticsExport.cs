using System.Text;
using MiniExcelLibs;

namespace Bulletin.Statistics;

/// <summary>A statistics table as files offices open: .xlsx (numbers as numbers) and .csv (UTF-8 with BOM, so Excel
/// reads the Chinese correctly).</summary>
public static class StatisticsExport
{
    public static string FileName(StatisticsTable table, string extension) => $"采用统计-{table.Period.Code}.{extension}";

    public static byte[] Csv(StatisticsTable table)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', StatisticsColumns.Headers(table).Select(Quote)).Append("\r\n");
        foreach (var row in StatisticsColumns.Rows(table))
            csv.AppendJoin(',', StatisticsColumns.Cells(table, row).Select(Quote)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] Xlsx(StatisticsTable table)
    {
        var rows = StatisticsColumns.Rows(table).Select(row =>
        {
            var cells = new Dictionary<string, object?> { [StatisticsColumns.Unit] = row.Unit };
            foreach (var term in table.Terms)
                cells[term.Label] = row.Count(term.Name);
            cells[StatisticsColumns.Rate] = row.AdoptionRate is { } rate ? Math.Round(rate, 4) : null;
            cells[StatisticsColumns.Points] = row.Points;
            if (table.Ranked)
                cells[StatisticsColumns.Rank] = table.RankOf(row);
            return cells;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: table.Period.Code, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    // Quotes every cell: unit names may hold commas, and a leading = + - @ must not become a formula in Excel.
    private static string Quote(string cell) =>
        "\"" + (cell.Length > 0 && "=+-@".Contains(cell[0]) && !decimal.TryParse(cell, out _) ? "'" + cell : cell).Replace("\"", "\"\"") + "\"";
}
