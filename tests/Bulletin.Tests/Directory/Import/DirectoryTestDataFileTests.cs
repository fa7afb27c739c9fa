using Bulletin.Directory;
using static Bulletin.Tests.Directory.Import.DirectoryFiles;

namespace Bulletin.Tests.Directory.Import;

/// <summary>One test per file under TestData: inputs shaped the way real offices produce them.</summary>
public class DirectoryTestDataFileTests
{
    [Fact]
    public void Gbk_export_of_Chinese_Excel_reads_with_padding_and_case_cleaned()
    {
        var result = ReadTestData("gbk-excel-export.csv");

        Assert.True(result.Succeeded, result.Messages());
        Assert.Equal(["王刚", "孙德明", "冯立军", "高建平"], result.Snapshot!.People.Select(p => p.Name));
        Assert.Equal("xinanlu.fuze@example.org", result.Snapshot.People[1].Email);
        Assert.Equal([DirectoryRole.Submitter, DirectoryRole.Responsible], result.Snapshot.People[2].Roles);
        Assert.Equal([new DirectoryUnit("新安路街道", "街道办事处"), new DirectoryUnit("峡窝镇", "镇"), new DirectoryUnit("区委办公室", "区直单位")], result.Snapshot.Units);
    }

    [Fact]
    public void Utf8_file_with_a_title_row_and_extra_columns_reads_from_its_header_row()
    {
        var result = ReadTestData("utf8-bom-title-row.csv");

        Assert.True(result.Succeeded, result.Messages());
        Assert.Equal(["刘晓红", "张国强"], result.Snapshot!.People.Select(p => p.Name));
    }

    [Fact]
    public void Quoted_cells_keep_commas_and_quotes_and_a_two_line_cell_counts_as_one_row()
    {
        var result = ReadTestData("quoted-cells.csv");

        var error = Assert.Single(result.Errors);
        Assert.Equal("第 4 行「邮箱」列：“zgh.bad@” 不是有效的邮箱地址，请写成 name@example.org 的形式。", error.Message);
    }

    [Fact]
    public void English_header_reordered_without_groups_reads()
    {
        var result = ReadTestData("english-header-reordered.csv");

        Assert.True(result.Succeeded, result.Messages());
        Assert.Equal(["Tang Hui", "Cao Wenbin"], result.Snapshot!.People.Select(p => p.Name));
        Assert.All(result.Snapshot.People, person => Assert.Empty(person.Groups));
    }

    [Fact]
    public void Unclosed_quote_is_reported_at_its_row_instead_of_swallowing_the_rest()
    {
        var result = ReadTestData("unclosed-quote.csv");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Row);
        Assert.StartsWith("第 3 行：有一个双引号 \" 没有配对", error.Message);
    }

    [Fact]
    public void Excel_workbook_reports_the_bad_email_at_the_row_Excel_shows()
    {
        var result = ReadTestData("excel-row7-bad-email.xlsx");

        var error = Assert.Single(result.Errors);
        Assert.Equal((7, "邮箱"), (error.Row, error.Column));
        Assert.Equal("第 7 行「邮箱」列：“zhang@” 不是有效的邮箱地址，请写成 name@example.org 的形式。", error.Message);
    }

    [Fact]
    public void Excel_workbook_rows_keep_Excel_numbering_across_rows_Excel_leaves_out()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestDataDirectory, "excel-row7-bad-email.xlsx"));
        var rows = Bulletin.Directory.Import.XlsxRowReader.Read(bytes)!;

        Assert.Equal(9, rows.Count);
        Assert.Equal("上街区简报通讯录", rows[0].Cells[0]);
        Assert.Equal("zhang@", rows[6].Cells[3]);
    }

    [Fact]
    public void Old_excel_97_workbook_is_refused_with_how_to_save_as_xlsx()
    {
        var result = ReadTestData("legacy-excel-97.xls");

        var error = Assert.Single(result.Errors);
        Assert.Contains("旧版 Excel 97-2003 (.xls)", error.Message);
        Assert.Contains("“Excel 工作簿 (*.xlsx)”", error.Message);
    }

    [Fact]
    public void Text_renamed_to_xlsx_is_a_clear_error_not_an_exception()
    {
        var result = ReadTestData("renamed-text.xlsx");

        Assert.StartsWith("“renamed-text.xlsx” 不是有效的 Excel 工作簿（.xlsx）", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void An_old_xls_renamed_to_xlsx_is_recognised_by_its_content()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestDataDirectory, "legacy-excel-97.xls"));

        var result = Read(bytes, "通讯录.xlsx");

        Assert.Contains("旧版 Excel 97-2003 (.xls)", Assert.Single(result.Errors).Message);
    }
}
