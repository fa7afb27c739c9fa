using Bulletin.Distribution;
using static Bulletin.Tests.Distribution.DemoDistribution;

namespace Bulletin.Tests.Distribution;

public class DistributionLineResolverTests
{
    private static DistributionLineResolution Resolve(string line) => DistributionLineResolver.Resolve(line, Demo, DistributionAliases.None);

    [Fact]
    public void The_seed_send_up_line_reaches_the_five_county_level_leaders()
    {
        var line = Resolve("本期送：区县处级领导");

        var item = Assert.Single(line.Items);
        Assert.Equal("本期送", line.Prefix);
        Assert.Equal(DistributionItemKind.Group, item.Kind);
        Assert.Empty(item.Problems);
        Assert.Equal(
            ["gao.jianping@example.org", "shi.hongmei@example.org", "jia.mingyuan@example.org", "qin.lixin@example.org", "jiang.chunsheng@example.org"],
            Emails(item.People));
    }

    [Fact]
    public void The_seed_issue_line_reaches_the_town_every_street_office_and_every_district_unit_head()
    {
        var line = Resolve("发：峡窝镇、各街道办事处、区直各单位负责同志");

        Assert.Equal(["峡窝镇", "各街道办事处", "区直各单位负责同志"], line.Items.Select(i => i.Text));
        Assert.Equal([DistributionItemKind.Unit, DistributionItemKind.Category, DistributionItemKind.Category], line.Items.Select(i => i.Kind));
        Assert.Equal([1, 5, 8], line.Items.Select(i => i.Count));
        Assert.Equal(["xiawo.fuze@example.org"], Emails(line.Items[0].People));
        Assert.Equal(ResponsibleOf("街道办事处"), Emails(line.Items[1].People));
        Assert.Equal(ResponsibleOf("区直单位"), Emails(line.Items[2].People));
        Assert.All(line.Items, item => Assert.Empty(item.Problems));
    }

    [Theory]
    [InlineData("区委办公室领导", new[] { "gao.jianping@example.org", "shi.hongmei@example.org" })]
    [InlineData("新安路街道负责同志", new[] { "xinanlu.fuze@example.org" })]
    [InlineData("新安路街道负责人", new[] { "xinanlu.fuze@example.org" })]
    [InlineData("峡窝镇信息员", new[] { "xiawo.xinxi@example.org" })]
    [InlineData("区委办公室编辑", new[] { "hao.jie@example.org", "li.dezhao@example.org" })]
    [InlineData("区委办公室签发人", new[] { "song.wenhua@example.org" })]
    public void A_unit_followed_by_a_role_word_reaches_its_people_with_that_role(string item, string[] emails)
    {
        var resolved = Assert.Single(Resolve(item).Items);

        Assert.Equal(DistributionItemKind.Unit, resolved.Kind);
        Assert.Equal(emails, Emails(resolved.People));
    }

    [Theory]
    [InlineData("各街道办事处负责同志")]
    [InlineData("各街道办事处")]
    public void A_category_with_or_without_the_role_word_reaches_each_units_head(string item)
    {
        Assert.Equal(ResponsibleOf("街道办事处"), Emails(Assert.Single(Resolve(item).Items).People));
    }

    [Fact]
    public void A_category_followed_by_a_role_word_reaches_each_units_people_with_that_role()
    {
        var resolved = Assert.Single(Resolve("各街道办事处信息员").Items);

        Assert.Equal(DistributionItemKind.Category, resolved.Kind);
        Assert.Equal(5, resolved.Count);
        Assert.All(resolved.People, p => Assert.EndsWith(".xinxi@example.org", p.Email));
    }

    [Theory]
    [InlineData("区直各单位")]
    [InlineData("各区直单位")]
    [InlineData("区直各单位负责人")]
    public void District_level_units_are_named_with_or_without_the_word_order_of_the_directory(string item)
    {
        Assert.Equal(ResponsibleOf("区直单位"), Emails(Assert.Single(Resolve(item).Items).People));
    }
}
