using Bulletin.Distribution;
using Bulletin.Solicitations;
using Bulletin.Tests.Distribution;

namespace Bulletin.Tests.Solicitations;

/// <summary>A solicitation's units line read with the 送/发 item syntax into units and their 负责同志.</summary>
public sealed class SolicitationAddressingTests
{
    private static readonly DistributionAliases Aliases = new(new Dictionary<string, IReadOnlyList<string>> { ["各镇街"] = ["镇", "街道办事处"] });

    [Fact]
    public void A_category_and_a_unit_resolve_to_each_unit_once_with_its_responsible_person()
    {
        var addressing = SolicitationAddressing.Resolve("各街道办事处、区总工会、新安路街道", DemoDistribution.Demo, Aliases);

        Assert.True(addressing.CanSend);
        Assert.Equal(["济源路街道", "中心路街道", "新安路街道", "工业路街道", "矿山街道", "区总工会"], addressing.Units.Select(u => u.Unit));
        Assert.Equal(["zgh.fuze@example.org"], addressing.Units.Single(u => u.Unit == "区总工会").Responsible.Select(p => p.Email));
    }

    [Fact]
    public void An_alias_reaches_the_units_of_its_categories()
    {
        var addressing = SolicitationAddressing.Resolve("各镇街", DemoDistribution.Demo, Aliases);

        Assert.Equal(6, addressing.Units.Count);
        Assert.Contains(addressing.Units, u => u.Unit == "峡窝镇");
    }

    [Fact]
    public void A_group_of_people_an_unknown_name_and_an_empty_line_are_refused_in_words_naming_them()
    {
        Assert.Contains(SolicitationAddressing.Resolve("区县处级领导", DemoDistribution.Demo, Aliases).Problems, p => p.Contains("「区县处级领导」是人员分组"));
        Assert.Contains(SolicitationAddressing.Resolve("区总公会", DemoDistribution.Demo, Aliases).Problems, p => p.Contains("「区总公会」"));
        Assert.False(SolicitationAddressing.Resolve(" ", DemoDistribution.Demo, Aliases).CanSend);
    }

    [Fact]
    public void A_unit_without_a_responsible_person_is_refused()
    {
        var addressing = SolicitationAddressing.Resolve("区总工会", DemoDistribution.Without("zgh.fuze@example.org"), Aliases);

        Assert.False(addressing.CanSend);
        Assert.Contains(addressing.Problems, p => p.Contains("区总工会没有登记负责同志"));
    }

    [Theory]
    [InlineData("【约稿12】关于冬季安全生产", 12)]
    [InlineData("Re: [约稿 7] 稿件", 7)]
    [InlineData("回复：（约稿3）新安路街道", 3)]
    [InlineData("约稿12", null)]
    [InlineData(null, null)]
    public void The_code_in_a_subject_names_the_solicitation(string? subject, int? number) => Assert.Equal(number, SolicitationCode.NumberIn(subject));

    [Fact]
    public void A_deadline_is_read_in_china_time_and_refused_when_past()
    {
        var draft = new SolicitationDraft("主题", "说明", "区总工会", "2026-12-10T18:00", "郝婕");
        Assert.Equal(DateTimeOffset.Parse("2026-12-10T10:00:00Z"), draft.DeadlineInChina());
        Assert.Empty(draft.Problems(DateTimeOffset.Parse("2026-12-10T09:59:00Z")));
        Assert.Contains(draft.Problems(DateTimeOffset.Parse("2026-12-10T10:01:00Z")), p => p.Contains("已过"));
        Assert.Equal(3, (draft with { Topic = "", Text = " ", Deadline = "下周五" }).Problems(DateTimeOffset.Parse("2026-12-01T00:00:00Z")).Count);
    }
}
