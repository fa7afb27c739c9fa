using Bulletin.Distribution;
using static Bulletin.Tests.Distribution.DemoDistribution;

namespace Bulletin.Tests.Distribution;

public class DistributionPlanTests
{
    private static readonly string[] SeedLines = ["本期送：区县处级领导", "发：峡窝镇、各街道办事处、区直各单位负责同志"];

    [Fact]
    public void The_seed_lines_reach_nineteen_people_with_a_count_per_item_and_can_be_sent()
    {
        var plan = DistributionPlan.Create(SeedLines, Demo, DistributionAliases.None);

        Assert.True(plan.CanSend);
        Assert.Empty(plan.Problems);
        Assert.Equal(["本期送", "发"], plan.Lines.Select(l => l.Prefix));
        Assert.Equal([("区县处级领导", 5), ("峡窝镇", 1), ("各街道办事处", 5), ("区直各单位负责同志", 8)], plan.Items.Select(i => (i.Text, i.Count)));
        Assert.Equal(19, plan.Recipients.Count);
        Assert.Equal("gao.jianping@example.org", plan.Recipients[0].Person.Email);
        Assert.Equal("xiawo.fuze@example.org", plan.Recipients[5].Person.Email);
    }

    [Fact]
    public void A_person_reached_by_two_items_is_one_recipient_remembering_both_items()
    {
        var plan = DistributionPlan.Create(["发：峡窝镇、各镇、区委办公室领导", "本期送：区县处级领导"], Demo, DistributionAliases.None);

        Assert.Equal([1, 1, 2, 5], plan.Items.Select(i => i.Count));
        Assert.Equal(6, plan.Recipients.Count);
        Assert.Equal(["峡窝镇", "各镇"], plan.Recipients.Single(r => r.Person.Email == "xiawo.fuze@example.org").ReachedBy);
        Assert.Equal(["区委办公室领导", "区县处级领导"], plan.Recipients.Single(r => r.Person.Email == "gao.jianping@example.org").ReachedBy);
        Assert.Equal(plan.Recipients.Count, plan.Recipients.Select(r => r.Person.Email).Distinct().Count());
    }

    [Fact]
    public void Any_problem_blocks_sending_and_is_listed_with_its_item()
    {
        var plan = DistributionPlan.Create([.. SeedLines, "抄送：峡窝乡"], Without("xiawo.fuze@example.org"), DistributionAliases.None);

        Assert.False(plan.CanSend);
        Assert.Equal(["峡窝镇", "峡窝乡"], plan.Problems.Select(p => p.Item));
        Assert.StartsWith("峡窝镇没有登记负责同志", plan.Problems[0].Message);
        Assert.StartsWith("「峡窝乡」在通讯录中找不到对应的单位、类别或分组", plan.Problems[1].Message);
        Assert.Equal(18, plan.Recipients.Count);
    }

    [Fact]
    public void Lines_with_no_items_at_all_cannot_be_sent()
    {
        var plan = DistributionPlan.Create([null, "发：", "  "], Demo, DistributionAliases.None);

        Assert.False(plan.CanSend);
        Assert.Null(Assert.Single(plan.Problems).Item);
    }

    [Fact]
    public void The_same_lines_give_the_same_recipients_in_the_same_order()
    {
        string[] Order() => [.. DistributionPlan.Create(SeedLines, Demo, DistributionAliases.None).Recipients.Select(r => r.Person.Email)];

        Assert.Equal(Order(), Order());
    }
}
