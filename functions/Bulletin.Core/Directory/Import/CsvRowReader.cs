using System.Text;

namespace Bulletin.Directory.Import;

/// <summary>Splits CSV text into rows (RFC 4180: comma-separated, double quotes around cells that hold commas,
/// quotes or line breaks). A quoted line break stays inside its cell, so row numbers match what Excel shows.</summary>
internal static class CsvRowReader
{
    /// <summary>The rows, or the number of the row whose opening quote is never closed.</summary>
    public static (IReadOnlyList<SpreadsheetRow> Rows, int? UnclosedQuoteRow) Read(string text)
    {
        var rows = new List<SpreadsheetRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var inQuotes = false;
        var quoteRow = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"')
                    cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                    cell.Append(text[++i]);
                else
                    inQuotes = false;
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0 || CellText.Trim(cell.ToString()).Length == 0:
                    cell.Clear();
                    inQuotes = true;
                    quoteRow = rows.Count + 1;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                        i++;
                    EndRow();
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (inQuotes)
            return (rows, quoteRow);
        if (cell.Length > 0 || cells.Count > 0)
            EndRow();
        return (rows, null);

        void EndRow()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            rows.Add(new SpreadsheetRow(rows.Count + 1, cells.ToArray()));
            cells.Clear();
        }
    }
}
