using Bulletin.Distribution;
using static Bulletin.Tests.Distribution.DemoDistribution;

namespace Bulletin.Tests.Distribution;

public class DistributionProblemTests
{
    [Fact]
    public void An_item_the_directory_does_not_know_is_a_problem_naming_it_and_saying_what_to_do()
    {
        var item = Assert.Single(DistributionLineResolver.Resolve("发：峡窝乡", Demo, DistributionAliases.None).Items);

        Assert.Equal(DistributionItemKind.Unknown, item.Kind);
        Assert.Empty(item.People);
        var problem = Assert.Single(item.Problems);
        Assert.StartsWith("「峡窝乡」在通讯录中找不到对应的单位、类别或分组", problem);
        Assert.Contains("检查写法", problem);
        Assert.Contains("在通讯录中添加", problem);
    }

    [Fact]
    public void A_unit_without_a_responsible_person_is_a_problem_saying_so()
    {
        var directory = Without("xiawo.fuze@example.org");

        var item = Assert.Single(DistributionLineResolver.Resolve("发：峡窝镇", directory, DistributionAliases.None).Items);

        Assert.Equal(DistributionItemKind.Unit, item.Kind);
        Assert.Empty(item.People);
        Assert.StartsWith("峡窝镇没有登记负责同志", Assert.Single(item.Problems));
    }

    [Fact]
    public void A_unit_without_the_role_asked_for_names_that_role()
    {
        var item = Assert.Single(DistributionLineResolver.Resolve("峡窝镇领导", Demo, DistributionAliases.None).Items);

        Assert.StartsWith("峡窝镇没有登记领导", Assert.Single(item.Problems));
    }

    [Fact]
    public void A_category_in_which_one_unit_has_no_responsible_person_names_that_unit_and_still_lists_the_others()
    {
        var directory = Without("kuangshan.fuze@example.org");

        var item = Assert.Single(DistributionLineResolver.Resolve("各街道办事处", directory, DistributionAliases.None).Items);

        Assert.Equal(4, item.Count);
        Assert.StartsWith("「各街道办事处」中的矿山街道没有登记负责同志", Assert.Single(item.Problems));
    }

    [Fact]
    public void An_item_read_two_ways_that_reach_different_people_is_ambiguous()
    {
        var directory = WithPerson("钱多多", "qian.duoduo@example.org", "峡窝镇", "峡窝镇");

        var item = Assert.Single(DistributionLineResolver.Resolve("峡窝镇", directory, DistributionAliases.None).Items);

        Assert.Equal(DistributionItemKind.Ambiguous, item.Kind);
        Assert.Empty(item.People);
        var problem = Assert.Single(item.Problems);
        Assert.StartsWith("「峡窝镇」有多种理解，送达的人不同", problem);
        Assert.Contains("作为峡窝镇的负责同志（1人）", problem);
        Assert.Contains("作为分组「峡窝镇」（1人）", problem);
    }

    [Fact]
    public void An_item_read_two_ways_that_reach_the_same_people_takes_the_reading_that_comes_first()
    {
        var aliases = new DistributionAliases(new Dictionary<string, IReadOnlyList<string>> { ["峡窝镇"] = ["峡窝镇负责同志"] });

        var item = Assert.Single(DistributionLineResolver.Resolve("峡窝镇", Demo, aliases).Items);

        Assert.Equal(DistributionItemKind.Unit, item.Kind);
        Assert.Empty(item.Problems);
        Assert.Equal(["xiawo.fuze@example.org"], Emails(item.People));
    }
}
