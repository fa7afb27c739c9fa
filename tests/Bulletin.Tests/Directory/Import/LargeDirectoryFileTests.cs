using static Bulletin.Tests.Directory.Import.DirectoryFiles;

namespace Bulletin.Tests.Directory.Import;

public class LargeDirectoryFileTests
{
    private const int People = 5_000;
    private const int BadRow = 4_999;

    // Row n (header is row 1) holds person n - 1; the bad row has an unknown role.
    private static string[][] Rows() =>
        [
            Header.Split(','),
            .. Enumerable.Range(2, People).Select(row => new[]
            {
                $"单位{row % 40}", row % 40 == 0 ? "镇" : "区直单位", $"人员{row}", $"person{row}@example.org",
                row == BadRow ? "通讯员" : "信息员", row % 7 == 0 ? "区县处级领导" : "",
            }),
        ];

    [Fact]
    public void Csv_of_five_thousand_people_reports_exactly_the_bad_row()
    {
        var result = Read(Csv(Utf8WithBom, [.. Rows().Select(cells => string.Join(",", cells))]), "big.csv");

        var error = Assert.Single(result.Errors);
        Assert.Equal((BadRow, "角色"), (error.Row, error.Column));
    }

    [Fact]
    public void Xlsx_of_five_thousand_people_reports_exactly_the_bad_row()
    {
        var result = Read(Xlsx(Rows()), "big.xlsx");

        var error = Assert.Single(result.Errors);
        Assert.Equal((BadRow, "角色"), (error.Row, error.Column));
        Assert.StartsWith($"第 {BadRow} 行「角色」列：“通讯员” 不是可用的角色。", error.Message);
    }

    [Fact]
    public void Xlsx_of_five_thousand_good_people_reads_them_all()
    {
        var rows = Rows();
        rows[BadRow - 1][4] = "信息员";

        var result = Read(Xlsx(rows), "big.xlsx");

        Assert.True(result.Succeeded, result.Messages());
        Assert.Equal(People, result.Snapshot!.People.Count);
        Assert.Equal(40, result.Snapshot.Units.Count);
    }
}
