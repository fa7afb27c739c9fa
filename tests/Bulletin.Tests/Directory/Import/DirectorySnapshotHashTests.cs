using Bulletin.Directory.Import;
using static Bulletin.Tests.Directory.Import.DirectoryFiles;

namespace Bulletin.Tests.Directory.Import;

public class DirectorySnapshotHashTests
{
    private static readonly string[] Lines =
    [
        Header,
        "新安路街道,街道办事处,陈静,xinanlu.xinxi@example.org,信息员,",
        "新安路街道,,孙德明,xinanlu.fuze@example.org,负责同志、信息员,",
        "区委办公室,区直单位,高建平,gao.jianping@example.org,领导,区县处级领导、区委常委",
    ];

    private static string Hash(params string[] lines) => DirectorySnapshotHash.Compute(ReadCsv(lines).Snapshot!);

    [Fact]
    public void Same_content_in_another_row_order_with_other_whitespace_and_case_hashes_the_same()
    {
        var reordered = Hash(
            "分组,角色,邮箱,姓名,类别,单位",
            "区委常委、区县处级领导,领导,Gao.JianPing@example.org,高建平,区直单位,区委办公室",
            " , 信息员，负责同志 , xinanlu.fuze@example.org ,孙德明,　,新安路街道",
            ",信息员,xinanlu.xinxi@example.org,陈　静,街道办事处,新安路街道");

        Assert.Equal(Hash(Lines), reordered);
        Assert.Matches("^[0-9a-f]{64}$", reordered);
    }

    [Fact]
    public void Same_content_as_xlsx_hashes_the_same_as_csv()
    {
        var xlsx = Read(Xlsx([.. Lines.Select(line => line.Split(','))]), "d.xlsx");

        Assert.Equal(Hash(Lines), DirectorySnapshotHash.Compute(xlsx.Snapshot!));
    }

    [Theory]
    [InlineData(1, "新安路街道,街道办事处,陈静,xinanlu.xinxi2@example.org,信息员,")]
    [InlineData(1, "新安路街道,街道办事处,陈晶,xinanlu.xinxi@example.org,信息员,")]
    [InlineData(1, "新安路街道,街道办事处,陈静,xinanlu.xinxi@example.org,编辑,")]
    [InlineData(3, "区委办公室,区直单位,高建平,gao.jianping@example.org,领导,区县处级领导")]
    [InlineData(3, "区委办公室,其他,高建平,gao.jianping@example.org,领导,区县处级领导、区委常委")]
    public void Any_change_to_a_person_or_unit_changes_the_hash(int lineIndex, string changed)
    {
        var lines = Lines.ToArray();
        lines[lineIndex] = changed;

        Assert.NotEqual(Hash(Lines), Hash(lines));
    }

    [Fact]
    public void A_unit_declared_without_people_changes_the_hash()
    {
        Assert.NotEqual(Hash(Lines), Hash([.. Lines, "区财政局,区直单位,,,,"]));
    }
}
