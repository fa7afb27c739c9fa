using Bulletin.Directory;
using static Bulletin.Tests.Directory.Import.DirectoryFiles;

namespace Bulletin.Tests.Directory.Import;

public class DirectoryFileFormatTests
{
    private static readonly string[] Lines =
    [
        Header,
        "新安路街道,街道办事处,陈静,xinanlu.xinxi@example.org,信息员,",
        "区委办公室,区直单位,高建平,gao.jianping@example.org,领导,区县处级领导",
    ];

    public static TheoryData<string> Encodings => new() { "UTF-8 with BOM", "UTF-8 without BOM", "GBK", "GB18030" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Csv_in_each_encoding_Chinese_offices_save_reads_the_same_people(string encodingName)
    {
        var encoding = encodingName switch
        {
            "UTF-8 with BOM" => Utf8WithBom,
            "UTF-8 without BOM" => Utf8WithoutBom,
            "GBK" => Gbk,
            _ => System.Text.Encoding.GetEncoding("GB18030"),
        };

        var result = Read(Csv(encoding, Lines), "通讯录.csv");

        Assert.True(result.Succeeded, result.Messages());
        Assert.Equal(["陈静", "高建平"], result.Snapshot!.People.Select(p => p.Name));
        Assert.Equal([new DirectoryUnit("新安路街道", "街道办事处"), new DirectoryUnit("区委办公室", "区直单位")], result.Snapshot.Units);
        Assert.Equal(["区县处级领导"], result.Snapshot.Groups);
    }

    [Fact]
    public void Xlsx_written_by_MiniExcel_reads_the_same_people_as_csv()
    {
        var rows = Lines.Select(line => line.Split(',')).ToArray();

        var result = Read(Xlsx(rows), "通讯录.xlsx");

        Assert.True(result.Succeeded, result.Messages());
        Assert.Equal(DirectorySnapshotHash(ReadCsv(Lines)), DirectorySnapshotHash(result));
    }

    [Theory]
    [InlineData(null, "text/csv; charset=gbk")]
    [InlineData(null, null)]
    [InlineData("directory", "application/octet-stream")]
    public void Csv_without_a_csv_file_name_is_recognised_by_content_type_or_content(string? fileName, string? contentType)
    {
        var result = Read(Csv(Gbk, Lines), fileName, contentType);

        Assert.True(result.Succeeded, result.Messages());
        Assert.Equal(2, result.Snapshot!.People.Count);
    }

    [Fact]
    public void Xlsx_without_a_file_name_is_recognised_by_its_content_type()
    {
        var result = Read(Xlsx(Lines.Select(line => line.Split(',')).ToArray()), null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        Assert.True(result.Succeeded, result.Messages());
    }

    [Fact]
    public void English_header_in_any_case_and_order_is_accepted()
    {
        var result = ReadCsv("EMAIL,Roles,Name,Unit,Groups,Category", "chenjing@example.org,信息员,陈静,新安路街道,,街道办事处");

        Assert.True(result.Succeeded, result.Messages());
        Assert.Equal(new DirectoryPerson("陈静", "chenjing@example.org", "新安路街道", result.Snapshot!.People[0].Roles, result.Snapshot.People[0].Groups), result.Snapshot.People[0]);
        Assert.Equal([DirectoryRole.Submitter], result.Snapshot.People[0].Roles);
    }

    [Theory]
    [InlineData("通讯录.xls")]
    [InlineData("通讯录.doc")]
    [InlineData("通讯录.pdf")]
    [InlineData("通讯录.et")]
    public void Other_formats_are_refused_with_one_error_that_explains_how_to_save_as_xlsx_or_csv(string fileName)
    {
        var result = Read(Csv(Utf8WithBom, Lines), fileName);

        var error = Assert.Single(result.Errors);
        Assert.Equal((0, null), (error.Row, error.Column));
        Assert.Contains($"只能导入 .xlsx 或 .csv 格式的通讯录，“{fileName}” 不是这两种格式。", error.Message);
        Assert.Contains("另存为", error.Message);
        Assert.Null(result.Snapshot);
    }

    [Fact]
    public void A_pdf_uploaded_without_a_name_is_refused_by_its_content()
    {
        var result = Read("%PDF-1.7\n%âãÏÓ\n"u8.ToArray(), null, "application/pdf");

        Assert.StartsWith("只能导入 .xlsx 或 .csv 格式的通讯录，上传的文件不是这两种格式。收到的文件类型是 “application/pdf”。", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void An_empty_upload_is_one_error()
    {
        var result = Read([], "通讯录.csv");

        Assert.StartsWith("文件是空的。", Assert.Single(result.Errors).Message);
    }

    private static string DirectorySnapshotHash(Bulletin.Directory.Import.DirectoryFileResult result) =>
        Bulletin.Directory.Import.DirectorySnapshotHash.Compute(result.Snapshot!);
}
