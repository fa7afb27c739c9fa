using Bulletin.Distribution;
using static Bulletin.Tests.Distribution.DemoDistribution;

namespace Bulletin.Tests.Distribution;

public class DistributionAliasTests
{
    private static DistributionAliases Aliases(params (string Name, string[] Items)[] aliases) =>
        new(aliases.ToDictionary(a => a.Name, a => (IReadOnlyList<string>)a.Items));

    [Fact]
    public void The_alias_for_towns_and_streets_reaches_the_heads_of_the_town_and_every_street_office()
    {
        var aliases = Aliases(("各镇街", ["镇", "街道办事处"]));

        var item = Assert.Single(DistributionLineResolver.Resolve("发：各镇街", Demo, aliases).Items);

        Assert.Equal(DistributionItemKind.Alias, item.Kind);
        Assert.Empty(item.Problems);
        Assert.Equal([.. ResponsibleOf("镇"), .. ResponsibleOf("街道办事处")], Emails(item.People));
    }

    [Fact]
    public void An_alias_of_aliases_resolves_through_them_and_counts_each_person_once()
    {
        var aliases = Aliases(("各镇街", ["各镇", "各街道办事处"]), ("基层", ["各镇街", "峡窝镇", "区县处级领导"]));

        var item = Assert.Single(DistributionLineResolver.Resolve("基层", Demo, aliases).Items);

        Assert.Empty(item.Problems);
        Assert.Equal(11, item.Count);
    }

    [Fact]
    public void An_alias_cycle_is_reported_as_a_problem_instead_of_looping()
    {
        var aliases = Aliases(("甲", ["峡窝镇", "乙"]), ("乙", ["甲"]));

        var item = Assert.Single(DistributionLineResolver.Resolve("甲", Demo, aliases).Items);

        Assert.Equal(DistributionItemKind.Alias, item.Kind);
        Assert.StartsWith("别名循环引用：甲 → 乙 → 甲", Assert.Single(item.Problems));
    }

    [Fact]
    public void An_unknown_entry_in_an_alias_is_reported_with_the_alias_that_holds_it()
    {
        var aliases = Aliases(("各镇街", ["镇", "街道办"]));

        var item = Assert.Single(DistributionLineResolver.Resolve("各镇街", Demo, aliases).Items);

        Assert.StartsWith("别名「各镇街」中的「街道办」在通讯录中找不到对应的单位、类别或分组", Assert.Single(item.Problems));
    }

    [Fact]
    public void A_bare_category_name_is_a_category_only_inside_an_alias()
    {
        var item = Assert.Single(DistributionLineResolver.Resolve("街道办事处", Demo, DistributionAliases.None).Items);

        Assert.Equal(DistributionItemKind.Unknown, item.Kind);
    }
}
