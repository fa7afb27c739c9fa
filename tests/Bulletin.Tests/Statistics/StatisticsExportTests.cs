using System.Text;
using Bulletin.Intake;
using Bulletin.Statistics;
using MiniExcelLibs;

namespace Bulletin.Tests.Statistics;

public sealed class StatisticsExportTests
{
    private static readonly StatisticsTable Table = StatisticsService.Tabulate(StatisticsPeriod.Month(2026, 11),
    [
        new("20261102-AAAAAA", "新安路街道", new DateOnly(2026, 11, 2), SubmissionStatus.Adopted, true, true),
        new("20261103-BBBBBB", "新安路街道", new DateOnly(2026, 11, 3), SubmissionStatus.Rejected, false, false),
        new("20261104-CCCCCC", "区总工会", new DateOnly(2026, 11, 4), SubmissionStatus.Adopted, false, false),
        new("20261105-DDDDDD", "=HYPERLINK(\"x\")", new DateOnly(2026, 11, 5), SubmissionStatus.Submitted, false, false),
    ], ["峡窝镇"], new StatisticsOptions().Rule());

    [Fact]
    public void The_xlsx_reads_back_with_a_row_per_unit_then_the_total_with_numbers_as_numbers()
    {
        using var stream = new MemoryStream(StatisticsExport.Xlsx(Table));

        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(["新安路街道", "区总工会", "=HYPERLINK(\"x\")", "峡窝镇", "合计"], rows.Select(r => r["单位"]?.ToString()));
        var xinanlu = rows[0];
        Assert.Equal((2m, 1m, 1m, 1m, 0.5m, 8m), (Convert.ToDecimal(xinanlu["报送数"]), Convert.ToDecimal(xinanlu["采用数"]),
            Convert.ToDecimal(xinanlu["不采用"]), Convert.ToDecimal(xinanlu["头条数"]), Convert.ToDecimal(xinanlu["采用率"]), Convert.ToDecimal(xinanlu["积分"])));
        Assert.Equal(4m, Convert.ToDecimal(rows[^1]["报送数"]));
        Assert.Null(rows[3]["采用率"]);
    }

    [Fact]
    public void The_csv_starts_with_a_BOM_and_the_Chinese_header_and_defuses_formulas()
    {
        var bytes = StatisticsExport.Csv(Table);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("\"单位\",\"报送数\",\"采用数\",\"退回修改\",\"不采用\",\"刊发数\",\"头条数\",\"约稿按时\",\"约稿逾期\",\"约稿未报\",\"采用率\",\"积分\"", lines[0]);
        Assert.Equal("\"新安路街道\",\"2\",\"1\",\"0\",\"1\",\"1\",\"1\",\"0\",\"0\",\"0\",\"50.0%\",\"8\"", lines[1]);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lines[3]);
        Assert.Equal("采用统计-2026-11.csv", StatisticsExport.FileName(Table, "csv"));
    }

    [Fact]
    public void The_chart_has_a_bar_group_per_unit_and_no_external_reference()
    {
        var svg = StatisticsChart.Svg(Table).ToString();

        Assert.Equal(4, svg.Split("<g data-unit=").Length - 1);
        Assert.Contains("1/2", svg);
        Assert.DoesNotContain("href", svg);
        Assert.Contains("&quot;", svg);
    }
}
