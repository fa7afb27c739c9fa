using System.Text;
using Bulletin.Directory.Import;
using Bulletin.Tests.Fixtures;
using MiniExcelLibs;

namespace Bulletin.Tests.Directory.Import;

/// <summary>Directory files for tests: CSV text in a chosen encoding, .xlsx written by MiniExcel, and the files under TestData.</summary>
internal static class DirectoryFiles
{
    public const string Header = "单位,类别,姓名,邮箱,角色,分组";

    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
    public static readonly Encoding Utf8WithoutBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GBK");
        }
    }

    public static string TestDataDirectory => Path.Combine(TestPaths.RepositoryRoot, "tests", "Bulletin.Tests", "Directory", "TestData");

    /// <summary>CSV lines (header included) encoded as given, with the encoding's byte order mark if it has one.</summary>
    public static byte[] Csv(Encoding encoding, params string[] lines) =>
        [.. encoding.GetPreamble(), .. encoding.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    /// <summary>Rows of cells (header included) as an .xlsx workbook written by MiniExcel.</summary>
    public static byte[] Xlsx(params string[][] rows)
    {
        var width = rows.Max(row => row.Length);
        var sheet = rows.Select(row => Enumerable.Range(0, width).ToDictionary(i => ((char)('A' + i)).ToString(), i => (object?)(i < row.Length ? row[i] : null)));
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheet, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static DirectoryFileResult ReadCsv(params string[] lines) => Read(Csv(Utf8WithBom, lines), "directory.csv");

    public static DirectoryFileResult Read(byte[] content, string? fileName, string? contentType = null) =>
        DirectoryFileReader.Read(new MemoryStream(content), fileName, contentType);

    public static DirectoryFileResult ReadTestData(string fileName)
    {
        using var stream = File.OpenRead(Path.Combine(TestDataDirectory, fileName));
        return DirectoryFileReader.Read(stream, fileName, null);
    }

    public static string Messages(this DirectoryFileResult result) => string.Join("\n", result.Errors.Select(error => error.Message));
}
