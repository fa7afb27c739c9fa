using System.Text;
using MiniExcelLibs;

namespace Bulletin.Tests.Directory;

/// <summary>Directory files made in the test, as an office would save them from Excel.</summary>
public static class DirectoryFiles
{
    public static readonly string[] Header = ["单位", "类别", "姓名", "邮箱", "角色", "分组"];

    /// <summary>Rows of people in one street office; row numbers as Excel shows them start at 2.</summary>
    public static List<string[]> People(string unit, int count, string prefix) =>
        Enumerable.Range(1, count).Select(i => new[] { unit, "街道办事处", $"{prefix}{i}", $"{prefix}{i}@example.org", "信息员", "" }).ToList();

    public static byte[] Xlsx(IEnumerable<string[]> rows)
    {
        var sheet = rows.Select(row => Header.Zip(row).ToDictionary(pair => pair.First, pair => (object)pair.Second)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }

    public static byte[] Csv(IEnumerable<string[]> rows) =>
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", new[] { Header }.Concat(rows).Select(r => string.Join(',', r))))).ToArray();
}
