using Bulletin.Directory;
using Bulletin.Directory.Import;

namespace Bulletin.Tests.Directory.Import;

public class DemoDirectoryTests
{
    private static readonly DirectorySnapshot Demo = DemoDirectory.Read().Snapshot!;

    [Fact]
    public void Demo_directory_imports_without_errors()
    {
        var result = DemoDirectory.Read();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void Demo_directory_holds_the_units_of_Shangjie_by_category()
    {
        string[] Units(string category) => [.. Demo.Units.Where(u => u.Category == category).Select(u => u.Name)];

        Assert.Equal(["济源路街道", "中心路街道", "新安路街道", "工业路街道", "矿山街道"], Units(DirectoryUnit.StreetOffice));
        Assert.Equal(["峡窝镇"], Units(DirectoryUnit.Town));
        Assert.Equal(8, Units(DirectoryUnit.DistrictUnit).Length);
        Assert.Subset(Units(DirectoryUnit.DistrictUnit).ToHashSet(), new HashSet<string> { "区总工会", "区委办公室", "区政府办公室", "区教育局" });
        Assert.Equal(14, Demo.Units.Count);
    }

    [Fact]
    public void Every_demo_unit_has_one_submitter_and_one_responsible_person()
    {
        Assert.All(Demo.Units, unit =>
        {
            var people = Demo.People.Where(p => p.Unit == unit.Name).ToList();
            Assert.Single(people, p => p.Roles.Contains(DirectoryRole.Submitter));
            Assert.Single(people, p => p.Roles.Contains(DirectoryRole.Responsible));
        });
    }

    [Fact]
    public void Demo_directory_has_the_editors_a_signer_and_the_leaders_group()
    {
        Assert.Equal(36, Demo.People.Count);
        Assert.Equal(["郝婕", "李德昭"], Demo.People.Where(p => p.Roles.Contains(DirectoryRole.Editor)).Select(p => p.Name));
        Assert.All(Demo.People.Where(p => p.Roles.Contains(DirectoryRole.Editor)), p => Assert.Equal("区委办公室", p.Unit));
        Assert.Equal("区委办公室", Assert.Single(Demo.People, p => p.Roles.Contains(DirectoryRole.Signer)).Unit);
        var leaders = Demo.People.Where(p => p.Groups.Contains("区县处级领导")).ToList();
        Assert.Equal(5, leaders.Count);
        Assert.All(leaders, p => Assert.Equal([DirectoryRole.Leader], p.Roles));
        Assert.Equal(["区县处级领导"], Demo.Groups);
    }

    [Fact]
    public void Every_demo_address_is_at_a_reserved_example_domain()
    {
        Assert.All(Demo.People, p => Assert.Matches(@"@(bounce\.)?example\.org$", p.Email));
    }

    [Fact]
    public void Demo_file_is_utf8_with_a_byte_order_mark()
    {
        using var stream = DemoDirectory.Open();
        var start = new byte[3];
        stream.ReadExactly(start);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, start);
    }
}
