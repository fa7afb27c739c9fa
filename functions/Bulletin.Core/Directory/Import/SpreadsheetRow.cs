namespace Bulletin.Directory.Import;

/// <summary>One row of a sheet as raw cell texts, numbered as the spreadsheet shows it (first row is 1).</summary>
internal sealed record SpreadsheetRow(int Number, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Cells.All(cell => CellText.Trim(cell).Length == 0);

    public string this[int index] => index < Cells.Count ? Cells[index] : "";
}
